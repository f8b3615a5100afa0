/**
 * When the spasm started, and so which therapy fits today: cold in the first
 * day or two, to limit swelling; heat after that, to relax tense muscles
 * (docs/medical-content.md, §2.4). Pure: days are local calendar days,
 * so "yesterday" answered late at night is still right after midnight.
 */
import type { ValueReport } from './timer-config.js';
import type { TimerMode } from './timer-machine.js';

/** The answers to "When did the spasm start?". */
export const START_DAY_ANSWERS = ['today', 'yesterday', 'earlier'] as const;
export type StartDayAnswer = (typeof START_DAY_ANSWERS)[number];

/** Cold is for the first day or two: days 0 and 1. */
const COLD_DAYS = 2;

/** A local calendar day as written in ISO 8601, e.g. "2026-11-23". */
export function localDay(time: number): string {
  const date = new Date(time);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Local midnight of an ISO day. */
const midnight = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date).getTime();
};

/** Whole days from `day` to today: 0 today, 1 yesterday. */
export function daysSince(day: string, now: number): number {
  // Rounded: a day with a daylight-saving change is 23 or 25 hours long.
  return Math.round((midnight(localDay(now)) - midnight(day)) / 86_400_000);
}

/** The day the spasm started, from an answer given at `now`; "2 or more days ago" counts as 2. */
export function startDayFor(answer: StartDayAnswer, now: number): string {
  const date = new Date(now);
  date.setDate(date.getDate() - START_DAY_ANSWERS.indexOf(answer));
  return localDay(date.getTime());
}

/** The answer that `day` is, seen from `now`. */
export function answerFor(day: string, now: number): StartDayAnswer {
  return START_DAY_ANSWERS[Math.min(daysSince(day, now), COLD_DAYS)];
}

export function recommendedMode(day: string, now: number): TimerMode {
  return daysSince(day, now) < COLD_DAYS ? 'cold' : 'heat';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `episode-start` attribute: an ISO date ("2026-11-21") or date and time.
 * None means none, silently; a date that can't be read or is in the future is
 * refused, and the user's own answer (if any) is used.
 */
export function checkEpisodeStart(value: unknown, now: number): ValueReport<string | undefined> {
  if (value === undefined || value === null || value === '') return { value: undefined };
  const text = String(value).trim();
  const dateOnly = ISO_DAY.test(text);
  let time = NaN;
  if (dateOnly) time = midnight(text);
  else if (/^\d{4}-\d{2}-\d{2}T/.test(text)) time = Date.parse(text);
  // "2026-02-30" would roll over into March: only days that exist.
  if (!Number.isFinite(time) || (dateOnly && localDay(time) !== text))
    return { value: undefined, problem: 'not an ISO date such as 2026-11-21' };
  if (daysSince(localDay(time), now) < 0) return { value: undefined, problem: 'in the future' };
  return { value: localDay(time) };
}
