/**
 * Numbers, durations, clock times and plurals, always from `Intl` in the
 * widget's locale: a hand-made "1 minutes" or "14:30" is wrong somewhere.
 * Formatters are cached per locale and options: a running timer formats
 * every second, and building an Intl formatter costs far more than using one.
 */
import { CLOCK_SEPARATORS, DIGIT_ZEROS, TABLE_LANGUAGES } from '../generated/intl-tables.js';

const formatters = new Map<string, unknown>();

/**
 * The locale to format in: the widget's own language tag, so that `en-GB`
 * gets a 24-hour "14:30" and `en-US` "2:30 PM" though both read the `en`
 * messages. Only a valid tag of the messages' language: a German page shown
 * in English (no German, or `translations="reviewed"`) writes "15 minutes",
 * not "15 Minuten", so it formats in `messageLocale`.
 */
export function formatLocale(tag: string | null, messageLocale: string): string {
  // Cached: every render asks, a running timer's once a second (issue 25), and two Intl.Locale cost more than a look-up.
  return cached('format-locale', `${tag} ${messageLocale}`, {}, () => {
    try {
      const locale = new Intl.Locale(tag ?? '');
      if (locale.language === new Intl.Locale(messageLocale).language) return String(locale);
    } catch {
      // No tag, or not a language tag.
    }
    return messageLocale;
  });
}

/** One formatter per kind, locale and options, made on first use. */
function cached<F>(kind: string, locale: string, options: object, make: () => F): F {
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, make());
  return formatters.get(key) as F;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** `ms` rounded up to a whole `step` (a part second or minute counts, as a countdown's should): hours, minutes, seconds. */
function split(ms: number, step: number): [number, number, number] {
  const rounded = Math.ceil(Math.max(0, ms) / step) * step;
  return [Math.floor(rounded / HOUR), Math.floor(rounded / MINUTE) % 60, Math.floor(rounded / SECOND) % 60];
}

/**
 * `locale`'s clock separator and the zero of its digits, from the build-time
 * tables (src/generated/intl-tables.ts, checked against the browsers' Intl),
 * so the first render makes no formatter to find them; undefined for a
 * language they don't cover or a tag with an extension (`-u-nu-arab` may
 * change the digits), which Intl answers.
 */
const clockOf = (locale: string) =>
  cached('clock', locale, {}, () => {
    const tag = new Intl.Locale(locale);
    const { language, region } = tag;
    if (!TABLE_LANGUAGES.includes(language) || String(tag) !== tag.baseName) return undefined;
    const regional = `${language}-${region}`;
    return {
      separator: CLOCK_SEPARATORS[regional] ?? CLOCK_SEPARATORS[language] ?? ':',
      zero: DIGIT_ZEROS[regional] ?? DIGIT_ZEROS[language] ?? '0',
    };
  });

/** Latin digits as the digits whose zero is `zero`. */
const inDigits = (digits: string, zero: string) =>
  digits.replace(/\d/g, (digit) => String.fromCharCode(zero.charCodeAt(0) + Number(digit)));

/**
 * "14:59", "07:00" for a countdown (of at most an hour); partial seconds
 * round up. Zero-padded digits of the language, with the separator of its
 * clock times (Indonesian 14.59): what Intl.DurationFormat's digital style
 * gives (test/duration-format.test.ts checks every locale), without needing it.
 * On the first render: from the build-time table, not from a DateTimeFormat
 * made only to find the separator (issue 25).
 */
export function formatCountdown(ms: number, locale: string): string {
  const [, minutes, seconds] = split(ms, SECOND);
  const clock = clockOf(locale);
  if (clock) {
    const twoDigits = (n: number) => inDigits(String(n).padStart(2, '0'), clock.zero);
    return `${twoDigits(minutes)}${clock.separator}${twoDigits(seconds)}`;
  }
  const twoDigits = numberFormat(locale, { minimumIntegerDigits: 2 });
  const separator = cached('separator', locale, {}, () =>
    new Intl.DateTimeFormat(locale, { minute: '2-digit', second: '2-digit' })
      .formatToParts(0)
      .find((part) => part.type === 'literal')
  );
  return `${twoDigits.format(minutes)}${separator?.value ?? ':'}${twoDigits.format(seconds)}`;
}

/**
 * A duration in words for screen readers and sentences: "14 minutes, 59 seconds",
 * or to the minute, rounded up: "1 hour, 45 minutes". Worded the way
 * Intl.DurationFormat's long style defines it, in every browser: each unit
 * from a unit-style NumberFormat, the units joined by a unit-type ListFormat.
 */
export function formatDuration(ms: number, locale: string, unit: 'second' | 'minute'): string {
  const [hours, minutes, seconds] = split(ms, unit === 'second' ? SECOND : MINUTE);
  // Zero parts are left out, but something is always said: "0 seconds".
  const parts: [string, number, unknown][] = [
    ['hour', hours, hours],
    ['minute', minutes, minutes || (unit === 'minute' && !hours)],
    ['second', seconds, unit === 'second' && (seconds || !(hours || minutes))],
  ];
  const words = parts
    .filter(([, , shown]) => shown)
    .map(([name, value]) => numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value));
  // One unit ("15 minutes") is its own list: no ListFormat to make for it.
  return words.length === 1
    ? words[0]
    : cached('list', locale, {}, () => new Intl.ListFormat(locale, { type: 'unit', style: 'long' })).format(words);
}

/**
 * A clock time: "14:30", "2:30 PM". No date: the sentence around it also
 * says how long until then, which settles the day.
 */
export function formatTimeOfDay(timestamp: number, locale: string): string {
  const options = { timeStyle: 'short' } as const;
  return cached('time', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(timestamp);
}

/** A number as `locale` writes it; a whole one under 1000 ("3 of 7") in its digits from the build-time table. */
export function formatNumber(value: number, locale: string): string {
  const clock = Number.isInteger(value) && value >= 0 && value < 1000 && clockOf(locale);
  return clock ? inDigits(String(value), clock.zero) : numberFormat(locale).format(value);
}

/** Items joined the way the language lists things: "A, B and C". */
export function formatList(items: string[], locale: string): string {
  return cached('and', locale, {}, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

/**
 * Picks the message for `count`'s plural category in `locale`. Every
 * category has its own message, so translators can write all the forms
 * their language needs (Arabic has six); `other` is the required fallback.
 */
export function plural<T>(count: number, locale: string, forms: PluralForms<T>): T {
  return forms[cached('plural', locale, {}, () => new Intl.PluralRules(locale)).select(count)] ?? forms.other;
}

/** A message per CLDR plural category; `other` is required. */
export type PluralForms<T> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

/**
 * "3 of 7 done", "You got 6 of 9 right": the form for `count`'s plural
 * category, given both numbers as `locale` writes them.
 */
export function countOfTotal<T>(
  count: number,
  total: number,
  locale: string,
  forms: (count: string, total: string) => PluralForms<T>
): T {
  return plural(count, locale, forms(formatNumber(count, locale), formatNumber(total, locale)));
}
