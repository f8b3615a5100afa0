import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { HelpNumbers } from './emergency-numbers.js';
import type { PlanPart } from './plan.js';
import {
  inheritedLanguage,
  inLocale,
  isLocaleReady,
  isRightToLeft,
  loadLocale,
  localeForTag,
  type MessageGroup,
  inheritedAttribute,
  msg,
  siteLocales,
  siteMessageListeners,
  sourceLocale,
} from './localization.js';
import { clinicalReviews, machineDraftLocales } from '../generated/clinical-reviews.js';
import { CONTENT_REVIEW } from './content-review.js';
import { SIGNOFF_ATTRIBUTES, signOffOf, type SignOffView } from './signoff.js';
import { HELP_ATTRIBUTES, UrgentHelp } from './urgent-help.js';
import { warnInput, warnOnce } from './warn.js';

/** What a widget follows on itself and its ancestors: its language and the host's help numbers. */
const INHERITED_ATTRIBUTE_CHANGES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang', 'translations', ...HELP_ATTRIBUTES, ...SIGNOFF_ATTRIBUTES],
  subtree: true,
};

const nothingToDo = () => undefined;

/** The sources panel, once a widget has loaded it: rarely opened, so not in the drop-in. */
let sourcesPanel: typeof import('./sources-panel.js').sourcesPanel | undefined;

/**
 * How long a widget waits for its language's messages before it shows
 * English instead (with a warning). A chunk that arrives later still
 * switches it; one that never answers must not leave the widget blank.
 */
export const LOCALE_WAIT_MS = 3000;

/** Past the next review's date: the first overdue widget on a page warns. */
let warnedOverdue = false;
function warnReviewOverdue(element: string): void {
  if (warnedOverdue) return;
  warnedOverdue = true;
  console.warn(`<${element}> content ${CONTENT_REVIEW.version} was due for review on ${CONTENT_REVIEW.nextReview}.`);
}

/** Values that read as "off" but, on a boolean attribute, mean on: HTML counts presence, not value. */
const LOOKS_OFF = /^\s*(false|off|no|0)\s*$/i;

/**
 * What every spasm widget shares: it renders in the language that applies to
 * it (its own `lang`, else the closest ancestor's across shadow roots, else
 * `<html lang>`, else English) and follows changes of those live; it owns
 * `persist` and `storage-key` (each widget gives its `persistence` only its
 * stored format); it exposes custom states (`:state(running)`) for host
 * styling.
 *
 * Below, what every widget has from here, written once: each widget's entry
 * in custom-elements.json inherits it (scripts/check-manifest.mjs checks the
 * CSS defaults against the styles).
 *
 * @attr {string} emergency-number - The emergency number to show; inherited from the closest ancestor that has it (docs/emergency-numbers.md).
 * @attr {string} urgent-number - A line for urgent medical advice; inherited like `emergency-number`.
 * @attr {string} urgent-label - That line's name, e.g. "NHS 111"; inherited like `emergency-number`.
 * @attr {string} country - The site's country (ISO 3166 code, e.g. `GB`): picks the numbers from the table (docs/emergency-numbers.md); inherited like `lang`.
 * @attr {string} translations - `reviewed`: show only languages a clinician has checked, English otherwise; `all` (default) shows machine drafts too, flagged. Inherited like `lang`.
 * @attr {string} signoff-name - A site clinician's sign-off of the content (with `signoff-role`, `signoff-registration`, `signoff-date`, `signoff-version`, `signoff-lang`); inherited like `lang`. See docs/medical-content.md.
 * @attr {string} signoff-role - The signing clinician's role, e.g. "GP".
 * @attr {string} signoff-registration - The clinician's registration, checkable by a reader, e.g. "GMC 1234567".
 * @attr {string} signoff-date - The day of the sign-off, YYYY-MM-DD; it lapses 12 months later.
 * @attr {string} signoff-version - The content version signed (the sources panel and the review pack show it).
 * @attr {string} signoff-lang - The language of the text the clinician read.
 *
 * @csspart footer - The urgent warning signs, the disclaimer and the sources.
 * @csspart urgent - The warning signs with the numbers to call.
 * @csspart urgent-soon - The urgent, not emergency, signs (a disclosure).
 * @csspart urgent-reminder - With `urgent="auto"`, the one line in place of the warning signs when another widget on the page shows them: the emergency number and a way to them.
 * @csspart sources - The "Sources and review" disclosure.
 * @csspart translation-note - Beside the disclaimer in a machine-translated language: that no clinician has checked it.
 * @csspart review-due - Beside the disclaimer once the content is past its next-review date.
 * @csspart signoff - In the sources panel: the site clinician's sign-off, or why it no longer holds.
 *
 * @cssprop [--spasm-color-text=inherit] - Text colour; unset, the page's.
 * @cssprop [--spasm-color-surface=none] - The card's background; unset, none: the page shows through.
 * @cssprop --spasm-color-muted - Secondary text and quiet borders; unset, the text colour.
 * @cssprop [--spasm-color-on-accent=#fff] - Text on filled buttons.
 * @cssprop [--spasm-color-urgent=#a4262c] - The urgent warning box's border and icon.
 * @cssprop --spasm-focus-ring - Focus outline, e.g. `3px solid orange`; unset, 3px solid in the widget's accent colour.
 * @cssprop [--spasm-radius=0.75rem] - The card's corner radius.
 * @cssprop [--spasm-spacing=1rem] - The card's padding.
 *
 * @cssstate rendered - The widget has rendered. Until then it holds a screen's height, so the page below it doesn't jump when it appears (the README's `:not(:defined)` rule does the same before it upgrades).
 * @cssstate review-overdue - The medical content is past its next-review date (docs/medical-content.md).
 */
