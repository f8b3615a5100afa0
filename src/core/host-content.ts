import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isJsonType, looksLikeContent } from './json-type.js';
import { thrownText, warnInput } from './warn.js';

import type { ContentReport } from './content-check.js';
import type { Lazy } from './lazy.js';

/** A widget's checker of host content (see content-check.ts). */
export type ContentChecker<T> = (input: unknown) => ContentReport<T>;

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
  readonly #checker: Lazy<ContentChecker<T>>;
  /** Made on connection: nothing in a constructor touches the page (a server has none). */
  #observer?: MutationObserver;
  #value: unknown;
  /** The content being checked while the checker loads; the widget's update waits for it. */
  #pending?: Promise<void>;

  constructor(host: ReactiveControllerHost & HTMLElement, property: string, checker: Lazy<ContentChecker<T>>) {
    this.#host = host;
    this.#property = property;
    this.#checker = checker;
    host.addController(this);
  }

  /** Resolves once the latest content is checked, so the defaults never show first. */
  get ready(): Promise<void> {
    return this.#pending ?? Promise.resolve();
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
    this.#observer ??= new MutationObserver(() => this.#readJsonChild());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#readJsonChild();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Validates and adopts `content`, warning once if any of it was bad; the first time, once the checker has loaded. */
  #use(content: unknown): void {
    const check = this.#checker.value;
    if (check) return this.#adopt(content, check(content));
    const pending: Promise<void> = this.#checker.load().then(
      (loaded) => {
        if (this.#pending === pending) this.#adopt(content, loaded(content));
      },
      (error: unknown) => {
        if (this.#pending === pending)
          this.#adopt(content, { items: [], problems: [`its check could not load (${thrownText(error)})`] });
      }
    );
    this.#pending = pending;
    this.#host.requestUpdate();
  }

  #adopt(content: unknown, { items, problems }: ContentReport<T>): void {
    this.#pending = undefined;
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
    const children = [...this.#host.querySelectorAll('script')];
    const scripts = children.filter((script) => isJsonType(script.type));
    for (const script of children) {
      if (looksLikeContent(script.type, script.text)) {
        const used = scripts.length ? 'the application/json child' : `the default ${this.#property}`;
        warnInput(this.#host.localName, 'JSON child type', script.type, 'not application/json, so not read', used);
      }
    }
    if (scripts.length > 1) {
      warnInput(this.#host.localName, 'JSON child', scripts.length, 'only one is read', 'the first');
    }
    if (scripts.length > 0) this.#use(scripts[0].textContent ?? '');
    else {
      this.#pending = undefined;
      this.items = [];
      this.#host.requestUpdate();
    }
  }
}
