/**
 * `persist` for the checklist: the ticked step ids. Its own module, loaded
 * only by checklists with `persist`.
 */
import type { PersistHooks } from '../core/persistence.js';
import { openStore, type StoreSchema } from '../core/store.js';

/** The answer to the red-flag check: none of the signs, one of the emergency list (`yes`), or one of the urgent list. */
export type RedFlagAnswer = 'none' | 'yes' | 'urgent';

/** What `persist` stores. Ticks are kept by step id, so they survive a change of the steps. */
export interface StoredTicks {
  version: 1;
  ticked: string[];
  /** Added with the red-flag check; older saves have none. */
  redFlags?: RedFlagAnswer;
}

const RED_FLAG_ANSWERS: readonly unknown[] = ['none', 'yes', 'urgent'];

export const ticksSchema: StoreSchema<StoredTicks> = {
  kind: 'checklist',
  parse(stored) {
    const { version, ticked, redFlags } = (stored ?? {}) as Partial<StoredTicks>;
    const valid = version === 1 && Array.isArray(ticked) && ticked.every((id) => typeof id === 'string');
    if (!valid) return { problems: ['not a saved checklist'], used: 'no ticks' };
    const value: StoredTicks = { version: 1, ticked: [...new Set(ticked)] };
    if (RED_FLAG_ANSWERS.includes(redFlags)) value.redFlags = redFlags;
    // A bad answer is dropped alone: the ticks stay, and the check is asked again.
    return redFlags === undefined || value.redFlags
      ? { value }
      : {
          value,
          problems: ['redFlags is not "none", "yes" or "urgent"'],
          used: 'the ticks, and the check asked again',
        };
  },
  // Ticks made before `persist` was set are kept too; the newer answer wins.
  merge: (ours, theirs) => ({
    version: 1,
    ticked: [...new Set([...theirs.ticked, ...ours.ticked])],
    ...((ours.redFlags ?? theirs.redFlags) && { redFlags: ours.redFlags ?? theirs.redFlags }),
  }),
};

export const openTicksStore = (element: string, key: string, hooks: PersistHooks<StoredTicks>) =>
  openStore(ticksSchema, element, key, hooks);
