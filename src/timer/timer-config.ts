/**
 * Validation of what a host can hand the timer through attributes and
 * properties. Pure: each function returns the value to use and, when the
 * input was bad, why, so the element can warn once and keep working, and
 * its methods can use valid values whatever was set a moment before.
 */
import { TIMER_MODES, type TimerMode } from './timer-machine.js';

export interface ValueReport<T> {
  value: T;
  /** Set when the input was rejected or changed, e.g. "over 20". */
  problem?: string;
}

export const DEFAULT_MODE: TimerMode = 'cold';
/** Facts (section 2): 15 minutes is the recommended session, 5 to 20 allowed, never more than 20. */
export const SESSION_MINUTES = { fallback: 15, min: 5, max: 20 } as const;
/** Facts: at least two hours of skin rest between sessions. */
export const REST_MINUTES = { fallback: 120, min: 120, max: 24 * 60 } as const;

/** How many of today's next sessions go into the calendar file (issue 11): 3 unless the site says; 0 hides the button. */
export const CALENDAR_SESSIONS = { fallback: 3, min: 0, max: 12 } as const;

export function checkMode(value: unknown): ValueReport<TimerMode> {
  return TIMER_MODES.includes(value as TimerMode)
    ? { value: value as TimerMode }
    : { value: DEFAULT_MODE, problem: `not one of ${TIMER_MODES.join(', ')}` };
}

/** Plain decimal text, as a person writes minutes: not "0x10", "1e3" or "Infinity". */
const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

/**
 * A whole number of minutes (or, for the calendar, of sessions) within `limits`. No value (a removed or empty
 * attribute, `undefined`, `null`) means the default, silently.
 */
export function checkMinutes(
  value: unknown,
  { fallback, min, max }: { fallback: number; min: number; max: number }
): ValueReport<number> {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { value: fallback };
  }
  const number = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || Number.isNaN(number)) return { value: fallback, problem: 'not a number' };
  const used = Math.round(Math.min(max, Math.max(min, number)));
  return {
    value: used,
    problem:
      number > max ? `over ${max}` : number < min ? `under ${min}` : used === number ? undefined : 'not a whole number',
  };
}
