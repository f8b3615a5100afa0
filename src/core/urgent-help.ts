import type { ReactiveController, TemplateResult } from 'lit';
import { numbersForTag, type HelpNumbers } from './emergency-numbers.js';
import { inheritedAttribute, inheritedLanguage } from './localization.js';
import { PHONE_NUMBER, safetyFooter } from './safety.js';
import { warnOnce } from './warn.js';

/** What a widget gives its urgent help: itself, and its `urgent` attribute. */
export interface UrgentHost extends HTMLElement {
  urgent: string | null;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  addController(controller: ReactiveController): void;
}

/** Attributes a host sets once on `<body>` (or any ancestor) for every widget, like `lang`. */
export const HELP_ATTRIBUTES = ['emergency-number', 'urgent-number', 'urgent-label'];

/** Every connected widget's urgent help: by default only the first widget in document order shows the full block. */
const onPage = new Set<UrgentHelp>();
const URGENT_MODES: (string | null)[] = ['auto', 'full', null];

/**
 * A widget's urgent block: which numbers it names (the host's, else the
 * table's, never a guess) and whether it shows the full block or, with
 * another widget before it on the page, a one-line reminder leading there.
 */
export class UrgentHelp implements ReactiveController {
  readonly #host: UrgentHost;
  /** The reminder found no full block on screen: this widget shows its own. */
  #expanded = false;
  /** Bad inputs already warned about, so a re-render does not repeat the warning. */
  readonly #warned = new Set<string>();

  constructor(host: UrgentHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    onPage.add(this);
    // Which widget comes first may have changed.
    for (const help of onPage) help.#host.requestUpdate();
  }

  hostDisconnected(): void {
    onPage.delete(this);
    for (const help of onPage) help.#host.requestUpdate();
  }

  /**
   * The numbers the urgent block names: the host's `emergency-number`,
   * `urgent-number` and `urgent-label` on the widget or its closest ancestor,
   * else those of the region of its language tag (docs/emergency-numbers.md),
   * else none.
   */
  numbers(): HelpNumbers {
    const table = numbersForTag(inheritedLanguage(this.#host));
    const emergency = this.#hostNumber('emergency-number', table.emergency ?? 'your local emergency number');
    const urgent = this.#hostNumber('urgent-number', table.urgent ?? 'no advice line');
    return {
      emergency: emergency ?? table.emergency,
      ...(urgent
        ? { urgent, urgentLabel: inheritedAttribute(this.#host, 'urgent-label')?.trim() || urgent }
        : { urgent: table.urgent, urgentLabel: table.urgentLabel }),
    };
  }

  /** The widget's footer: the urgent block or the reminder, the disclaimer, then `extra`. */
  footer(extra: TemplateResult): TemplateResult {
    return safetyFooter(this.numbers(), this.#showsFullBlock() ? undefined : () => this.#goToFullBlock(), extra);
  }

  /** `urgent="full"`, else whether no other widget comes before this one on the page. */
  #showsFullBlock(): boolean {
    const mode = this.#host.urgent;
    if (!URGENT_MODES.includes(mode)) this.#warn('urgent', mode, 'not "auto" or "full"', 'auto');
    if (mode === 'full' || this.#expanded) return true;
    // Widgets in other shadow trees have no reliable order: they are not counted as before this one.
    return ![...onPage].some(
      (other) =>
        (other.#host.compareDocumentPosition(this.#host) &
          (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_DISCONNECTED)) ===
        Node.DOCUMENT_POSITION_FOLLOWING
    );
  }

  /** The reminder's button: to the full block of the widget that shows it, or, when that is not on screen, our own. */
  #goToFullBlock(): void {
    const full = [...onPage].find((other) => other !== this && other.#showsFullBlock());
    const block = full && full.#host.renderRoot.querySelector<HTMLElement>('[part="urgent"]');
    if (block?.getClientRects().length) {
      block.scrollIntoView({ block: 'center' });
      block.focus();
      return;
    }
    this.#expanded = true;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('[part="urgent"]')?.focus()
    );
  }

  /** A host number from the attribute on the widget or an ancestor; a bad one warns once and is not used. */
  #hostNumber(name: string, usedInstead: string): string | undefined {
    const value = inheritedAttribute(this.#host, name)?.trim();
    if (!value) return undefined;
    if (PHONE_NUMBER.test(value)) return value;
    this.#warn(name, value, 'not a phone number (digits, spaces and + ( ) - only)', usedInstead);
    return undefined;
  }

  #warn(input: string, value: unknown, problem: string, usedInstead: string): void {
    warnOnce(this.#warned, this.#host.localName, input, value, problem, usedInstead);
  }
}
