/**
 * Validation of everything a host or stored state can hand the timer. Pure:
 * each function returns the value to use and, when the input was bad, why,
 * so the element can warn once and keep working.
 */
import { TIMER_MODES, type CompletedSession, type TimerMode, type TimerState } from './timer-machine.js';

export interface Checked<T> {
  value: T;
  /** Set when the input was rejected or changed, e.g. "above the maximum of 20". */
  problem?: string;
}

export const DEFAULT_MODE: TimerMode = 'cold';
/** Facts: 15 minutes is the recommended session, never more than 20. */
export const SESSION_MINUTES = { fallback: 15, min: 1, max: 20 } as const;
/** Facts: at least two hours of skin rest between sessions. */
export const REST_MINUTES = { fallback: 120, min: 120, max: 24 * 60 } as const;

export function checkMode(value: unknown): Checked<TimerMode> {
  return TIMER_MODES.includes(value as TimerMode)
    ? { value: value as TimerMode }
    : { value: DEFAULT_MODE, problem: `not one of ${TIMER_MODES.join(', ')}` };
}

export function checkMinutes(
  value: unknown,
  limits: { fallback: number; min: number; max: number }
): Checked<number> {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    return { value: limits.fallback, problem: 'not a number' };
  }
  if (number > limits.max) return { value: limits.max, problem: `above the maximum of ${limits.max}` };
  if (number < limits.min) return { value: limits.min, problem: `below the minimum of ${limits.min}` };
  return { value: number };
}

/** What `persist` keeps in storage. `version` lets a later format migrate. */
export interface StoredTimer {
  version: 1;
  state: TimerState;
  history: CompletedSession[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isMode = (value: unknown): value is TimerMode => TIMER_MODES.includes(value as TimerMode);
const MAX_SESSION_MS = SESSION_MINUTES.max * 60_000;

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
  if (!isObject(value) || value.version !== 1) return { value: undefined, problem: 'not a saved timer' };
  if (!isState(value.state)) return { value: undefined, problem: 'its session is malformed' };
  if (value.state.status === 'running' && value.state.endsAt > now + value.state.durationMs) {
    return { value: undefined, problem: 'its session ends in the future beyond its length' };
  }
  if (!Array.isArray(value.history)) return { value: undefined, problem: 'its history is not a list' };
  const history = value.history.filter(isSession);
  return {
    value: { version: 1, state: value.state, history },
    ...(history.length < value.history.length && { problem: 'some history entries were malformed and dropped' }),
  };
}
