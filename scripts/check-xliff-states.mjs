// Fails when a CAT tool would see the translations in another state than the
// one recorded. translate-toolkit (which Weblate and Pootle build on) reads
// each locales/<locale>.xlf with its `pocount`, and its counts by state must
// be those that translation-status.json and clinical-review.json give
// (scripts/l10n-records.mjs):
//
//   recorded as                    XLIFF (scripts/xliff-states.mjs)                pocount
//   machine draft                  needs-review-translation, mt-suggestion        fuzzy, needs-review
//   accepted by a translator       translated, approved="yes"                     translated, unreviewed
//   clinician-reviewed, current    final, approved="yes"                          translated, final
//   stale or never recorded        needs-review-translation                       fuzzy, needs-review
//   no translation                 (no state)                                     untranslated, empty
//   en-XA (generated)              (no state)                                     fuzzy, needs-work
//
// Then every file must carry exactly the attributes xliff-states.mjs would
// write (pocount can't tell a machine draft from a stale translation).
//
// translate-toolkit is Debian's `translate-toolkit` (.ci/run installs it); it
// runs under /usr/bin/python3, not a pyenv python3 first on the PATH.
// POCOUNT="<command>" names the pocount to use instead.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { LOCALES_DIR as dir, PSEUDO_LOCALE, config, contentVersion, readReviews, readStatus } from './l10n-records.mjs';
import { statesOf } from './xliff-states.mjs';

const CANDIDATES = process.env.POCOUNT
  ? [process.env.POCOUNT.split(' ')]
  : [['/usr/bin/pocount'], ['/usr/bin/python3', '-m', 'translate.tools.pocount'], ['pocount']];
/** The XLIFF states pocount reports besides translated / fuzzy / untranslated. */
const EXTENDED = ['empty', 'needs-work', 'rejected', 'needs-review', 'unreviewed', 'final'];

/** pocount's full report of `files`, or undefined when no candidate runs. */
function runPocount(files) {
  for (const [command, ...args] of CANDIDATES) {
    const run = spawnSync(command, [...args, '--no-color', ...files], { encoding: 'utf8' });
    if (run.error || run.status !== 0 || !run.stdout.includes('Processing file')) continue;
    return { command: [command, ...args].join(' '), output: run.stdout };
  }
  return undefined;
}

/**
 * pocount's counts per file: { translated, fuzzy, untranslated, total } and
 * the extended (XLIFF) states { 'needs-review', unreviewed, final, 'needs-work', empty, … }.
 */
function parsePocount(output) {
  const counts = new Map();
  for (const section of output.split(/^Processing file : /m).slice(1)) {
    const [file, ...lines] = section.split('\n');
    const basic = {};
    const extended = {};
    for (const line of lines) {
      const row = line.match(/^([A-Za-z-]+):\s+(\d+)\b/);
      if (!row) continue;
      const name = row[1].toLowerCase();
      if (['translated', 'fuzzy', 'untranslated', 'total'].includes(name) && !(name in basic))
        basic[name] = Number(row[2]);
      else if (EXTENDED.includes(name)) extended[name] = Number(row[2]);
    }
    counts.set(file.trim(), { ...basic, extended });
  }
  return counts;
}

/** What pocount must report of a file whose units are in `states` (scripts/l10n-records.mjs unitStates). */
function expectedCounts(locale, states) {
  const expected = { translated: 0, fuzzy: 0, untranslated: 0, total: states.size, extended: {} };
  const add = (basic, extended) => {
    expected[basic]++;
    expected.extended[extended] = (expected.extended[extended] ?? 0) + 1;
  };
  for (const state of states.values()) {
    if (state === undefined)
      add('fuzzy', 'needs-work'); // en-XA: a target with no state
    else if (state === 'empty') add('untranslated', 'empty');
    else if (state === 'machine' || state === 'stale') add('fuzzy', 'needs-review');
    else if (state === 'translated') add('translated', 'unreviewed');
    else if (state === 'final') add('translated', 'final');
  }
  return expected;
}

const describe = ({ translated, fuzzy, untranslated, extended }) =>
  `translated ${translated}, fuzzy ${fuzzy}, untranslated ${untranslated} (${
    Object.entries(extended)
      .filter(([, count]) => count > 0)
      .sort()
      .map(([state, count]) => `${state} ${count}`)
      .join(', ') || 'none'
  })`;
const same = (a, b) => describe(a) === describe(b);

const records = { dir, status: readStatus(dir), reviews: readReviews(dir), version: contentVersion() };
const files = config.targetLocales.map((locale) => ({ locale, path: fileURLToPath(new URL(`${locale}.xlf`, dir)) }));
const pocount = runPocount(files.map(({ path }) => path));
if (!pocount) {
  console.error(
    'pocount (translate-toolkit) is not installed, so the XLIFF states cannot be checked as CAT tools see them.\n' +
      `Install it: apt-get install translate-toolkit (.ci/run does). Tried: ${CANDIDATES.map((c) => c.join(' ')).join('; ')}.`
  );
  process.exit(1);
}
const seen = parsePocount(pocount.output);

const problems = [];
const summary = [];
for (const { locale, path } of files) {
  const { before, after, states } = statesOf(locale, records);
  const expected = expectedCounts(locale, states);
  const actual = seen.get(path);
  if (!actual) problems.push(`${locale}.xlf: pocount did not report it`);
  else if (!same(actual, expected))
    problems.push(`${locale}.xlf: pocount sees ${describe(actual)}; recorded: ${describe(expected)}`);
  else if (before !== after)
    problems.push(
      `${locale}.xlf: a unit's state attributes are not those recorded (a machine draft as stale, or back)`
    );
  const count = (state) => [...states.values()].filter((value) => value === state).length;
  summary.push(
    locale === PSEUDO_LOCALE
      ? `  ${locale}: generated, no states`
      : `  ${locale}: ${count('machine')} machine drafts, ${count('translated')} accepted, ${count('final')} final, ` +
          `${count('stale')} stale, ${count('empty')} missing`
  );
}

if (problems.length) {
  console.error(
    `The XLIFF states are not those recorded (${problems.length} files; translate-toolkit's ${pocount.command}):\n  ` +
      `${problems.join('\n  ')}\n` +
      'Set them from the records: node scripts/xliff-states.mjs (npm run generate runs it).'
  );
  process.exit(1);
}
console.log(`XLIFF states match the records for ${files.length} files (${pocount.command}):\n${summary.join('\n')}`);
