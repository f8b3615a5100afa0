/**
 * `persist` for the timer: its stored format, how to read it back (any
 * version), and how two tabs' copies merge. Its own module, loaded only by
 * timers with `persist`, so pages that store nothing never download it.
 *
 * Stored values are checked for range as well as type: a time in the future
 * (a device clock that was ahead, or a tampered value) is taken as now, so
 * a rest can never reach into next year, and a session can never be longer
 * than 20 minutes. A running session that ends further off than its length
 * was saved by a clock set back since, by an amount no page can know: it is
 * taken as run whole and ended now, and the skin rests.
 * History is merged, never replaced: nothing a user finished is lost to
 * another tab's save.
 */
import type { PersistHooks } from '../core/persistence.js';
import { checkEpisodeStart } from './start-day.js';
import { openStore, type StoreSchema } from '../core/store.js';
import {
  MAX_SESSION_MS,
  mergeHistory,
  pruneHistory,
  TIMER_MODES,
  type PastSession,
  type TimerMode,
  type TimerState,
} from './timer-machine.js';

/** What `persist` keeps in storage. */
export interface StoredTimer {
  version: 2;
  state: TimerState;
  /** When the user last changed the state (start, pause, resume, reset): the latest change wins across tabs. */
  changedAt: number;
  history: PastSession[];
  /** The start day, as the user answered (ISO date), if they did; named `episode` in every saved timer. */
  episode?: string;
}

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const isMode = (value: unknown): value is TimerMode => TIMER_MODES.includes(value as TimerMode);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isLength = (value: unknown): value is number => isTime(value) && value > 0 && value <= MAX_SESSION_MS;

/**
 * The state as stored by either version (version 1 had no `startedAt`), or undefined when it is not usable;
 * what was changed to use it goes into `problems`.
 */
function readState(value: unknown, now: number, problems: string[]): TimerState | undefined {
  if (!isObject(value)) return undefined;
  if (value.status === 'idle') return { status: 'idle' };
  const { mode, durationMs } = value;
  if (!isMode(mode) || !isLength(durationMs)) return undefined;
  switch (value.status) {
    case 'running': {
      const { endsAt } = value;
      if (!isTime(endsAt)) return undefined;
      // Ending further off than a whole session: the clock was set back since it was saved, or tampering.
      // However long it has really run, never longer than whole: it ends now, and the skin rests.
      if (endsAt > now + durationMs) {
        problems.push('a session from the future was taken as run whole, ended now');
        return { status: 'running', mode, durationMs, startedAt: now - durationMs, endsAt: now };
      }
      const startedAt = isTime(value.startedAt) ? Math.min(value.startedAt, now) : endsAt - durationMs;
      return { status: 'running', mode, durationMs, startedAt, endsAt };
    }
    case 'paused': {
      const { remainingMs } = value;
      if (!isTime(remainingMs) || remainingMs > durationMs) return undefined;
      const startedAt = isTime(value.startedAt) ? Math.min(value.startedAt, now) : now;
      return { status: 'paused', mode, durationMs, startedAt, remainingMs };
    }
    case 'done': {
      if (!isTime(value.endedAt)) return undefined;
      const endedAt = Math.min(value.endedAt, now);
      const startedAt = isTime(value.startedAt) ? Math.min(value.startedAt, endedAt) : endedAt - durationMs;
      return { status: 'done', mode, durationMs, startedAt, endedAt };
    }
    default:
      return undefined;
  }
}

/** A past session as stored by either version; version 1 kept no length, so a whole 20 minutes is assumed. */
function readPastSession(value: unknown, now: number): PastSession | undefined {
  if (!isObject(value) || !isMode(value.mode) || !isTime(value.endedAt)) return undefined;
  const ranMs = value.ranMs === undefined ? MAX_SESSION_MS : value.ranMs;
  if (!isLength(ranMs)) return undefined;
  const endedAt = Math.min(value.endedAt, now);
  const startedAt = isTime(value.startedAt) ? Math.min(value.startedAt, endedAt) : endedAt - ranMs;
  return { mode: value.mode, startedAt, endedAt, ranMs };
}

/** Times later than now anywhere in a stored timer: the device clock was ahead when it was saved. */
function hasFutureTimes(value: Raw, now: number): boolean {
  const times = (item: unknown) =>
    isObject(item) ? [item.startedAt, item.endedAt, item.changedAt].filter((time) => isTime(time) && time > now) : [];
  const history = Array.isArray(value.history) ? value.history : [];
  return [value, value.state, ...history].some((item) => times(item).length > 0);
}

export const timerSchema: StoreSchema<StoredTimer> = {
  kind: 'timer',
  shared: true,

  parse(stored, now) {
    if (!isObject(stored) || (stored.version !== 1 && stored.version !== 2) || !Array.isArray(stored.history)) {
      return { problems: ['not a valid saved timer'], used: 'a fresh timer' };
    }
    const problems: string[] = [];
    if (hasFutureTimes(stored, now)) problems.push('times in the future were taken as now');
    const state = readState(stored.state, now, problems);
    if (!state) problems.push('not a valid saved session');
    const history = stored.history.flatMap((entry) => readPastSession(entry, now) ?? []);
    if (history.length < stored.history.length) problems.push('malformed history entries dropped');
    const changedAt = isTime(stored.changedAt) ? Math.min(stored.changedAt, now) : 0;
    // A start day that isn't one, or lies in the future: as if the user had not answered.
    const startDay = checkEpisodeStart(stored.episode, now);
    if (startDay.problem) problems.push(`the start day was ${startDay.problem}`);
    return {
      value: {
        version: 2,
        state: state ?? { status: 'idle' },
        changedAt,
        history: pruneHistory(history, now),
        ...(startDay.value && { episode: startDay.value }),
      },
      problems,
      used: state ? 'the rest' : 'a fresh timer with the saved history',
    };
  },

  merge(ours, theirs) {
    const latest = theirs.changedAt > ours.changedAt ? theirs : ours;
    // The start day is a fact, not a change: whichever tab knows it.
    const startDay = latest.episode ?? ours.episode ?? theirs.episode;
    return {
      version: 2,
      state: latest.state,
      changedAt: latest.changedAt,
      history: mergeHistory(ours.history, theirs.history),
      ...(startDay && { episode: startDay }),
    };
  },
};

export const openTimerStore = (element: string, key: string, hooks: PersistHooks<StoredTimer>) =>
  openStore(timerSchema, element, key, hooks);
