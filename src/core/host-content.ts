import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnInput } from './warn.js';

/** The list under `key` in a host document: the list itself, `{ [key]: [...] }`, or its JSON text. */
export function hostList(input: unknown, key: string): { list?: unknown[]; problem?: string } {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch {
      return { problem: 'the JSON is malformed' };
    }
  }
  const list = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? { list } : { problem: `"${key}" is not an array` };
}

/** Valid items of a host document and what was wrong with the rest. */
export interface CheckedContent<T> {
  items: T[];
  problems: string[];
}

/**
 * A widget's custom content: the `property` set by the host, else a child
 * `<script type="application/json">` (for hosts without a framework), which
 * is re-read when it changes. Bad content gives one warning per change and
 * keeps what is valid; no valid item means the widget shows its defaults.
 */
export class HostContent<T> implements ReactiveController {
  /** The host's valid items; empty when the widget should show its defaults. */
  items: T[] = [];

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #property: string;
  readonly #check: (input: unknown) => CheckedContent<T>;
  readonly #observer = new MutationObserver(() => this.#readJsonChild());

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    property: string,
    check: (input: unknown) => CheckedContent<T>
  ) {
    this.#host = host;
    this.#property = property;
    this.#check = check;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#readJsonChild();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** Validates and adopts `content`, warning once if any of it was bad. */
  use(content: unknown): void {
    const { items, problems } = this.#check(content);
    if (problems.length > 0) {
      const used = items.length > 0 ? `the valid ${this.#property}` : `the default ${this.#property}`;
      warnInput(this.#host.localName, this.#property, content, problems.join('; '), used);
    }
    this.items = items;
    this.#host.requestUpdate();
  }

  /** The JSON child counts only while the property is unset: the property wins. */
  #readJsonChild(): void {
    if ((this.#host as unknown as Record<string, unknown>)[this.#property] !== undefined) return;
    const script = this.#host.querySelector('script[type="application/json"]');
    if (script) this.use(script.textContent ?? '');
  }
}
