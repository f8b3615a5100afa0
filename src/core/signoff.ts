/**
 * A site's clinical sign-off of the widgets' content (facts.md section 7):
 * who read it, for which content version and language, and whether it still
 * holds. Pure: the element reads the attributes and passes them in.
 */

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
