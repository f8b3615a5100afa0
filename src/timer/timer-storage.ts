/**
 * `persist` for the timer: reading, validating and writing its saved state.
 * Its own module, loaded only by timers with `persist`, so pages that store
 * nothing (the default) do not download it.
 */
import { localStoreFor } from '../core/storage.js';
import { warnInput } from '../core/warn.js';
import { SESSION_MINUTES, type Checked } from './timer-config.js';
import { MINUTE_MS, TIMER_MODES, type CompletedSession, type TimerMode, type TimerState } from './timer-machine.js';

/** What `persist` keeps in storage. `version` lets a later format migrate. */
export interface StoredTimer {
  version: 1;
  state: TimerState;
  history: CompletedSession[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isMode = (value: unknown): value is TimerMode => TIMER_MODES.includes(value as TimerMode);
const MAX_SESSION_MS = SESSION_MINUTES.max * MINUTE_MS;

function isState(value: unknown): value is TimerState {
  if (!isObject(value)) return false;
  if (value.status === 'idle') return true;
  if (!isMode(value.mode) || !isTime(value.durationMs) || value.durationMs > MAX_SESSION_MS) return false;
  switch (value.status) {
    case 'running':
      return isTime(value.endsAt);
    case 'paused':
      return isTime(value.remainingMs) && value.remainingMs <= value.durationMs;
    case 'done':
      return isTime(value.endedAt);
    default:
      return false;
  }
}

function isSession(value: unknown): value is CompletedSession {
  return isObject(value) && isMode(value.mode) && isTime(value.endedAt);
}

/**
 * A stored timer, or a reason it cannot be used. A running session may not
 * end later than a full session from now: that would be a clock from the
 * future or a tampered value, and could run past the safe limit.
 */
export function checkStoredTimer(value: unknown, now: number): Checked<StoredTimer | undefined> {
  if (value === undefined) return { value: undefined };
  const usable =
    isObject(value) &&
    value.version === 1 &&
    isState(value.state) &&
    !(value.state.status === 'running' && value.state.endsAt > now + value.state.durationMs) &&
    Array.isArray(value.history);
  if (!usable) return { value: undefined, problem: 'not a valid saved timer' };
  const history = (value.history as unknown[]).filter(isSession);
  return {
    value: { version: 1, state: value.state as TimerState, history },
    ...(history.length < (value.history as unknown[]).length && { problem: 'malformed history entries dropped' }),
  };
}

export interface TimerStore {
  /** The valid saved timer found when the store was opened, if any. */
  saved?: StoredTimer;
  save(timer: StoredTimer): void;
}

/** Opens the saved timer under `key`. Bad data or a storage that throws: one warning each, never an exception. */
export function openTimerStore(element: string, key: string, now: number): TimerStore {
  const store = localStoreFor(element, key);
  const stored = store.read();
  const checked = checkStoredTimer(stored, now);
  if (checked.problem)
    warnInput(element, `stored "${key}"`, stored, checked.problem, checked.value ? 'the rest' : 'a fresh timer');
  return { saved: checked.value, save: (timer) => store.write(timer) };
}
