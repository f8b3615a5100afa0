/**
 * `persist` for the checklist: the ticked step ids. Its own module, loaded
 * only by checklists with `persist`.
 */
import type { PersistHooks } from '../core/persistence.js';
import { openStore, type StoreSchema } from '../core/store.js';

/** What `persist` stores. Ticks are kept by step id, so they survive a change of the steps. */
export interface StoredTicks {
  version: 1;
  ticked: string[];
}

export const ticksSchema: StoreSchema<StoredTicks> = {
  parse(stored) {
    const ticked = (stored as Partial<StoredTicks> | null)?.ticked;
    const valid =
      (stored as Partial<StoredTicks> | null)?.version === 1 &&
      Array.isArray(ticked) &&
      ticked.every((id) => typeof id === 'string');
    return valid
      ? { value: { version: 1, ticked: [...new Set(ticked)] } }
      : { problems: ['not a saved checklist'], used: 'no ticks' };
  },
  // Ticks made before `persist` was set are kept too.
  merge: (ours, theirs) => ({ version: 1, ticked: [...new Set([...theirs.ticked, ...ours.ticked])] }),
};

export const openTicksStore = (element: string, key: string, hooks: PersistHooks<StoredTicks>) =>
  openStore(ticksSchema, element, key, hooks);
