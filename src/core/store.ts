/**
 * The store behind `persist`, shared by every widget's storage module (and
 * so loaded only with them): read, parse and validate through the widget's
 * schema, warn once about what cannot be used, adopt the rest, save.
 */
import type { OpenStore, PersistHooks } from './persistence.js';
import { localStore } from './storage.js';
import { warnInput } from './warn.js';

/** A widget's stored format and how to read it back. */
export interface StoreSchema<T> {
  /**
   * A stored value, of any version the widget ever wrote, as today's format;
   * or why (some of) it cannot be used, and what the widget uses instead.
   */
  parse(stored: unknown, now: number): { value?: T; problems?: string[]; used?: string };
  /** What the widget holds (`ours`) and what storage holds (`theirs`), together. */
  merge(ours: T, theirs: T): T;
  /**
   * Storage is shared with other tabs, and other widgets on the page, under
   * the same key: each save merges with what is stored instead of replacing
   * it, and their saves are followed (the `storage` event).
   */
  shared?: boolean;
}

/** Refreshers of the open shared stores of this page, by key. */
const sharedStores = new Map<string, Set<() => void>>();

export function openStore<T>(schema: StoreSchema<T>, element: string, key: string, hooks: PersistHooks<T>): OpenStore {
  const storage = localStore(key, (operation, error) =>
    warnInput(element, 'storage-key', key, `localStorage ${operation} failed (${String(error)})`, 'no storage')
  );
  /** The stored value; on opening, warns about what was wrong with it and writes back what was kept. */
  const read = (opening = false): T | undefined => {
    const stored = storage.read();
    if (stored === undefined) return undefined;
    const { value, problems, used } = schema.parse(stored, hooks.now());
    if (opening && problems?.length) {
      warnInput(element, `stored "${key}"`, stored, problems, used ?? 'the rest');
      // Else the same bad value is read, and mended differently, on every later read.
      if (value !== undefined) storage.write(value);
    }
    return value;
  };
  const adoptStored = (opening = false) => {
    const theirs = read(opening);
    if (theirs !== undefined) hooks.adopt(schema.merge(hooks.snapshot(), theirs));
  };
  const refresh = () => adoptStored();
  const onStorage = (event: StorageEvent) => {
    if (event.key === key || event.key === null) refresh();
  };

  adoptStored(true);
  const peers = sharedStores.get(key) ?? new Set();
  if (schema.shared) {
    sharedStores.set(key, peers.add(refresh));
    addEventListener('storage', onStorage);
  }
  return {
    save() {
      let value = hooks.snapshot();
      const theirs = schema.shared ? read() : undefined;
      if (theirs !== undefined) {
        value = schema.merge(value, theirs);
        hooks.adopt(value);
      }
      storage.write(value);
      if (schema.shared) for (const peer of peers) if (peer !== refresh) peer();
    },
    refresh,
    close() {
      peers.delete(refresh);
      removeEventListener('storage', onStorage);
    },
  };
}
