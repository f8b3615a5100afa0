// Fails when a translation is missing, stale or still English, or breaks
// the glossary.
//
// `lit-localize extract` (run just before) adds every new message to each
// XLIFF file without a <target>, and keeps the old <target> when only the
// English changed; lit-localize itself would merely warn and show English.
// So each locale's recorded translations are in
// locales/translation-status.json: a hash of the English each target was
// made from, whether it is meant to read the same as the English (French
// "Pause"), and whether it is a machine draft nobody has accepted yet
// (`machine: true`). Either kind of record is current; a target whose
// English changed since is stale. (scripts/l10n-records.mjs reads them.)
//
//   node scripts/check-translations.mjs                 check every locale
//   node scripts/check-translations.mjs --accept fr de  a translator accepted fr and de
//   node scripts/check-translations.mjs --accept --machine fr de
//                                        fr and de are machine drafts: record them as such
//   node scripts/check-translations.mjs --clinical-review fr --name "Dr A. Martin" --registration "RPPS 10001234567" [--date 2026-12-01]
//                                        a native-speaking clinician reviewed fr (today unless --date)
//
// Recording one also sets the XLIFF states of those locales (scripts/xliff-states.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import {
  LOCALES_DIR as dir,
  PSEUDO_LOCALE,
  config,
  contentVersion,
  hash,
  readReviews,
  readStatus,
  units,
} from './l10n-records.mjs';
import { translationsHash } from './translations-hash.mjs';
import { statesOf } from './xliff-states.mjs';

const statusFile = new URL('translation-status.json', dir);
const reviewsFile = new URL('clinical-review.json', dir);
const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort().join(' ');

const status = readStatus(dir);
const locales = config.targetLocales;
const args = process.argv.slice(2);

/** Stops with `message` and no stack: a usage error, not a bug. */
function refuse(message) {
  console.error(message);
  process.exit(1);
}

/** The value of `--name value` or `--name=value`, and the arguments without it. */
function option(name) {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const [arg] = args.splice(index, 1);
  if (arg.includes('=')) return arg.slice(name.length + 1);
  if (index >= args.length || args[index].startsWith('--')) refuse(`${name} needs a value`);
  return args.splice(index, 1)[0];
}

/** The locales named on the command line; each must be one of lit-localize.json's, never the pseudo-locale. */
function chosenLocales(command) {
  const unknown = args.filter((arg) => arg.startsWith('--'));
  if (unknown.length) refuse(`${command}: unknown option ${unknown.join(', ')}`);
  if (!args.length) refuse(`${command}: name the locales, e.g. ${command} fr de`);
  for (const locale of args) {
    if (!locales.includes(locale)) refuse(`unknown locale "${locale}"; known: ${locales.join(', ')}`);
    if (locale === PSEUDO_LOCALE) refuse(`${PSEUDO_LOCALE} is generated from the English: there is nothing to record`);
  }
  return [...args];
}

/** Sets the XLIFF states of `chosen` from what is recorded now. */
function writeStates(chosen) {
  const records = { dir, status: readStatus(dir), reviews: readReviews(dir), version: contentVersion() };
  for (const locale of chosen) {
    const { file, before, after } = statesOf(locale, records);
    if (before !== after) writeFileSync(file, after);
  }
}

