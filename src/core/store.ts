/**
 * The store behind `persist`, shared by every widget's storage module (and
 * so loaded only with them): read, parse and validate through the widget's
 * schema, warn once about what cannot be used, adopt the rest, save.
 */
import { html } from 'lit';
import { msg } from './localization.js';
import type { OpenStore, PersistHooks } from './persistence.js';
import { localStore } from './storage.js';
import { thrownText, warnInput } from './warn.js';

/** A widget's stored format and how to read it back. */
export interface StoreSchema<T extends object> {
  /**
   * The kind of widget that saves it, written into every save: a widget that
   * finds another kind's save under its `storage-key` keeps its own beside it.
   */
  kind: string;
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

/** The kind of widget that saved `stored`, if it says. */
const savedBy = (stored: unknown): unknown => (stored as { widget?: unknown } | null)?.widget;

/**
 * One key, one owner: under `key` the store keeps its own kind's saves only.
 * Another kind's save found there (two widgets given one `storage-key`) is
 * left as it is, and the store moves to a key of its own beside it,
 * `key:kind`, on this and every later visit. Anything else it cannot read
 * there (another script's writes) is warned about once and overwritten; from
 * then on a copy also goes to this tab's sessionStorage, which stands in for
 * what localStorage holds whenever that is unusable, so what the widget held is
 * never lost to such writes, and another tab's newer save is still seen.
 */
export function openStore<T extends object>(
  schema: StoreSchema<T>,
  element: string,
  key: string,
  hooks: PersistHooks<T>
): OpenStore {
  const storeOf = (name: string) =>
    localStore(name, (operation, error, keptInTab) =>
      warnInput(
        element,
        'storage-key',
        name,
        `localStorage ${operation} failed (${thrownText(error)})`,
        keptInTab ? "this tab's sessionStorage, kept until the tab closes" : 'no storage'
      )
    );
  const ownKey = `${key}:${schema.kind}`;
  let storage = storeOf(key);
  let inUse = key;
  /** Another script wrote over the key: warned once, and every save keeps a copy in the tab. */
  let overwritten = false;
  /** What unusable value opening found and warned about: the same one read again is not a new write. */
  let foundOnOpening: string | undefined;

  const moveAside = (theirs: unknown) => {
    const kind = String(savedBy(theirs)).slice(0, 40);
    warnInput(element, 'storage-key', key, `holds a ${kind}'s saved progress, left as it is`, `"${ownKey}" beside it`);
    storage = storeOf((inUse = ownKey));
  };
  /** localStorage refused a save: the widget says so, in one line. */
  let refused = false;
  const write = (value: T) => {
    foundOnOpening = undefined;
    if (storage.write({ ...value, widget: schema.kind }, overwritten) || refused) return;
    refused = true;
    hooks.cannotSave?.();
  };
  /**
   * The stored value. On opening, warns about what was wrong with it and writes back what was kept;
   * later, a value it cannot read at all was written by another script: warned about once, and replaced.
   */
  const read = (opening = false): T | undefined => {
    let { saved: stored, tabCopy } = storage.read();
    if (inUse === key && savedBy(stored) !== undefined && savedBy(stored) !== schema.kind) {
      moveAside(stored);
      ({ saved: stored, tabCopy } = storage.read());
    }
    // localStorage comes first, for another tab's newer save; the tab's copy stands in for what it lost.
    const kept = tabCopy === undefined ? undefined : schema.parse(tabCopy, hooks.now()).value;
    if (stored === undefined) return kept;
    const { value, problems, used } = schema.parse(stored, hooks.now());
    if (value === undefined && kept !== undefined) {
      // Another script wrote over the save: this tab was told when it began keeping the copy.
      overwritten = true;
      return kept;
    }
    if (opening && problems?.length) {
      warnInput(element, `stored "${inUse}"`, stored, problems, used ?? 'the rest');
      // Else the same bad value is read, and mended differently, on every later read.
      if (value !== undefined) write(value);
      else foundOnOpening = JSON.stringify(stored);
    } else if (value === undefined && problems?.length && JSON.stringify(stored) !== foundOnOpening) {
      if (!overwritten)
        warnInput(
          element,
          `stored "${inUse}"`,
          stored,
          ['changed by another script', ...problems],
          "what the widget holds, with a copy in this tab's sessionStorage"
        );
      overwritten = true;
      write(hooks.snapshot());
    }
    return value;
  };
  const adoptStored = (opening = false) => {
    const theirs = read(opening);
    if (theirs !== undefined) hooks.adopt(schema.merge(hooks.snapshot(), theirs));
  };
  const refresh = () => adoptStored();
  const onStorage = (event: StorageEvent) => {
    if (event.key === inUse || event.key === null) refresh();
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
      // Read first, shared or not: another kind of widget may have saved under the key since.
      const theirs = read();
      if (schema.shared && theirs !== undefined) {
        value = schema.merge(value, theirs);
        hooks.adopt(value);
      }
      write(value);
      if (schema.shared) for (const peer of peers) if (peer !== refresh) peer();
    },
    refresh,
    // The console's warning reaches only the site's developer. The tab still keeps the progress where it can.
    note: () =>
      refused
        ? html`<p class="note" part="storage-note">
            ${msg("Your progress can't be saved on this device.", {
              id: 'common.cannotSave',
              desc: 'One quiet line in any widget when the browser refuses to store the progress (storage full or blocked). The widget keeps working; a reload of the same tab may still keep it.',
            })}
          </p>`
        : undefined,
    close() {
      peers.delete(refresh);
      removeEventListener('storage', onStorage);
    },
  };
}
