import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lazy } from './lazy.js';
import { thrownText, warnInput } from './warn.js';

/** What a widget tells its store: what to save, how to take what storage holds, and its clock. */
export interface PersistHooks<T> {
  /** The value to store now. */
  snapshot(): T;
  /** Takes what storage holds, already merged with the widget's own (see `StoreSchema.merge`). */
  adopt(value: T): void;
  /** The widget's clock, which stored times are checked against. */
  now(): number;
  /** localStorage refused a save (it is full, or blocked): the widget renders again, to say so (`OpenStore.note`). */
  cannotSave?(): void;
}

/** An open store; see `openStore` in store.ts. */
export interface OpenStore {
  save(): void;
  /** Re-reads storage and adopts what another tab or widget saved. */
  refresh(): void;
  /** Once localStorage refused a save, the line that says so; else nothing. */
  note(): TemplateResult | undefined;
  close(): void;
}

/** A widget's storage module's entry point: opens its store under `key`. */
export type OpenStoreFunction<T> = (element: string, key: string, hooks: PersistHooks<T>) => OpenStore;

export interface PersistentElement extends ReactiveControllerHost, HTMLElement {
  persist: boolean;
  storageKey: string;
}

/**
 * Opt-in persistence, the same for every widget. Nothing is stored unless
 * the host sets `persist`; then the widget's storage module, a chunk of its
 * own, loads (pages that store nothing never download it) and opens its
 * store under `storage-key`: versioned parse, validate, adopt or warn, save.
 * The widget's first render waits for it (`SpasmElement.scheduleUpdate`), so
 * no fresh state flashes; a server-rendered widget's doesn't (it shows the
 * server's HTML first), so a save asked for while the store opens is made
 * once it is open. A storage module that fails to load gives one warning,
 * and the widget works on without storage.
 */
export class Persistence<T> implements ReactiveController {
  readonly #host: PersistentElement;
  readonly #openStore: Lazy<OpenStoreFunction<T>>;
  readonly #hooks: PersistHooks<T>;
  /** The key of the store that is open or opening; undefined with `persist` off. */
  #key?: string;
  #store?: OpenStore;
  #opening: Promise<void> = Promise.resolve();
  #loading = false;
  /** A save asked for while the store opened: a server-rendered widget is used before its store is open. */
  #saveWhenOpen = false;

  constructor(host: PersistentElement, openStore: Lazy<OpenStoreFunction<T>>, hooks: PersistHooks<T>) {
    this.#host = host;
    this.#openStore = openStore;
    this.#hooks = hooks;
    host.addController(this);
  }

  /** Opens, switches or closes the store to match `persist` and `storage-key`; resolves once that is done. */
  matchSettings(): Promise<void> {
    // Only a widget in the page holds a store: it follows other tabs' saves, which a removed one must not.
    const key = this.#host.persist && this.#host.isConnected ? String(this.#host.storageKey) : undefined;
    if (key === this.#key) return this.#opening;
    this.#close();
    this.#key = key;
    if (key === undefined) return (this.#opening = Promise.resolve());
    this.#loading = true;
    const element = this.#host.localName;
    const current = () => this.#key === key;
    this.#opening = this.#openStore
      .load()
      .then((open) => {
        if (!current()) return;
        this.#store = open(element, key, { ...this.#hooks, cannotSave: () => this.#host.requestUpdate() });
        // Opening adopted what storage holds, merged with the widget's own: that is what is saved.
        if (this.#saveWhenOpen) this.#store.save();
      })
      .catch((error: unknown) => {
        if (current()) warnInput(element, 'persist', true, `storage did not open (${thrownText(error)})`, 'no storage');
      })
      .finally(() => {
        if (!current()) return;
        this.#loading = false;
        this.#saveWhenOpen = false;
      });
    return this.#opening;
  }

  /**
   * Runs `action` once storage has been read: at once when it has (or with
   * `persist` off), else when it opens. It starts opening itself: a method
   * called right after the widget was added comes before its first update.
   */
  whenOpen(action: () => void): void {
    void this.matchSettings();
    if (this.#loading) void this.#opening.then(action);
    else action();
  }

  save(): void {
    if (this.#loading) this.#saveWhenOpen = true;
    else this.#store?.save();
  }

  refresh(): void {
    this.#store?.refresh();
  }

  /** After a save localStorage refused, one calm line in the widget (see `OpenStore.note`). */
  note(): TemplateResult | undefined {
    return this.#store?.note();
  }

  hostUpdated(): void {
    // Set before the element was defined, `persist` and `storage-key` reach it only inside its first
    // update, after that update's storage was settled: the store they ask for opens now.
    void this.matchSettings();
  }

  hostConnected(): void {
    // Reopened on the next update: storage may have changed while the widget was out of the page.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // Out of the page, matchSettings() closes the store; it reopens once the widget is back (hostConnected).
    void this.matchSettings();
  }

  #close(): void {
    this.#store?.close();
    this.#store = undefined;
    this.#loading = false;
    this.#saveWhenOpen = false;
  }
}
