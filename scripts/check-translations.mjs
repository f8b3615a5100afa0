// Fails when a translation is missing, stale or still English.
//
// `lit-localize extract` (run just before) adds every new message to each
// XLIFF file without a <target>, and keeps the old <target> when only the
// English changed; lit-localize itself would merely warn and show English.
// So each locale's reviewed translations are recorded in
// locales/translation-status.json: a hash of the English each target was
// made from, and whether it is meant to read the same as the English
// (French "Pause"). A target whose English changed since is stale.
//
//   node scripts/check-translations.mjs                 check every locale
//   node scripts/check-translations.mjs --accept fr de  record fr and de as reviewed
//   node scripts/check-translations.mjs --clinical-review fr
//                                        a native-speaking clinician reviewed fr today
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { translationsHash } from './translations-hash.mjs';

const dir = new URL('../locales/', import.meta.url);
const statusFile = new URL('translation-status.json', dir);
const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
/** Generated from English by scripts/pseudo-locale.mjs: complete by construction. */
const PSEUDO_LOCALE = 'en-XA';

/**
 * A placeholder's equiv-text is the code behind it, not English: a refactor
 * there does not make a translation stale, so it is left out of the hash.
 */
const hash = (source) =>
  createHash('sha256')
    .update(source.replace(/<x id="(\d+)"[^>]*\/>/g, '<x id="$1"/>'))
    .digest('hex')
    .slice(0, 16);
const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort().join(' ');

/** The trans-units of a locale's XLIFF file: id, English source and target (if any). */
function units(locale) {
  const xliff = readFileSync(new URL(`${locale}.xlf`, dir), 'utf8');
  return [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body.match(/<target[^>]*>([\s\S]*?)<\/target>/)?.[1],
  }));
}

const status = JSON.parse(readFileSync(statusFile, 'utf8'));
const locales = config.targetLocales;

// A native-speaking clinician reviewed these locales today: the "Sources and
// review" panel says so until their translations or the content change.
const clinical = process.argv.indexOf('--clinical-review');
if (clinical !== -1) {
  const reviewsFile = new URL('clinical-review.json', dir);
  const reviews = JSON.parse(readFileSync(reviewsFile, 'utf8'));
  const contentVersion = readFileSync(new URL('../src/core/content-review.ts', import.meta.url), 'utf8').match(
    /version: '([^']+)'/
  )[1];
  const chosen = process.argv.slice(clinical + 1);
  for (const locale of chosen) {
    if (!locales.includes(locale)) throw new Error(`unknown locale "${locale}"; known: ${locales.join(', ')}`);
    reviews[locale] = {
      reviewed: new Date().toISOString().slice(0, 10),
      contentVersion,
      translations: translationsHash(locale),
    };
  }
  writeFileSync(reviewsFile, `${JSON.stringify(reviews, null, 2)}\n`);
  console.log(`Recorded a clinical review of ${chosen.join(', ')} for content ${contentVersion}.`);
  process.exit(0);
}

const accept = process.argv.indexOf('--accept');
if (accept !== -1) {
  const chosen = process.argv.slice(accept + 1);
  for (const locale of chosen) {
    if (!locales.includes(locale)) throw new Error(`unknown locale "${locale}"; known: ${locales.join(', ')}`);
    status[locale] = Object.fromEntries(
      units(locale)
        .filter((unit) => unit.target?.trim())
        .map((unit) => [
          unit.id,
          unit.target.trim() === unit.source.trim()
            ? { source: hash(unit.source), sameAsEnglish: true }
            : { source: hash(unit.source) },
        ])
    );
  }
  writeFileSync(statusFile, `${JSON.stringify(status, null, 2)}\n`);
  console.log(`Recorded the reviewed translations of ${chosen.join(', ')}.`);
  process.exit(0);
}

/**
 * The glossary of each locale (locales/glossary/<locale>.json): the words a
 * translation must use for the terms patients must not misread, and the
 * words it must never use. "Spasm" in Japanese, Korean, Arabic, Bengali,
 * Russian, Ukrainian or Indonesian has an everyday word that reads as a
 * seizure: the glossary names the muscle term and forbids the bare one, so
 * a new message can't bring it back.
 *
 *   { "terms": { "spasm": ["…"], "cold pack": ["…"], … },
 *     "forbidden": [{ "pattern": "<JS regular expression>", "why": "…" }] }
 *
 * A term applies to a message whose English matches its trigger below: the
 * target must then contain one of the term's words (case-insensitive; a
 * stem is enough for inflected languages).
 */
const GLOSSARY_TERMS = {
  spasm: /\bspasms?\b/i,
  'cold pack': /\b(ice|cold) packs?\b/i,
  'heat pad': /\bheat (pack|pad)s?\b/i,
  session: /\bsessions?\b/i,
  emergency: /\bemergency\b/i,
};

/** The text of a source or target, placeholders out. */
const textOf = (xml) => xml.replace(/<x id="\d+"[^>]*\/>/g, ' ');

/** What the glossary of `locale` finds wrong in its targets. */
function glossaryProblems(locale, unitsOfLocale) {
  const file = new URL(`glossary/${locale}.json`, dir);
  let glossary;
  try {
    glossary = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`locales/glossary/${locale}.json is missing or not JSON (${error.message})`];
  }
  const found = [];
  for (const term of Object.keys(GLOSSARY_TERMS)) {
    if (!glossary.terms?.[term]?.length) found.push(`locales/glossary/${locale}.json has no words for "${term}"`);
  }
  const forbidden = (glossary.forbidden ?? []).map(({ pattern, why }) => ({ pattern: new RegExp(pattern, 'iu'), why }));
  for (const { id, source, target } of unitsOfLocale) {
    if (!target) continue;
    const text = textOf(target).toLocaleLowerCase(locale);
    for (const [term, trigger] of Object.entries(GLOSSARY_TERMS)) {
      const words = glossary.terms?.[term] ?? [];
      if (trigger.test(textOf(source)) && words.length && !words.some((word) => text.includes(word.toLocaleLowerCase(locale))))
        found.push(`${locale}.xlf "${id}" does not use the glossary's words for "${term}" (${words.join(', ')})`);
    }
    for (const { pattern, why } of forbidden) {
      if (pattern.test(textOf(target))) found.push(`${locale}.xlf "${id}" uses a forbidden word: ${why}`);
    }
  }
  return found;
}

const problems = [];
let checked = 0;
for (const locale of locales) {
  const reviewed = status[locale] ?? {};
  const localeUnits = units(locale);
  if (locale !== PSEUDO_LOCALE) problems.push(...glossaryProblems(locale, localeUnits));
  for (const { id, source, target } of localeUnits) {
    checked++;
    const where = `${locale}.xlf "${id}"`;
    if (target === undefined || target.trim() === '') problems.push(`${where} has no translation`);
    else if (placeholders(source) !== placeholders(target))
      problems.push(`${where} does not keep the placeholders of the English`);
    else if (locale === PSEUDO_LOCALE) continue;
    else if (reviewed[id]?.source !== hash(source))
      problems.push(`${where} is stale or unreviewed: its English is new or changed`);
    else if (target.trim() === source.trim() && !reviewed[id].sameAsEnglish) problems.push(`${where} is still English`);
  }
}

if (problems.length > 0) {
  console.error(
    `Localization is incomplete (${problems.length} problems):\n  ${problems.join('\n  ')}\n` +
      'Translate in locales/<locale>.xlf, then record the review: npm run l10n:accept -- <locale>'
  );
  process.exit(1);
}
console.log(`Localization complete: ${checked} messages in ${locales.length} locales checked.`);
