// Writes into each locales/<locale>.xlf what the translator workflow knows of
// each translation, as XLIFF 1.2 states, so CAT tools (and translate-toolkit,
// which Weblate and Pootle build on) show the truth:
//
//   machine draft (l10n:accept -- --machine)  <target state="needs-review-translation" state-qualifier="mt-suggestion">
//   accepted by a translator (l10n:accept)    <trans-unit approved="yes"> <target state="translated">
//   clinician-reviewed (l10n:clinical-review) <trans-unit approved="yes"> <target state="final">
//   English new or changed since recorded     <target state="needs-review-translation">
//   no translation                            <target> absent or empty: no state
//
// translate-toolkit counts a unit as translated only with `approved="yes"` on
// its <trans-unit> (and caps any state above "translated" without it), as it
// writes them itself; without it every unit with a target is fuzzy.
//
// The pseudo-locale en-XA gets no state: it is no translation, and
// scripts/pseudo-locale.mjs rewrites its targets from the English on every
// generate (a CAT tool that counts it as all fuzzy is right to: nobody
// should translate it).
//
// `npm run generate` runs this right after `lit-localize extract`, which keeps
// the attributes of an existing <trans-unit> and <target> when it rewrites a
// file. Only those attributes change here, never the text; a second run
// changes nothing.
//
//   node scripts/xliff-states.mjs            every locale of lit-localize.json
//   node scripts/xliff-states.mjs fr de      only these
//   node scripts/xliff-states.mjs --check    write nothing; exit 1 when a file is not up to date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCALES_DIR, config, contentVersion, readReviews, readStatus, unitStates } from './l10n-records.mjs';

/** The attributes each state puts on <trans-unit> and <target>, in this order. */
export const STATE_ATTRIBUTES = {
  empty: { unit: {}, target: {} },
  stale: { unit: {}, target: { state: 'needs-review-translation' } },
  machine: { unit: {}, target: { state: 'needs-review-translation', 'state-qualifier': 'mt-suggestion' } },
  translated: { unit: { approved: 'yes' }, target: { state: 'translated' } },
  final: { unit: { approved: 'yes' }, target: { state: 'final' } },
};
/** The attributes this script owns: any other (a CAT tool's own) is kept as it is. */
const UNIT_OWNED = ['approved'];
const TARGET_OWNED = ['state', 'state-qualifier'];

const attributesOf = (text) =>
  [...text.matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)].map(([, name, value]) => [name, value]);

/** An opening tag with the owned attributes replaced by `wanted` (which come last, as xmldom would keep them). */
function retag(tag, name, owned, wanted) {
  const match = tag.match(new RegExp(`^<${name}\\b([^>]*?)(/?)>$`));
  const kept = attributesOf(match[1]).filter(([attribute]) => !owned.includes(attribute));
  const added = Object.entries(wanted).map(([attribute, value]) => [attribute, `"${value}"`]);
  const attributes = [...kept, ...added].map(([attribute, value]) => ` ${attribute}=${value}`).join('');
  return `<${name}${attributes}${match[2]}>`;
}

/**
 * `xliff` with each unit's state attributes set from `stateOf(id)` (a key of
 * STATE_ATTRIBUTES, or undefined for none at all). Text is untouched.
 */
export function applyStates(xliff, stateOf) {
  return xliff.replace(/(<trans-unit\b[^>]*>)([\s\S]*?)(<\/trans-unit>)/g, (_match, open, body, close) => {
    const id = open.match(/\bid="([^"]+)"/)?.[1];
    const wanted = STATE_ATTRIBUTES[stateOf(id)] ?? STATE_ATTRIBUTES.empty;
    const unitTag = retag(open, 'trans-unit', UNIT_OWNED, wanted.unit);
    const newBody = body.replace(/<target(?=[\s/>])[^>]*>/, (tag) => retag(tag, 'target', TARGET_OWNED, wanted.target));
    return `${unitTag}${newBody}${close}`;
  });
}

/** The file of `locale` as it should be; and whether it is so today. */
export function statesOf(locale, records) {
  const file = new URL(`${locale}.xlf`, records.dir);
  const before = readFileSync(file, 'utf8');
  const states = unitStates(locale, records);
  const after = applyStates(before, (id) => states.get(id));
  return { file, before, after, states };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const chosen = args.filter((arg) => !arg.startsWith('--'));
  for (const locale of chosen) {
    if (!config.targetLocales.includes(locale))
      throw new Error(`unknown locale "${locale}"; known: ${config.targetLocales.join(', ')}`);
  }
  const dir = LOCALES_DIR;
  const records = { dir, status: readStatus(dir), reviews: readReviews(dir), version: contentVersion() };
  const outdated = [];
  for (const locale of chosen.length ? chosen : config.targetLocales) {
    const { file, before, after } = statesOf(locale, records);
    if (before === after) continue;
    outdated.push(`${locale}.xlf`);
    if (!check) writeFileSync(file, after);
  }
  if (check && outdated.length) {
    console.error(
      `The XLIFF states of ${outdated.join(', ')} are not those recorded in translation-status.json and ` +
        'clinical-review.json. Run: node scripts/xliff-states.mjs (npm run generate does)'
    );
    process.exit(1);
  }
  if (!check && outdated.length) console.log(`Set the XLIFF states of ${outdated.join(', ')}.`);
}
