import {
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { HelpNumbers } from './emergency-numbers.js';
import type { PlanPart } from './plan.js';
import { CONTENT_REVIEW, reviewIsDue } from './content-review.js';
import { adoptStylesIn } from './document-styles.js';
import { WidgetFooter } from './footer.js';
import { lazy } from './lazy.js';
import { LocaleController, serverLocale } from './locale-controller.js';
import { inLocale, isRightToLeft, type MessageGroup } from './localization.js';
import { PrintExpansion } from './print-expansion.js';
import { SIGNOFF_ATTRIBUTES } from './signoff.js';
import { HELP_ATTRIBUTES } from './urgent-help.js';
import { warnInput, warnOnce } from './warn.js';

/** The printed plan: loaded on the first print. */
const planPrinter = lazy(() => import('./print-plan.js'));

/** What the page hears once, whichever widget finds it first (the content past its review date). */
const warnedOnPage = new Set<string>();

/** Values that read as "off" but, on a boolean attribute, mean on: HTML counts presence, not value. */
const LOOKS_OFF = /^\s*(false|off|no|0)\s*$/i;

/** What a widget's card holds (SpasmElement.renderCard). */
export interface Card {
  title: string;
  body: unknown;
  announcement?: unknown;
  hostContent?: boolean;
  className?: string;
  onFirstUse?: () => void;
}

/**
 * What every spasm widget shares, each concern in a module of its own: the
 * language (locale-controller.ts), the footer with the urgent signs and the
 * sources (footer.ts), printing (print-expansion.ts, print-plan.ts). Here:
 * the attributes every widget has, `persist` and `storage-key` (each widget
 * gives its `persistence` only its stored format), a first render that waits
 * for the messages, stored state and host content, and custom states
 * (`:state(running)`) for host styling.
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
 * @csspart storage-note - With `persist`, once the browser refused a save (storage full or blocked): "Your progress can't be saved on this device."
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
  };

  /**
   * Keep the widget's progress across reloads, in localStorage. Off by default: nothing is stored.
   * @attr persist
   */
  persist = false;

  /**
   * The localStorage key used with `persist` (default: the tag name); give each widget on a site its own.
   * @attr storage-key
   */
  storageKey: string = this.localName;

  /**
   * `auto` (default): with several widgets on a page, the first in document
   * order shows the full urgent block and the others a one-line reminder with
   * the emergency number that leads to it. `full`: this widget always shows it.
   * @attr urgent
   */
  urgent: 'auto' | 'full' = 'auto';

  /**
   * The level of the widget's title as a heading, 1 to 6 (default 2), to fit the article's outline; its sub-headings are one below.
   * @attr heading-level
   */
  headingLevel: number | string = 2;

  /**
   * The widget's own group of messages (scripts/message-groups.mjs): it loads
   * that and `shared` for its locale, nothing of the other widgets.
   * @internal
   */
  protected static readonly messageGroup: MessageGroup = 'shared';

  /**
   * Whether the widget's own content asks about the warning signs (the
   * checklist's red-flag check): its footer then has no urgent block, and
   * the other widgets on the page lead to it.
   * @internal
   */
  get ownsUrgentCheck(): boolean {
    return false;
  }

  /**
   * Whether this render is a server-rendered widget's first, which must be
   * what the server rendered for hydration to keep its nodes (urgent-help.ts).
   * @internal
   */
  get rendersServerHtml(): boolean {
    return this.#serverNodes !== undefined;
  }

  /** Host content still being checked (its checker loads when first needed): the update waits for it. */
  protected get contentReady(): Promise<unknown> | undefined {
    return undefined;
  }

  /** The widget's `persist` support; its first render waits until storage has been read. */
  protected abstract readonly persistence: { matchSettings(): Promise<void> };

  readonly #localization = new LocaleController(
    this,
    ['shared', (this.constructor as typeof SpasmElement).messageGroup],
    [...HELP_ATTRIBUTES, ...SIGNOFF_ATTRIBUTES]
  );
  readonly #footer = new WidgetFooter(this, this.#localization);
  readonly #warned = new Set<string>();
  readonly #internals = this.attachInternals();
  /** The nodes of a server-rendered shadow root, until the first render has taken it over. */
  #serverNodes?: ChildNode[];
  /** The document the shadow root's styles were made for: another one does not apply them (document-styles.ts). */
  #stylesFor?: Document;

  constructor() {
    super();
    new PrintExpansion(this);
  }

  /** The supported locale this widget renders in now. */
  protected get locale(): string {
    return this.#localization.locale;
  }

  /** The locale numbers and clock times are formatted in (see LocaleController.formatLocale). */
  protected get formatLocale(): string {
    return this.#localization.formatLocale;
  }

  /** Lit's shadow root, with styles made for the document the widget is in: it may be first shown in an iframe's. */
  protected override createRenderRoot(): ShadowRoot {
    if (this.shadowRoot) this.#takeOverServerRoot(this.shadowRoot);
    const root = this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.#adoptStyles(root);
    return root;
  }

  /**
   * A shadow root already there is a server's (declarative shadow DOM, src/ssr):
   * it stays on screen until the first render, and Lit's own handling of it
   * applies, which is why Lit's `createRenderRoot` is called though the root
   * exists: with its hydration support loaded first, it marks the first render
   * to adopt the server's nodes; without, it makes that render go before them.
   * Its content holds no screen's height: it is there.
   */
  #takeOverServerRoot(root: ShadowRoot): void {
    this.#serverNodes = [...root.childNodes];
    this.toggleCustomState('rendered', true);
    super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into another document since its last connection (adoptNode, and back): that one needs its own sheets.
    if (this.shadowRoot && this.#stylesFor !== this.ownerDocument) this.#adoptStyles(this.shadowRoot);
    if (reviewIsDue()) {
      this.toggleCustomState('review-overdue', true);
      warnOnce(
        warnedOnPage,
        this.localName,
        'content',
        CONTENT_REVIEW.version,
        `was due for review on ${CONTENT_REVIEW.nextReview}`,
        'it, marked as due for review'
      );
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (value !== null && LOOKS_OFF.test(value)) this.#warnIfBooleanLooksOff(name, value);
  }

  #adoptStyles(root: ShadowRoot): void {
    adoptStylesIn(root, (this.constructor as typeof LitElement).elementStyles);
    this.#stylesFor = this.ownerDocument;
  }

  /** `persist="false"`, `sound="off"`: a boolean attribute is on whatever its value, which the host may not expect. */
  #warnIfBooleanLooksOff(name: string, value: string): void {
    for (const [property, options] of (this.constructor as typeof LitElement).elementProperties) {
      const attribute = typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase();
      if (options.type === Boolean && attribute === name)
        warnInput(
          this.localName,
          name,
          value,
          'a boolean attribute is on whatever its value (remove it to turn it off)',
          'on'
        );
    }
  }

  /** `dir` for the widget's inner root: right to left for Arabic and the like. */
  protected get direction(): 'ltr' | 'rtl' {
    return isRightToLeft(this.locale) ? 'rtl' : 'ltr';
  }

  /** Waits for the widget's messages, stored state and host content, so it never flashes English, a fresh state or the defaults first. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#localization.ready;
    // A server-rendered widget is first rendered as the server rendered it (hydration needs the same
    // templates): with the host content it showed (src/ssr writes it as the JSON child), and its stored
    // state with the next render.
    const serverRendered = !this.hasUpdated && this.#serverNodes;
    if (!serverRendered) await this.persistence.matchSettings();
    await this.contentReady;
    if (serverRendered) await this.serverRenderedParts();
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.#serverNodes) throw error;
      // Lit's hydration refused the server's nodes: this page gives the widget another language or number than
      // the server knew (an ancestor's). They go, but the first (its styles: Lit renders before it), and it renders
      // afresh.
      for (const node of this.#serverNodes.slice(1)) node.remove();
      this.#serverNodes = undefined;
      super.update(changed);
    }
  }

  /**
   * The first render of a server-rendered widget is the server's: the parts
   * that load when first used which a server shows (src/ssr `prepare`), the
   * sources panel here, must be there for it.
   */
  protected serverRenderedParts(): Promise<unknown> {
    return this.#footer.loadSources();
  }

  protected override firstUpdated(): void {
    // Gives back the screen's height held until now (shared.styles.ts).
    this.toggleCustomState('rendered', true);
    // No hydration took the server's nodes over (its support not loaded): the first render was made before
    // them (Lit renders before a root's first node), and they go in the same task, so nothing flashes.
    if (!this.#serverNodes?.includes(this.renderRoot.firstChild!)) this.#serverNodes?.forEach((node) => node.remove());
    // Rendered as the server rendered it, which knew nothing of the page: what the page gives (the other
    // widgets' urgent block, urgent-help.ts) applies in the render after.
    if (this.#serverNodes) void this.updateComplete.then(() => this.requestUpdate());
    this.#serverNodes = undefined;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    // A server never connects the widget: no page to follow, so its language is that of its own `lang`.
    if (isServer) {
      const groups: MessageGroup[] = ['shared', (this.constructor as typeof SpasmElement).messageGroup];
      this.#localization.locale = serverLocale(this, groups);
    }
  }

  /**
   * Every msg() in the widget's template resolves in its own locale. Here,
   * not around `update()`: a server renderer calls `render()` alone.
   */
  protected override render(): TemplateResult {
    return this.inLocale(() => this.renderWidget());
  }

  /** The widget's template: its card (`renderCard`). */
  protected abstract renderWidget(): TemplateResult;

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
    const { printPlan } = await planPrinter.load();
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
    return this.#footer.urgentHelp.numbers();
  }

  /**
   * The card every widget is: its title as a heading at `heading-level`,
   * `body`, the footer (footer.ts) and the widget's one polite live region,
   * which says `announcement`. `hostContent`: the host replaced the default
   * content, which the sources panel then says is the site's. `onFirstUse`
   * runs on the first touch or focus inside (a part that loads then).
   */
  protected renderCard({
    title,
    body,
    announcement,
    hostContent = false,
    className = '',
    onFirstUse,
  }: Card): TemplateResult {
    return html`
      <section
        class="base ${className}"
        part="base"
        lang=${this.locale}
        dir=${this.direction}
        aria-labelledby="title"
        @pointerdown=${onFirstUse}
        @focusin=${onFirstUse}
      >
        <p class="title" part="title" id="title" role="heading" aria-level=${this.headingLevelOf()}>${title}</p>
        ${body} ${this.#footer.render(this.headingLevelOf(1), { hostContent })}
        <div role="status" class="visually-hidden">${announcement ?? nothing}</div>
      </section>
    `;
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
}
