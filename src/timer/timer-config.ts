/**
 * Validation of what a host can hand the timer through attributes and
 * properties. Pure but for the warning: each check returns the value to use
 * and, when the input was bad, why, so the element can warn once and keep
 * working, and its methods can use valid values whatever was set a moment
 * before.
 */
import { warnInput } from '../core/warn.js';
import { MINUTE_MS, TIMER_MODES, type TimerMode, type TimerSettings } from './timer-machine.js';

export interface ValueReport<T> {
  value: T;
  /** Set when the input was rejected or changed, e.g. "over 20". */
  problem?: string;
}

export const DEFAULT_MODE: TimerMode = 'cold';
/** docs/medical-content.md §2.4: 15 minutes is the recommended session, 5 to 20 allowed, never more than 20. */
export const SESSION_MINUTES = { fallback: 15, min: 5, max: 20 } as const;
/** docs/medical-content.md §2.4: at least two hours of skin rest between sessions. */
export const REST_MINUTES = { fallback: 120, min: 120, max: 24 * 60 } as const;

/** How many of today's next sessions go into the calendar file (issue 11): 3 unless the site says; 0 hides the button. */
export const CALENDAR_SESSIONS = { fallback: 3, min: 0, max: 12 } as const;

export function checkMode(value: unknown): ValueReport<TimerMode> {
  return TIMER_MODES.includes(value as TimerMode)
    ? { value: value as TimerMode }
    : { value: DEFAULT_MODE, problem: `not one of ${TIMER_MODES.join(', ')}` };
}

/** Plain decimal text, as a person writes a number: not "0x10", "1e3" or "Infinity". */
const DECIMAL = /^\s*\d+(\.\d+)?\s*$/;

/**
 * A whole number within `limits`: minutes of a session or a rest, or how many
 * sessions the calendar file holds. No value (a removed or empty attribute,
 * `undefined`, `null`) means the default, silently.
 */
export function checkWholeNumber(
  value: unknown,
  { fallback, min, max }: { fallback: number; min: number; max: number }
): ValueReport<number> {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    return { value: fallback };
  }
  const number = typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || Number.isNaN(number)) return { value: fallback, problem: 'not a number' };
  const used = Math.round(Math.min(max, Math.max(min, number)));
  if (number > max) return { value: used, problem: `over ${max}` };
  if (number < min) return { value: used, problem: `under ${min}` };
  return used === number ? { value: used } : { value: used, problem: 'not a whole number' };
}

/** The settings a host can give the timer, as it gave them. */
export interface TimerInputs {
  mode: unknown;
  minutes: unknown;
  restMinutes: unknown;
  calendarSessions: unknown;
  episodeStart?: unknown;
}

/** The host's settings, validated now: methods never act on a value set a moment ago and not yet checked. */
export function timerSettings({ mode, minutes, restMinutes }: TimerInputs): TimerSettings {
  return {
    mode: checkMode(mode).value,
    sessionMs: checkWholeNumber(minutes, SESSION_MINUTES).value * MINUTE_MS,
    restMs: checkWholeNumber(restMinutes, REST_MINUTES).value * MINUTE_MS,
  };
}

/**
 * Warns once about each bad setting among those `changed` and puts the value
 * used in its place. `checkStartDay` checks `episode-start`: its module loads
 * only when a start day is set (the element waits for it before rendering).
 */
export function checkInputs(
  element: TimerInputs & { localName: string },
  changed: ReadonlyMap<PropertyKey, unknown>,
  checkStartDay: (value: unknown) => ValueReport<unknown>
): void {
  const checks = [
    ['mode', 'mode', checkMode],
    ['minutes', 'minutes', (value: unknown) => checkWholeNumber(value, SESSION_MINUTES)],
    ['restMinutes', 'rest-minutes', (value: unknown) => checkWholeNumber(value, REST_MINUTES)],
    ['calendarSessions', 'calendar-sessions', (value: unknown) => checkWholeNumber(value, CALENDAR_SESSIONS)],
    ['episodeStart', 'episode-start', checkStartDay],
  ] as const;
  for (const [property, attribute, check] of checks) {
    if (!changed.has(property)) continue;
    const requested = element[property];
    const { value, problem } = check(requested);
    if (problem) warnInput(element.localName, attribute, requested, problem, String(value));
    if (value !== requested) element[property] = value;
  }
}
