import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnInput } from './warn.js';

/** Valid items of a host document and what was wrong with the rest. */
export interface CheckedContent<T> {
  items: T[];
  problems: string[];
}

/** A non-empty string: what every id, title and label must be. */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Whether `ids` has no id twice. Ids are data: compared in a Set, never used as object keys. */
export const allDifferent = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/**
 * What a widget's item checker says of one raw item: the item to show, or
 * why it cannot be shown ("has no id"), said after the item's name.
 */
export type ItemCheck<T> = { item: T; problem?: string } | { item?: undefined; problem: string };

/**
 * The scaffold every host document goes through: the list under `key` (the
 * list itself, `{ [key]: [...] }` or its JSON text), at most `max` items,
 * each checked by `checkItem` with the ids seen so far, duplicates refused.
 * Anything the host hands us may throw when read (a getter, a Proxy): that
 * is reported as a problem, never thrown through.
 */
export function checkList<T extends { id: string }>(
  input: unknown,
  key: string,
  noun: string,
  max: number,
  checkItem: (raw: Record<string, unknown>) => ItemCheck<T>
): CheckedContent<T> {
  const problems: string[] = [];
  const items: T[] = [];
  try {
    let document = input;
    if (typeof input === 'string') {
      try {
        document = JSON.parse(input);
      } catch {
        return { items, problems: ['the JSON is malformed'] };
      }
    }
    const list: unknown = Array.isArray(document) ? document : (document as Record<string, unknown> | null)?.[key];
    if (!Array.isArray(list)) return { items, problems: [`"${key}" is not an array`] };
    if (list.length === 0) return { items, problems: [`"${key}" is empty`] };
    if (list.length > max) problems.push(`more than ${max} ${key}; only the first ${max} are read`);
    const seen = new Set<string>();
    list.slice(0, max).forEach((value: unknown, index) => {
      const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      let name = `${noun} ${index + 1}`;
      let checked: ItemCheck<T>;
      try {
        const id = raw.id;
        if (isText(id)) name = `${noun} "${id}"`;
        checked = !isText(id) ? { problem: 'has no id' } : seen.has(id) ? { problem: 'repeats an id' } : checkItem(raw);
      } catch (error) {
        checked = { problem: `could not be read (${String(error)})` };
      }
      if (checked.problem) problems.push(`${name} ${checked.problem}`);
      if (checked.item) {
        seen.add(checked.item.id);
        items.push(checked.item);
      }
    });
  } catch (error) {
    return { items: [], problems: [`it could not be read (${String(error)})`] };
  }
  return { items, problems };
}

/**
 * A widget's custom content, owning its property end to end: the value the
 * host set (`steps`, `questions`), else a child
 * `<script type="application/json">` (for hosts without a framework, re-read
 * when it changes), else nothing, and the widget shows its defaults. Setting
 * the property back to `undefined` brings back the child or the defaults.
 * Bad content gives one warning per change and keeps what is valid.
 */
export class HostContent<T> implements ReactiveController {
  /** The host's valid items; empty when the widget should show its defaults. */
  items: T[] = [];

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #property: string;
  readonly #check: (input: unknown) => CheckedContent<T>;
  readonly #observer = new MutationObserver(() => this.#readJsonChild());
  #value: unknown;

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

  /** What the host set as the property. */
  get value(): unknown {
    return this.#value;
  }

  set value(value: unknown) {
    this.#value = value;
    if (value === undefined) this.#readJsonChild();
    else this.#use(value);
  }

  hostConnected(): void {
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#readJsonChild();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** Validates and adopts `content`, warning once if any of it was bad. */
  #use(content: unknown): void {
    const { items, problems } = this.#check(content);
    if (problems.length > 0) {
      const used = items.length > 0 ? `the valid ${this.#property}` : `the default ${this.#property}`;
      warnInput(this.#host.localName, this.#property, content, problems, used);
    }
    this.items = items;
    this.#host.requestUpdate();
  }

  /** The JSON child counts only while the property is unset: the property wins. */
  #readJsonChild(): void {
    if (this.#value !== undefined) return;
    const scripts = this.#host.querySelectorAll('script[type="application/json"]');
    if (scripts.length > 1) {
      warnInput(this.#host.localName, 'JSON child', scripts.length, 'only one is read', 'the first');
    }
    if (scripts.length > 0) this.#use(scripts[0].textContent ?? '');
    else {
      this.items = [];
      this.#host.requestUpdate();
    }
  }
}