export abstract class SpasmElement extends LitElement {
  static override properties: PropertyDeclarations = {
    persist: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    urgent: {},
    headingLevel: { attribute: 'heading-level' },
    locale: { state: true, attribute: false },
  };

  /** Keep the widget's progress across reloads, in localStorage. Off by default: nothing is stored. */
  persist = false;

  /** The localStorage key used with `persist` (default: the tag name); give each widget on a site its own. */
  storageKey: string = this.localName;

  /**
   * `auto` (default): with several widgets on a page, the first in document
   * order shows the full urgent block and the others a one-line reminder with
   * the emergency number that leads to it. `full`: this widget always shows it.
   */
  urgent: 'auto' | 'full' = 'auto';

  /** The level of the widget's title as a heading, 1 to 6 (default 2), to fit the article's outline; its sub-headings are one below. */
  headingLevel: number | string = 2;

  /**
   * The widget's own group of messages (scripts/message-groups.mjs): it loads
   * that and `shared` for its locale, nothing of the other widgets.
   * @internal
   */
  protected static readonly messageGroup: MessageGroup = 'shared';

  /** The supported locale this widget renders in now. */
  protected locale = sourceLocale;

  /**
   * Whether the widget's own content asks about the warning signs (the
   * checklist's red-flag check): its footer then has no urgent block, and
   * the other widgets on the page lead to it.
   * @internal
   */
  get ownsUrgentCheck(): boolean {
    return false;
  }

  /** Host content still being checked (its checker loads when first needed): the update waits for it. */
  protected get contentReady(): Promise<unknown> | undefined {
    return undefined;
  }

  /** The widget's `persist` support; its first render waits until storage has been read. */
  protected abstract readonly persistence: { sync(): Promise<void> };

  #wantedLocale = sourceLocale;
  #localeReady: Promise<unknown> = Promise.resolve();
  #languageObserver?: MutationObserver;
  readonly #urgentHelp = new UrgentHelp(this);
  readonly #warned = new Set<string>();
  readonly #internals = this.attachInternals();

  /** A site clinician's sign-off, as of the last attributes read (see update()). */
  #signOff?: SignOffView;
  #signOffStale = true;

