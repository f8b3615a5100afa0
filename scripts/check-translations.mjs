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
    target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1],
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

const problems = [];
let checked = 0;
for (const locale of locales) {
  const reviewed = status[locale] ?? {};
  for (const { id, source, target } of units(locale)) {
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
