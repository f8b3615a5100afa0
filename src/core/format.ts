/**
 * Numbers, durations, clock times and plurals, always from `Intl` in the
 * widget's locale: a hand-made "1 minutes" or "14:30" is wrong somewhere.
 */

interface DurationParts {
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/** Intl.DurationFormat is newer than TypeScript's lib. */
type DurationFormatConstructor = new (
  locale: string,
  options: Record<string, string>
) => { format(duration: DurationParts): string };
const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

/**
 * Every supported browser has Intl.DurationFormat (see the README). An older
 * one gets bare numbers ("14:59") rather than an exception.
 */
function formatParts(locale: string, options: Record<string, string>, parts: DurationParts): string {
  return DurationFormat ? new DurationFormat(locale, options).format(parts) : Object.values(parts).join(':');
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

function split(ms: number): Required<DurationParts> {
  return {
    hours: Math.floor(ms / HOUR),
    minutes: Math.floor((ms % HOUR) / MINUTE),
    seconds: Math.floor((ms % MINUTE) / SECOND),
  };
}

/** "14:59", "07:00" for a countdown (of at most an hour); partial seconds round up, as a countdown should. */
export function formatCountdown(ms: number, locale: string): string {
  const { minutes, seconds } = split(Math.ceil(Math.max(0, ms) / SECOND) * SECOND);
  return formatParts(locale, { style: 'digital', hoursDisplay: 'auto' }, { minutes, seconds });
}

/**
 * A duration in words for screen readers and sentences: "14 minutes, 59 seconds",
 * or to the minute, rounded up: "1 hour, 45 minutes".
 */
export function formatDuration(ms: number, locale: string, unit: 'second' | 'minute'): string {
  const step = unit === 'second' ? SECOND : MINUTE;
  const { hours, minutes, seconds } = split(Math.ceil(Math.max(0, ms) / step) * step);
  // Zero parts are left out, but something is always said: "0 seconds".
  const shown: DurationParts = {
    ...(hours && { hours }),
    ...((minutes || (unit === 'minute' && !hours)) && { minutes }),
    ...(unit === 'second' && (seconds || !(hours || minutes)) && { seconds }),
  };
  return formatParts(locale, { style: 'long' }, shown);
}

/**
 * A clock time: "14:30", "2:30 PM". No date: the sentence around it also
 * says how long until then, which settles the day.
 */
export function formatTimeOfDay(timestamp: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(timestamp);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/**
 * Picks the message for `count`'s plural category in `locale`. Every
 * category has its own message, so translators can write all the forms
 * their language needs (Arabic has six); `other` is the required fallback.
 */
export function plural<T>(
  count: number,
  locale: string,
  forms: Partial<Record<Intl.LDMLPluralRule, T>> & { other: T }
): T {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}