  /** The language that applies may have changed (an attribute, a site's new language): render in it. */
  readonly #followLanguage = () => {
    this.#signOffStale = true;
    this.#syncLocale();
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeLanguage();
    siteMessageListeners.add(this.#followLanguage);
    this.#syncLocale();
    window.addEventListener('beforeprint', this.#openForPrint);
    window.addEventListener('afterprint', this.#closeAfterPrint);
    if (this.#reviewDue()) {
      this.toggleCustomState('review-overdue', true);
      warnReviewOverdue(this.localName);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver?.disconnect();
    siteMessageListeners.delete(this.#followLanguage);
    window.removeEventListener('beforeprint', this.#openForPrint);
    window.removeEventListener('afterprint', this.#closeAfterPrint);
  }

  /** The disclosures marked `data-print-open` (the warning signs) opened for printing, to close again after. */
  #openedForPrint: HTMLDetailsElement[] = [];

  /** Printing the page (Ctrl+P too, not only "Print my plan"): both tiers of warning signs print expanded. */
  readonly #openForPrint = () => {
    this.#openedForPrint = [...this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')].filter(
      (details) => !details.open
    );
    for (const details of this.#openedForPrint) details.open = true;
  };

  readonly #closeAfterPrint = () => {
    for (const details of this.#openedForPrint) details.open = false;
    this.#openedForPrint = [];
  };

  #reviewDue(): boolean {
    return Date.now() > Date.parse(CONTENT_REVIEW.nextReview);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Rare, so what says why loads only then.
    if (value !== null && LOOKS_OFF.test(value))
      void import('./boolean-attributes.js').then(
        (module) => module.warnOffLookingBoolean(this, name, value),
        nothingToDo
      );
  }

  /** `dir` for the widget's inner root: right to left for Arabic and the like. */
  protected get direction(): 'ltr' | 'rtl' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }

  /** Waits for the widget's messages, stored state and host content, so it never flashes English, a fresh state or the defaults first. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#localeReady;
    await this.persistence.sync();
    await this.contentReady;
    super.scheduleUpdate();
  }

  protected override firstUpdated(): void {
    // Gives back the screen's height held until now (shared.styles.ts).
    this.toggleCustomState('rendered', true);
  }

  protected override update(changed: PropertyValues): void {
    // Read again only when an attribute or the language changed, not on each render (the timer's is per second).
    if (this.#signOffStale || changed.has('locale')) {
      this.#signOff = signOffOf(this, this.locale);
      this.#signOffStale = false;
    }
    // Every msg() in render() resolves in this widget's own locale.
    this.inLocale(() => super.update(changed));
  }

  /** Runs `fn` with msg() resolving in this widget's locale: for text needed outside render(). */
  protected inLocale<T>(fn: () => T): T {
    return inLocale(this.locale, fn);
  }

  /** `role="heading"` attributes' level: the title's, or with `below` a sub-heading's (at most 6). */
  protected headingLevelOf(below = 0): number {
    const level = Number(this.headingLevel ?? 2);
    const valid = Number.isInteger(level) && level >= 1 && level <= 6;
    if (!valid)
      warnOnce(this.#warned, this.localName, 'heading-level', this.headingLevel, 'not a whole number from 1 to 6', '2');
    return Math.min((valid ? level : 2) + below, 6);
  }

  /**
   * Prints one page for the patient: every widget on the page (the
   * checklist's ticks, today's sessions, the quiz score), the warning signs
   * with the numbers, the date, in this widget's language. Loaded when first
   * used.
   */
  async printPlan(): Promise<void> {
    const { printPlan } = await import('./print-plan.js');
    await printPlan(this, this.locale, this.helpNumbers());
  }

  /**
   * This widget's part of the printed plan, in its language; none by default.
   * @internal
   */
  planPart(): PlanPart | undefined {
    return undefined;
  }

  /** The numbers the urgent block names (see urgent-help.ts): never a guessed one. */
  protected helpNumbers(): HelpNumbers {
    return this.#urgentHelp.numbers();
  }

  /**
   * The footer of every widget: the urgent signs with the numbers, the
   * disclaimer and the "Sources and review" disclosure, whose panel loads
   * when first opened. `hostContent`: the host replaced the default content.
   */
  protected renderFooter(hostContent = false): TemplateResult {
    // Each widget loads it in its own language and renders again (not lazy-part.ts: the timer has no other
    // part that loads when first used, and this is smaller). Offline, the panel stays empty until a later open.
    const load = (event: Event) => {
      if (!(event.target as HTMLDetailsElement).open) return;
      void import('./sources-panel.js').then(async (module) => {
        await module.ready(this.locale);
        sourcesPanel = module.sourcesPanel;
        this.requestUpdate();
      }, nothingToDo);
    };
    // A current clinical review outweighs the machine draft it checked; a site's own language is the site's.
    const machineTranslated =
      machineDraftLocales.includes(this.locale) &&
      !siteLocales.has(this.locale) &&
      !Object.hasOwn(clinicalReviews, this.locale);
    return this.#urgentHelp.footer(
      this.locale,
      this.headingLevelOf(1),
      { machineTranslated, reviewDue: this.#reviewDue() },
      html`<details part="sources" @toggle=${load}>
        <summary>
          ${msg('Sources and review', { id: 'common.sources', desc: 'Opens where the content comes from and when it was checked.' })}
        </summary>
        ${sourcesPanel ? sourcesPanel(this.locale, hostContent, this.#signOff) : nothing}
      </details>`
    );
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

  /**
   * `translations="reviewed"` on the widget or an ancestor: a shipped
   * language no clinician has checked (clinical-reviews) gives English. A
   * site's own translation is the site's to vouch for, so it stays.
   */
  #allowedLocale(locale: string): string {
    const setting = inheritedAttribute(this, 'translations');
    if (setting === null || setting === 'all') return locale;
    if (setting !== 'reviewed') {
      warnOnce(this.#warned, this.localName, 'translations', setting, 'not "all" or "reviewed"', 'all');
      return locale;
    }
    return locale === sourceLocale || siteLocales.has(locale) || Object.hasOwn(clinicalReviews, locale)
      ? locale
      : sourceLocale;
  }

  #observeLanguage(): void {
    this.#languageObserver ??= new MutationObserver(this.#followLanguage);
    this.#languageObserver.disconnect();
    this.#languageObserver.observe(document.documentElement, INHERITED_ATTRIBUTE_CHANGES);
    // Attribute changes inside shadow roots are invisible to the document observer.
    let root = this.getRootNode();
    while (root instanceof ShadowRoot) {
      this.#languageObserver.observe(root, INHERITED_ATTRIBUTE_CHANGES);
      root = root.host.getRootNode();
    }
  }

  #syncLocale(): void {
    const wanted = this.#allowedLocale(localeForTag(inheritedLanguage(this), this.localName));
    if (wanted === this.#wantedLocale) return;
    this.#wantedLocale = wanted;
    const stillWanted = () => this.#wantedLocale === wanted;
    const groups: MessageGroup[] = ['shared', (this.constructor as typeof SpasmElement).messageGroup];
    if (isLocaleReady(wanted, groups)) {
      this.locale = wanted;
      this.#localeReady = Promise.resolve();
      return;
    }
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const loaded = loadLocale(wanted, groups).then(
      () => {
        // Also after the wait ran out: the widget switches from English then.
        if (stillWanted()) this.locale = wanted;
      },
      (error: unknown) => {
        if (stillWanted()) {
          warnInput(this.localName, 'lang', wanted, `messages failed to load (${String(error)})`, sourceLocale);
          this.locale = sourceLocale;
        }
      }
    );
    const waited = new Promise<void>((resolve) => {
      timeout = setTimeout(() => {
        if (stillWanted()) {
          warnInput(this.localName, 'lang', wanted, `messages did not load within ${LOCALE_WAIT_MS} ms`, sourceLocale);
          this.locale = sourceLocale;
        }
        resolve();
      }, LOCALE_WAIT_MS);
    });
    this.#localeReady = Promise.race([loaded.finally(() => clearTimeout(timeout)), waited]);
    this.requestUpdate();
  }
}
