// What the translator workflow has recorded of each locale, and what that
// makes each translation: the one place scripts/check-translations.mjs,
// xliff-states.mjs, check-xliff-states.mjs, review-pack.mjs and
// generate-locale-loaders.mjs read it from.
//
// - locales/translation-status.json (`npm run l10n:accept`): per locale and
//   message, a hash of the English its translation was made from, and
//   `machine: true` when that translation is a machine draft nobody has
//   accepted (`npm run l10n:accept -- --machine <locale>`).
// - locales/clinical-review.json (`npm run l10n:clinical-review`): per
//   locale, who reviewed it (name, registration), when, and the content
//   version and translations hash they read. It counts only while both are
//   still those of today.
//
// SPASM_LOCALES_DIR points every one of these scripts at another copy of
// locales/ (for tests); the default is the repository's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { translationsHash } from './translations-hash.mjs';

export const ROOT = new URL('../', import.meta.url);
export const LOCALES_DIR = process.env.SPASM_LOCALES_DIR
  ? pathToFileURL(`${resolve(process.env.SPASM_LOCALES_DIR)}/`)
  : new URL('locales/', ROOT);
export const config = JSON.parse(readFileSync(new URL('lit-localize.json', ROOT), 'utf8'));
/** Generated from English by scripts/pseudo-locale.mjs: complete by construction, never recorded. */
export const PSEUDO_LOCALE = 'en-XA';

/** The content version a clinician signs (src/core/content-review.ts). */
export const contentVersion = () =>
  readFileSync(new URL('src/core/content-review.ts', ROOT), 'utf8').match(/version: '([^']+)'/)[1];

/**
 * A placeholder's equiv-text is the code behind it, not English: a refactor
 * there does not make a translation stale, so it is left out of the hash.
 */
export const hash = (source) =>
  createHash('sha256')
    .update(source.replace(/<x id="(\d+)"[^>]*\/>/g, '<x id="$1"/>'))
    .digest('hex')
    .slice(0, 16);

/**
 * The trans-units of a locale's XLIFF file, in file order: id, English
 * source, target (undefined if none) and note, as written (XML). Attributes
 * (`approved`, `state`, `state-qualifier`, a CAT tool's own) are allowed anywhere.
 */
export function units(locale, dir = LOCALES_DIR) {
  const xliff = readFileSync(new URL(`${locale}.xlf`, dir), 'utf8');
  return [...xliff.matchAll(/<trans-unit\b[^>]*?\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(
    ([, id, body]) => ({
      id,
      source: body.match(/<source\b[^>]*>([\s\S]*?)<\/source>/)?.[1] ?? '',
      target: /<target\b[^>]*\/>/.test(body) ? '' : body.match(/<target\b[^>]*>([\s\S]*?)<\/target>/)?.[1],
      note: body.match(/<note\b[^>]*>([\s\S]*?)<\/note>/)?.[1] ?? '',
    })
  );
}

const readJson = (name, dir) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
/** locales/translation-status.json: locale → message id → { source, sameAsEnglish?, machine? }. */
export const readStatus = (dir = LOCALES_DIR) => readJson('translation-status.json', dir);
/** locales/clinical-review.json: locale → { reviewed, reviewer, registration, contentVersion, translations }. */
export const readReviews = (dir = LOCALES_DIR) => readJson('clinical-review.json', dir);

/**
 * The clinical review of `locale` if it still holds: it names the reviewer
 * and their registration, and the content version and the locale's
 * translations are exactly those reviewed. Otherwise undefined.
 */
export function currentReview(locale, { reviews = readReviews(), dir = LOCALES_DIR, version = contentVersion() } = {}) {
  const review = reviews[locale];
  if (!review?.reviewer?.trim() || !review.registration?.trim() || !review.reviewed) return undefined;
  if (review.contentVersion !== version || review.translations !== translationsHash(locale, dir)) return undefined;
  return review;
}

/**
 * What each translation of `locale` is, by message id:
 * - `empty`: no translation;
 * - `stale`: a translation nobody recorded for today's English (new, or its English changed);
 * - `machine`: a machine draft, recorded with `l10n:accept -- --machine`;
 * - `translated`: accepted by a translator (`l10n:accept`);
 * - `final`: recorded, and the locale's clinical review still holds.
 * The pseudo-locale's translations have none: they map to undefined (a missing one is `empty`).
 */
export function unitStates(
  locale,
  { dir = LOCALES_DIR, status = readStatus(dir), reviews = readReviews(dir), version = contentVersion() } = {}
) {
  const states = new Map();
  const localeUnits = units(locale, dir);
  if (locale === PSEUDO_LOCALE) {
    for (const { id, target } of localeUnits) states.set(id, target?.trim() ? undefined : 'empty');
    return states;
  }
  const recorded = status[locale] ?? {};
  const reviewed = currentReview(locale, { reviews, dir, version }) !== undefined;
  for (const { id, source, target } of localeUnits) {
    const record = recorded[id];
    if (target === undefined || target.trim() === '') states.set(id, 'empty');
    else if (record?.source !== hash(source)) states.set(id, 'stale');
    else if (reviewed) states.set(id, 'final');
    else states.set(id, record.machine ? 'machine' : 'translated');
  }
  return states;
}

/**
 * src/generated/clinical-reviews.ts (written by scripts/generate-locale-loaders.mjs):
 * - `clinicalReviews`: each locale whose clinical review still holds (currentReview), with the
 *   date, reviewer and registration. Any change to its translations or to the content version
 *   makes the locale a draft again.
 * - `machineDraftLocales`: the locales (never the pseudo-locale) with at least one translation
 *   recorded as a machine draft, current or stale, whether or not a clinician has reviewed them.
 */
export function clinicalReviewsSource({
  dir = LOCALES_DIR,
  status = readStatus(dir),
  reviews = readReviews(dir),
  version = contentVersion(),
} = {}) {
  const locales = config.targetLocales.filter((locale) => locale !== PSEUDO_LOCALE);
  const current = {};
  for (const locale of locales) {
    const review = currentReview(locale, { reviews, dir, version });
    if (review)
      current[locale] = { reviewed: review.reviewed, reviewer: review.reviewer, registration: review.registration };
  }
  const machineDrafts = locales.filter((locale) =>
    Object.values(status[locale] ?? {}).some((record) => record.machine)
  );
  return [
    '// Generated by scripts/generate-locale-loaders.mjs from locales/clinical-review.json and',
    '// locales/translation-status.json. Do not edit.',
    '',
    '/**',
    ' * Locale: who reviewed its current translation (a native-speaking clinician, with the registration',
    ' * anyone can check) and when, as recorded by `npm run l10n:clinical-review`. Only reviews that still',
    ' * hold: same content version, same translations.',
    ' */',
    'export const clinicalReviews: Readonly<Record<string, { reviewed: string; reviewer: string; registration: string }>> =',
    `  ${JSON.stringify(current, null, 2).replace(/\n/g, '\n  ')};`,
    '',
    '/** The locales with at least one translation recorded as a machine draft (`npm run l10n:accept -- --machine`). */',
    `export const machineDraftLocales: readonly string[] = ${JSON.stringify(machineDrafts)};`,
    '',
  ].join('\n');
}
