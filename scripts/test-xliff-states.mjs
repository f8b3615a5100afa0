// Tests the translator workflow on a copy of locales/ (never the real one):
// `l10n:accept -- --machine`, `l10n:accept` and `l10n:clinical-review` record
// what they should, scripts/xliff-states.mjs turns the records into XLIFF
// states (deterministically), translate-toolkit's pocount sees those states
// (scripts/check-xliff-states.mjs), and the check fails when they are wrong.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PSEUDO_LOCALE, ROOT, clinicalReviewsSource, config } from './l10n-records.mjs';

const failures = [];
const check = (what, ok, detail = '') => {
  if (!ok) failures.push(`${what}${detail ? `: ${String(detail).slice(0, 600)}` : ''}`);
};

const copy = mkdtempSync(join(tmpdir(), 'spasm-locales-'));
const dir = pathToFileURL(`${copy}/`);
const env = { ...process.env, SPASM_LOCALES_DIR: copy };
const run = (script, ...args) => {
  const result = spawnSync('node', [fileURLToPath(new URL(`scripts/${script}`, ROOT)), ...args], {
    env,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const read = (locale) => readFileSync(join(copy, `${locale}.xlf`), 'utf8');
const write = (locale, text) => writeFileSync(join(copy, `${locale}.xlf`), text);
const count = (text, pattern) => text.split(pattern).length - 1;
const translated = config.targetLocales.filter((locale) => locale !== PSEUDO_LOCALE);

try {
  cpSync(fileURLToPath(new URL('locales/', ROOT)), copy, { recursive: true });
  // A complete copy, recorded by nobody: every missing target filled, no states, no records.
  for (const name of readdirSync(copy).filter((file) => file.endsWith('.xlf'))) {
    const locale = name.slice(0, -4);
    const xliff = readFileSync(join(copy, name), 'utf8').replace(
      /<trans-unit\b[^>]*>[\s\S]*?<\/trans-unit>/g,
      (unit) => {
        const plain = unit
          .replace(/(<trans-unit\b[^>]*?) approved="[^"]*"/, '$1')
          .replace(/(<target\b[^>]*?) state(-qualifier)?="[^"]*"/g, '$1')
          .replace(/(<target\b[^>]*?) state(-qualifier)?="[^"]*"/g, '$1');
        if (/<target\b[^>]*>\s*\S[\s\S]*?<\/target>/.test(plain)) return plain;
        const source = plain.match(/<source>([\s\S]*?)<\/source>/)[1];
        return plain
          .replace(/\s*<target\b[^>]*\/>|\s*<target\b[^>]*>\s*<\/target>/, '')
          .replace('</source>', `</source>\n  <target>[${locale}] ${source}</target>`);
      }
    );
    writeFileSync(join(copy, name), xliff);
  }
  writeFileSync(join(copy, 'translation-status.json'), '{}\n');
  writeFileSync(join(copy, 'clinical-review.json'), '{}\n');
  const total = count(read('es'), '<trans-unit');

  // Nothing recorded: every translation needs review, none approved; en-XA has no states at all.
  let result = run('xliff-states.mjs');
  check('xliff-states runs', result.status === 0, result.output);
  check(
    'unrecorded: needs-review-translation',
    count(read('es'), '<target state="needs-review-translation">') === total
  );
  check('unrecorded: not approved', !read('es').includes('approved='));
  check('en-XA: no states', !/ state=| approved=/.test(read(PSEUDO_LOCALE)));
  result = run('check-xliff-states.mjs');
  check(
    'pocount agrees: unrecorded',
    result.status === 0 && result.output.includes(`es: 0 machine drafts, 0 accepted, 0 final, ${total} stale`),
    result.output
  );

  // Machine drafts.
  result = run('check-translations.mjs', '--accept', '--machine', ...translated);
  check('accept --machine runs', result.status === 0, result.output);
  check(
    'accept --machine says so',
    /machine drafts/.test(result.output) && !/review/i.test(result.output),
    result.output
  );
  const status = JSON.parse(readFileSync(join(copy, 'translation-status.json'), 'utf8'));
  check(
    'accept --machine records machine: true',
    Object.values(status.de).every((record) => record.machine === true && record.source)
  );
  check(
    'machine drafts: mt-suggestion',
    count(read('de'), '<target state="needs-review-translation" state-qualifier="mt-suggestion">') === total
  );
  result = run('check-xliff-states.mjs');
  check(
    'pocount agrees: machine drafts',
    result.status === 0 && result.output.includes(`de: ${total} machine drafts, 0 accepted`),
    result.output
  );

  // A translator accepts Spanish.
  result = run('check-translations.mjs', '--accept', 'es');
  check(
    'accept says "accepted"',
    result.status === 0 && /accepted/.test(result.output) && !/review/i.test(result.output),
    result.output
  );
  check(
    'accepted: no machine',
    !Object.values(JSON.parse(readFileSync(join(copy, 'translation-status.json'), 'utf8')).es).some(
      (record) => record.machine
    )
  );
  check(
    'accepted: translated, approved',
    count(read('es'), '<target state="translated">') === total && count(read('es'), 'approved="yes"') === total
  );

  // A clinical review needs a name and a registration.
  result = run('check-translations.mjs', '--clinical-review', 'fr');
  check('clinical review refused without name', result.status !== 0 && /--name/.test(result.output), result.output);
  result = run('check-translations.mjs', '--clinical-review', 'fr', '--name', 'Dr A Martin');
  check('clinical review refused without registration', result.status !== 0, result.output);
  /** Records Dr A Martin's clinical review of French, with this registration and date. */
  const reviewFrench = (registration, date) =>
    run(
      'check-translations.mjs',
      '--clinical-review',
      'fr',
      '--name',
      'Dr A Martin',
      '--registration',
      registration,
      '--date',
      date
    );
  result = reviewFrench('RPPS 1', '2026-02-30');
  check('clinical review refuses a bad date', result.status !== 0, result.output);
  check('nothing recorded by a refused review', readFileSync(join(copy, 'clinical-review.json'), 'utf8') === '{}\n');
  result = reviewFrench('RPPS 10001234567', '2026-01-15');
  check('clinical review recorded', result.status === 0, result.output);
  const review = JSON.parse(readFileSync(join(copy, 'clinical-review.json'), 'utf8')).fr;
  check(
    'clinical review record',
    review?.reviewed === '2026-01-15' &&
      review.reviewer === 'Dr A Martin' &&
      review.registration === 'RPPS 10001234567' &&
      review.contentVersion &&
      review.translations,
    JSON.stringify(review)
  );
  check(
    'reviewed: final',
    count(read('fr'), '<target state="final">') === total && count(read('fr'), 'approved="yes"') === total
  );
  result = run('check-xliff-states.mjs');
  check(
    'pocount agrees: final',
    result.status === 0 && result.output.includes(`fr: 0 machine drafts, 0 accepted, ${total} final`),
    result.output
  );
  let generated = clinicalReviewsSource({ dir });
  check(
    'clinical-reviews.ts: the current review, and the machine-draft locales',
    generated.includes('"reviewer": "Dr A Martin"') &&
      generated.includes('"registration": "RPPS 10001234567"') &&
      /machineDraftLocales: readonly string\[\] = \[[^\]]*"de"/.test(generated) &&
      !/machineDraftLocales[^\n]*"es"/.test(generated) &&
      !generated.includes('en-XA'),
    generated
  );

  // Deterministic: a second run changes nothing.
  const before = config.targetLocales.map(read).join('');
  result = run('xliff-states.mjs', '--check');
  check('xliff-states --check: up to date', result.status === 0, result.output);
  run('xliff-states.mjs');
  check('xliff-states twice changes nothing', config.targetLocales.map(read).join('') === before);

  // A French word changes: the review no longer holds, the drafts are drafts again.
  write('fr', read('fr').replace(/(<target state="final">)([^<]+)/, '$1$2 (modifié)'));
  result = run('check-xliff-states.mjs');
  check(
    'check fails when a review lapsed',
    result.status !== 0 && /fr\.xlf: pocount sees translated/.test(result.output),
    result.output
  );
  run('xliff-states.mjs');
  check('lapsed review: machine drafts again', count(read('fr'), 'state-qualifier="mt-suggestion"') === total);
  generated = clinicalReviewsSource({ dir });
  check('clinical-reviews.ts: a lapsed review is left out', !generated.includes('Dr A Martin'), generated);

  // The English of a German message changes: stale, no qualifier.
  write('de', read('de').replace(/<source>([^<]+)<\/source>/, '<source>$1 (changed)</source>'));
  run('xliff-states.mjs');
  check(
    'stale: needs-review-translation without qualifier',
    count(read('de'), '<target state="needs-review-translation">') === 1
  );
  result = run('check-xliff-states.mjs');
  check(
    'pocount agrees: stale',
    result.status === 0 && result.output.includes(`de: ${total - 1} machine drafts, 0 accepted, 0 final, 1 stale`),
    result.output
  );

  // Wrong states fail the check: an accepted translation shown as a draft, a draft shown as stale.
  write(
    'es',
    read('es').replace(
      /<trans-unit ([^>]*?) approved="yes">(\s*<source>[\s\S]*?<\/source>\s*)<target state="translated">/,
      '<trans-unit $1>$2<target state="needs-review-translation">'
    )
  );
  result = run('check-xliff-states.mjs');
  check(
    'check fails on a wrong state',
    result.status !== 0 && result.output.includes('es.xlf: pocount sees translated'),
    result.output
  );
  run('xliff-states.mjs');
  write('it', read('it').replace(' state-qualifier="mt-suggestion"', ''));
  result = run('check-xliff-states.mjs');
  check('check fails on a missing qualifier', result.status !== 0 && result.output.includes('it.xlf'), result.output);
  run('xliff-states.mjs');

  // Without translate-toolkit, the check says how to install it.
  env.POCOUNT = '/nonexistent/pocount';
  result = run('check-xliff-states.mjs');
  check(
    'no pocount: a clear failure',
    result.status !== 0 && result.output.includes('apt-get install translate-toolkit'),
    result.output
  );
} finally {
  rmSync(copy, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`XLIFF states test failed (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('XLIFF states: accept, --machine and clinical review recorded and shown as CAT tools read them.');
