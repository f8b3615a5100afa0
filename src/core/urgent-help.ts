import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { numbersForCountry, numbersForTag, type HelpNumbers } from './emergency-numbers.js';
import { inheritedAttribute, inheritedLanguage } from './localization.js';
import { PHONE_NUMBER, urgentBlock, urgentReminder } from './safety.js';
import { warnOnce } from './warn.js';

/** What a widget gives its urgent help: itself, and its `urgent` attribute. */
export interface UrgentHost extends HTMLElement {
  urgent: string | null;
  /** The checklist: its red-flag check is its urgent block, so its footer has none, and the others lead to it. */
  readonly ownsUrgentCheck?: boolean;
  /** In a server-rendered widget's first render: what the server rendered. */
  readonly rendersServerHtml?: boolean;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  addController(controller: ReactiveController): void;
}

/** Attributes a host sets once on `<body>` (or any ancestor) for every widget, like `lang`. */
export const HELP_ATTRIBUTES = ['emergency-number', 'urgent-number', 'urgent-label', 'country'];

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
   * `urgent-number` and `urgent-label` on the widget or its closest ancestor;
   * else those of the `country` the host declares; else those of the region
   * of its language tag, shown with that country's name; else those of its
   * language alone (docs/emergency-numbers.md); else none.
   */
  numbers(): HelpNumbers {
    const table = this.#tableNumbers();
    const emergency = this.#hostNumber('emergency-number', table.emergency ?? 'your local emergency number');
    const urgent = this.#hostNumber('urgent-number', table.urgent ?? 'no advice line');
    return {
      ...(emergency
        ? { emergency }
        : table.emergency && { emergency: table.emergency, ...pick(table, 'ambulance', 'inferredCountry') }),
      ...(urgent
        ? { urgent, urgentLabel: inheritedAttribute(this.#host, 'urgent-label')?.trim() || urgent }
        : pick(table, 'urgent', 'urgentLabel')),
    };
  }

  /** The table's numbers: for the declared `country`, else the language tag's. */
  #tableNumbers(): HelpNumbers {
    const country = inheritedAttribute(this.#host, 'country')?.trim();
    if (country) {
      const numbers = numbersForCountry(country);
      if (numbers.emergency) return numbers;
      this.#warn('country', country, 'not a country in the table (docs/emergency-numbers.md)', "the language's");
    }
    return numbersForTag(inheritedLanguage(this.#host));
  }

  /**
   * The urgent part of the widget's footer: the full block, or the one-line
   * reminder that leads to it, or nothing for the checklist, whose red-flag
   * check is its block.
   */
  render(locale: string, headingLevel: number): TemplateResult | typeof nothing {
    if (this.#host.ownsUrgentCheck) return nothing;
    const numbers = this.numbers();
    // A server knows no other widget on the page, so it rendered the full block. A server-rendered widget's
    // first render is the same, for hydration to keep the server's nodes; the render after follows the page.
    if (this.#host.rendersServerHtml) return urgentBlock(numbers, locale, headingLevel);
    return this.#showsFullBlock()
      ? urgentBlock(numbers, locale, headingLevel)
      : urgentReminder(numbers, locale, () => this.#goToFullBlock());
  }

  /**
   * `urgent="full"`, else whether no other widget on the page shows the
   * block before this one: a checklist's check always does, whatever its
   * place; among the rest, the first in document order.
   */
  #showsFullBlock(): boolean {
    if (this.#host.ownsUrgentCheck) return true;
    const mode = this.#host.urgent;
    if (!URGENT_MODES.includes(mode)) this.#warn('urgent', mode, 'not "auto" or "full"', 'auto');
    if (mode === 'full' || this.#expanded) return true;
    const others = [...onPage].filter((other) => other !== this);
    if (others.some((other) => other.#host.ownsUrgentCheck)) return false;
    // Widgets in other shadow trees have no reliable order: they are not counted as before this one.
    return !others.some(
      (other) =>
        (other.#host.compareDocumentPosition(this.#host) &
          (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_DISCONNECTED)) ===
        Node.DOCUMENT_POSITION_FOLLOWING
    );
  }

  /** The reminder's button: to the full block of the widget that shows it, or, when that is not on screen, our own. */
  #goToFullBlock(): void {
    const full = [...onPage].find((other) => other !== this && other.#showsFullBlock());
    const block = full && full.#host.renderRoot.querySelector<HTMLElement>('[part~="urgent"]');
    if (block?.getClientRects().length) {
      block.scrollIntoView({ block: 'center' });
      block.focus();
      return;
    }
    this.#expanded = true;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('[part~="urgent"]')?.focus()
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

/** The fields of `numbers` named, where they are set. */
function pick(numbers: HelpNumbers, ...keys: (keyof HelpNumbers)[]): HelpNumbers {
  return Object.fromEntries(keys.filter((key) => numbers[key]).map((key) => [key, numbers[key]]));
}
