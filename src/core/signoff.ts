/**
 * A site's clinical sign-off of the widgets' content (docs/medical-content.md, "A clinician's sign-off for your site"):
 * who read it, for which content version and language, and whether it still
 * holds. The rules (readSignOff, signOffStatus) are pure; signOffOf reads
 * them off a widget's attributes.
 */
import { timeNow } from './clock.js';
import { CONTENT_REVIEW } from './content-review.js';
import { negotiateLocale } from './locale-negotiation.js';
import { inheritedAttribute, siteOverriddenLocales, sourceLocale, supportedLocales } from './localization.js';
import { warnOnce } from './warn.js';

/** The attributes a site sets on a widget or an ancestor (resolved like `lang`). */
export const SIGNOFF_ATTRIBUTES = [
  'signoff-name',
  'signoff-role',
  'signoff-registration',
  'signoff-date',
  'signoff-version',
  'signoff-lang',
] as const;

export interface SignOff {
  name: string;
  role: string;
  registration: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  version: string;
  /** The language tag of the text the clinician read. */
  lang: string;
}

/**
 * What the sign-off says of the text shown now:
 * - `valid`: it covers this version, this language and no site change, and is under 12 months old;
 * - `changed`: the content version differs, or the site overrode a message in this language;
 * - `lapsed`: 12 months have passed since it;
 * - `other-language`: it covers another language's text.
 */
export type SignOffStatus = 'valid' | 'changed' | 'lapsed' | 'other-language';

/** A sign-off lasts 12 months from its date. */
export const SIGNOFF_MONTHS = 12;

/** The last day a sign-off of `date` holds: the day before the same date a year on (UTC). */
export function signOffExpiry(date: string): number {
  const start = new Date(`${date}T00:00:00Z`);
  start.setUTCMonth(start.getUTCMonth() + SIGNOFF_MONTHS);
  return start.getTime();
}

/**
 * The sign-off from the attribute values, or why it can't be used: every
 * field is needed (a sign-off without a checkable registration or a date is
 * no sign-off), and the date must be a real day, not in the future.
 */
export function readSignOff(
  values: Readonly<Record<(typeof SIGNOFF_ATTRIBUTES)[number], string | null>>,
  now: number
): { signOff?: SignOff; problem?: string } {
  if (SIGNOFF_ATTRIBUTES.every((name) => !values[name]?.trim())) return {};
  const missing = SIGNOFF_ATTRIBUTES.filter((name) => !values[name]?.trim());
  if (missing.length) return { problem: `needs ${missing.join(', ')} too` };
  const date = values['signoff-date']!.trim();
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date)
    return { problem: 'signoff-date is not a date (YYYY-MM-DD)' };
  if (time > now) return { problem: 'signoff-date is in the future' };
  return {
    signOff: {
      name: values['signoff-name']!.trim(),
      role: values['signoff-role']!.trim(),
      registration: values['signoff-registration']!.trim(),
      date,
      version: values['signoff-version']!.trim(),
      lang: values['signoff-lang']!.trim(),
    },
  };
}

/**
 * Whether `signOff` covers the text shown: content `version`, in `locale`
 * (the sign-off's `lang` resolved to a shipped locale), `siteChanged` when
 * the site overrode a message in that locale, at `now`.
 */
export function signOffStatus(
  signOff: SignOff,
  current: { version: string; locale: string; signedLocale: string; siteChanged: boolean; now: number }
): SignOffStatus {
  if (current.signedLocale !== current.locale) return 'other-language';
  if (signOff.version !== current.version || current.siteChanged) return 'changed';
  if (current.now >= signOffExpiry(signOff.date)) return 'lapsed';
  return 'valid';
}

/** What the sources panel shows of a site's sign-off: the sign-off and whether it holds. */
export interface SignOffView {
  signOff: SignOff;
  status: SignOffStatus;
  /** The language the clinician read, by its name in the widget's language. */
  languageName: string;
}

/** A broken sign-off (incomplete, changed since, lapsed, of another language) warns once per page, not per widget. */
const warnedOnPage = new Set<string>();

/**
 * The sign-off on `element` or its closest ancestors, and whether it covers
 * the text shown in `locale`; the first widget on a page that finds it
 * broken warns.
 */
export function signOffOf(element: Element, locale: string): SignOffView | undefined {
  const values = Object.fromEntries(
    SIGNOFF_ATTRIBUTES.map((name) => [name, inheritedAttribute(element, name)])
  ) as Record<(typeof SIGNOFF_ATTRIBUTES)[number], string | null>;
  const now = timeNow();
  const { signOff, problem } = readSignOff(values, now);
  if (problem)
    warnOnce(warnedOnPage, element.localName, 'signoff-name', values['signoff-name'], problem, 'no sign-off');
  if (!signOff) return undefined;
  // The language read, as the locale it shows in (no warning: `lang` is not what was wrong).
  const signedLocale = negotiateLocale(signOff.lang, supportedLocales, sourceLocale).locale;
  const status = signOffStatus(signOff, {
    version: CONTENT_REVIEW.version,
    locale,
    signedLocale,
    siteChanged: siteOverriddenLocales.has(locale),
    now,
  });
  if (status !== 'valid')
    warnOnce(
      warnedOnPage,
      element.localName,
      'signoff-date',
      signOff.date,
      problemOf(signOff, status),
      'it, marked as not holding'
    );
  return { signOff, status, languageName: languageName(signedLocale, locale) };
}

/** The console's words for a sign-off that no longer covers the text shown. */
function problemOf(signOff: SignOff, status: Exclude<SignOffStatus, 'valid'>): string {
  const who = `${signOff.name}'s sign-off (content ${signOff.version}, ${signOff.lang})`;
  if (status === 'changed')
    return `${who} no longer holds: the content has changed since (version ${CONTENT_REVIEW.version}, or a site override)`;
  if (status === 'lapsed') return `${who} has lapsed: a sign-off lasts 12 months`;
  return `${who} covers another language than the one shown`;
}

/** A language's name in the widget's language ("English"), or its tag. */
function languageName(locale: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