// A native-speaking clinician reviewed these locales: their name, their
// registration (a number anyone can check with their regulator) and the
// date, with the content version and the exact translations they read. The
// "Sources and review" panel names them until the translations or the
// content change; their units are `final` in the XLIFF files until then.
if (args[0] === '--clinical-review') {
  args.shift();
  const reviewer = option('--name')?.trim();
  const registration = option('--registration')?.trim();
  const today = new Date().toISOString().slice(0, 10);
  const reviewed = option('--date') ?? today;
  const chosen = chosenLocales('npm run l10n:clinical-review --');
  if (!reviewer || !registration)
    refuse(
      'A clinical review names its reviewer and their registration, which anyone can check:\n' +
        `  npm run l10n:clinical-review -- ${chosen.join(' ')} --name "<full name>" --registration "<regulator and number>" [--date YYYY-MM-DD]`
    );
  const time = Date.parse(`${reviewed}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(reviewed) ||
    Number.isNaN(time) ||
    new Date(time).toISOString().slice(0, 10) !== reviewed
  )
    refuse(`--date ${reviewed} is not a date (YYYY-MM-DD)`);
  if (reviewed > today) refuse(`--date ${reviewed} is in the future`);
  // The review is of translations recorded for today's English: a missing or
  // stale one would be in no state the clinician could have read.
  for (const locale of chosen) {
    const unrecorded = units(locale).filter(
      ({ id, source, target }) => !target?.trim() || status[locale]?.[id]?.source !== hash(source)
    );
    if (unrecorded.length)
      refuse(
        `${locale} has ${unrecorded.length} missing or stale translations (${unrecorded
          .slice(0, 5)
          .map(({ id }) => id)
          .join(', ')}${unrecorded.length > 5 ? ', …' : ''}): ` +
          `translate them and record them (npm run l10n:accept -- ${locale}) before the clinical review`
      );
  }
  const reviews = readReviews(dir);
  const version = contentVersion();
  for (const locale of chosen) {
    reviews[locale] = {
      reviewed,
      reviewer,
      registration,
      contentVersion: version,
      translations: translationsHash(locale, dir),
    };
  }
  writeFileSync(reviewsFile, `${JSON.stringify(reviews, null, 2)}\n`);
  writeStates(chosen);
  console.log(
    `Recorded the clinical review of ${chosen.join(', ')} by ${reviewer} (${registration}) on ${reviewed}, ` +
      `for content ${version}. Their translations are final until they or the content change.`
  );
  process.exit(0);
}

// A translator accepted every translation of these locales as they are
// (or, with --machine, they are machine drafts nobody has accepted yet):
// the English each was made from is recorded, so a later change of it
// makes the translation stale. This is no clinical review.
if (args[0] === '--accept') {
  args.shift();
  const machine = args.includes('--machine');
  if (machine) args.splice(args.indexOf('--machine'), 1);
  const chosen = chosenLocales(`npm run l10n:accept --${machine ? ' --machine' : ''}`);
  for (const locale of chosen) {
    status[locale] = Object.fromEntries(
      units(locale)
        .filter((unit) => unit.target?.trim())
        .map((unit) => [
          unit.id,
          {
            source: hash(unit.source),
            ...(unit.target.trim() === unit.source.trim() ? { sameAsEnglish: true } : {}),
            ...(machine ? { machine: true } : {}),
          },
        ])
    );
  }
  writeFileSync(statusFile, `${JSON.stringify(status, null, 2)}\n`);
  writeStates(chosen);
  console.log(
    machine
      ? `Recorded the translations of ${chosen.join(', ')} as machine drafts, not yet accepted by a translator.`
      : `Recorded the translations of ${chosen.join(', ')} as accepted by a translator.`
  );
  process.exit(0);
}
if (args.length) refuse(`unknown arguments: ${args.join(' ')}`);

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
  // "spasm-widgets", the product's name, is no spasm.
  spasm: /\bspasms?\b(?!-widgets)/i,
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
      if (
        trigger.test(textOf(source)) &&
        words.length &&
        !words.some((word) => text.includes(word.toLocaleLowerCase(locale)))
      )
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

// Every clinical review names its reviewer and their registration (an older record without them counts for nothing).
const reviews = readReviews(dir);
for (const [locale, review] of Object.entries(reviews)) {
  const missing = ['reviewed', 'reviewer', 'registration', 'contentVersion', 'translations'].filter(
    (field) => typeof review?.[field] !== 'string' || !review[field].trim()
  );
  if (!locales.includes(locale) || locale === PSEUDO_LOCALE)
    problems.push(`clinical-review.json: "${locale}" is not a translated locale`);
  else if (missing.length) problems.push(`clinical-review.json: the review of ${locale} has no ${missing.join(', ')}`);
}

for (const locale of locales) {
  const recorded = status[locale] ?? {};
  const localeUnits = units(locale);
  if (locale !== PSEUDO_LOCALE) problems.push(...glossaryProblems(locale, localeUnits));
  for (const { id, source, target } of localeUnits) {
    checked++;
    const where = `${locale}.xlf "${id}"`;
    if (target === undefined || target.trim() === '') problems.push(`${where} has no translation`);
    else if (placeholders(source) !== placeholders(target))
      problems.push(`${where} does not keep the placeholders of the English`);
    else if (locale === PSEUDO_LOCALE) continue;
    else if (recorded[id]?.source !== hash(source))
      problems.push(`${where} is stale or not accepted: its English is new or changed since it was recorded`);
    else if (target.trim() === source.trim() && !recorded[id].sameAsEnglish) problems.push(`${where} is still English`);
  }
}

if (problems.length > 0) {
  console.error(
    `Localization is incomplete (${problems.length} problems):\n  ${problems.join('\n  ')}\n` +
      'Translate in locales/<locale>.xlf, then record that a translator accepted it: npm run l10n:accept -- <locale>\n' +
      '(machine drafts nobody has accepted yet: npm run l10n:accept -- --machine <locale>)'
  );
  process.exit(1);
}
console.log(`Localization complete: ${checked} messages in ${locales.length} locales checked.`);
