/**
 * Numbers, durations, clock times and plurals, always from `Intl` in the
 * widget's locale: a hand-made "1 minutes" or "14:30" is wrong somewhere.
 */

interface DurationParts {
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/** Intl.DurationFormat is newer than TypeScript's lib; older engines lack it. */
type DurationFormatConstructor = new (
  locale: string,
  options: Record<string, string>
) => { format(duration: DurationParts): string };
const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

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

/** "14:59", "07:00" for a countdown display; partial seconds round up, as a countdown should. */
export function formatCountdown(ms: number, locale: string): string {
  const { hours, minutes, seconds } = split(Math.ceil(Math.max(0, ms) / SECOND) * SECOND);
  if (DurationFormat) {
    return new DurationFormat(locale, { style: 'digital', hoursDisplay: 'auto' }).format({
      hours,
      minutes,
      seconds,
    });
  }
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
  const head = hours > 0 ? `${hours}:${twoDigits.format(minutes)}` : twoDigits.format(minutes);
  return `${head}:${twoDigits.format(seconds)}`;
}

/**
 * A duration in words for screen readers and sentences: "14 minutes, 59 seconds",
 * or to the minute, rounded up: "1 hr, 45 min".
 */
export function formatDuration(ms: number, locale: string, unit: 'second' | 'minute', style: 'long' | 'short'): string {
  const step = unit === 'second' ? SECOND : MINUTE;
  const parts = split(Math.ceil(Math.max(0, ms) / step) * step);
  const shown: DurationParts = {};
  if (parts.hours) shown.hours = parts.hours;
  if (parts.minutes || (unit === 'minute' && !parts.hours)) shown.minutes = parts.minutes;
  if (unit === 'second' && (parts.seconds || !parts.hours && !parts.minutes)) shown.seconds = parts.seconds;
  if (DurationFormat) return new DurationFormat(locale, { style }).format(shown);
  const pieces = (Object.keys(shown) as (keyof DurationParts)[]).map((key) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: key.slice(0, -1), unitDisplay: style }).format(shown[key]!)
  );
  return new Intl.ListFormat(locale, { style: style === 'long' ? 'long' : 'narrow', type: 'unit' }).format(pieces);
}

/** A clock time ("14:30", "2:30 PM"), with the weekday when it is not today. */
export function formatTimeOfDay(timestamp: number, locale: string, now: number): string {
  const sameDay = new Date(timestamp).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    ...(sameDay ? {} : { weekday: 'long' }),
  }).format(timestamp);
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
  forms: Partial<Record<Intl.LDMLPluralRule, () => T>> & { other: () => T }
): T {
  const category = new Intl.PluralRules(locale).select(count);
  return (forms[category] ?? forms.other)();
}
