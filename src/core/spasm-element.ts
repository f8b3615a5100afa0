import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  inheritedLanguage,
  isLocaleReady,
  isRightToLeft,
  loadLocale,
  localeForTag,
  renderingIn,
  sourceLocale,
} from './localization.js';
import { warnInput } from './warn.js';

const LANG_ATTRIBUTE_CHANGES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
};

/**
 * What every spasm widget shares: it renders in the language that applies to
 * it (its own `lang`, else the closest ancestor's across shadow roots, else
 * `<html lang>`, else English) and follows changes of those live; it exposes
 * custom states (`:state(running)`) for host styling.
 */
export abstract class SpasmElement extends LitElement {
  static override properties: PropertyDeclarations = { locale: { state: true, attribute: false } };

  /** The supported locale this widget renders in now. */
  protected locale = sourceLocale;

  #wantedLocale = sourceLocale;
  #localeReady: Promise<void> = Promise.resolve();
  #languageObserver?: MutationObserver;
  readonly #internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeLanguage();
    this.#syncLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver?.disconnect();
  }

  /** `dir` for the widget's inner root: right to left for Arabic and the like. */
  protected get direction(): 'ltr' | 'rtl' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }

  /** Waits for a locale being fetched, so a widget never flashes English first. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#localeReady;
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    // Every msg() in render() resolves in this widget's own locale.
    renderingIn(this.locale, () => super.update(changed));
  }

  /** Turns a custom state on or off; old engines without CustomStateSet skip it. */
  protected toggleCustomState(name: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Styling hook only: nothing depends on it.
    }
  }

  #observeLanguage(): void {
    this.#languageObserver ??= new MutationObserver(() => this.#syncLocale());
    this.#languageObserver.disconnect();
    this.#languageObserver.observe(document.documentElement, LANG_ATTRIBUTE_CHANGES);
    // Attribute changes inside shadow roots are invisible to the document observer.
    let root = this.getRootNode();
    while (root instanceof ShadowRoot) {
      this.#languageObserver.observe(root, LANG_ATTRIBUTE_CHANGES);
      root = root.host.getRootNode();
    }
  }

  #syncLocale(): void {
    const wanted = localeForTag(inheritedLanguage(this), this.localName);
    if (wanted === this.#wantedLocale) return;
    this.#wantedLocale = wanted;
    if (isLocaleReady(wanted)) {
      this.locale = wanted;
      return;
    }
    this.#localeReady = loadLocale(wanted).then(
      () => {
        if (this.#wantedLocale === wanted) this.locale = wanted;
      },
      (error: unknown) => {
        warnInput(this.localName, 'lang', wanted, `messages failed to load (${String(error)})`, sourceLocale);
        if (this.#wantedLocale === wanted) this.locale = sourceLocale;
      }
    );
    this.requestUpdate();
  }
}
