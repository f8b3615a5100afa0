// Prints the min+gzip size of every file of the CDN drop-in and fails when an
// entry is over its budget. "min" is rollup+terser's output in dist/cdn;
// gzip is level 9, as CDNs serve it. Then a table of the locale chunks, one per
// locale and message group (scripts/message-groups.mjs), with their limits.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GROUPS, LAZY_GROUPS } from './message-groups.mjs';

const root = new URL('../dist/cdn/', import.meta.url).pathname;
/**
 * Budgets in bytes (1 KB = 1,000 bytes here, the stricter reading). History:
 * 12,000 / 12,000 / 13,000 / 20,000 at first; raised in the robustness work
 * (issues 9 and 10) to 13,400 / 12,550 / 14,050 / 20,550; raised again for
 * the urgent-help and phone work (issues 14 and 12) by what it measured: the
 * two-tier urgent block in every widget, the 52-region table of emergency
 * numbers (490 B), the red-flag check, one urgent block per page, the timer's
 * end-of-session and rest display, Undo, and the quiz's hints and marks. The
 * emergency card, the sources panel and the check of host content load when
 * first used. Over the 600 B issue 14 allows: see its closing note. Then
 * +400 B for `heading-level` and the print plan's hooks (the plan itself
 * loads on the first print): 16,000 / 15,350 / 16,150 / 23,500 before.
 * Then issue 15 (16,400 / 15,750 / 16,600 / 24,100 before): registerTranslation
 * and overrideMessages, about 170 B of the 400 B it allows (their checks load
 * with the first call), and the loader table of 15 more languages, about
 * 200 B per single-widget drop-in and 350 B in the all-in-one. A single
 * widget's drop-in now loads one chunk per locale (-110 to -120 B) and the
 * preview of a bad object in a warning loads with the first one (-84 to -99 B).
 * The sources panel's and the print plan's messages load with them, not in
 * every page's shared chunk (+60 to +76 B here for the loading, -380 B gzip
 * in the shared chunk of every non-English page: es 1,209 to 830).
 * Then lowered (15,925 / 16,710 / 24,450 before): the emergency card's
 * messages, the steps' "How to do it" and the quiz's explanations, English
 * included, load on the first interaction with their widget (-457 B, -345 B
 * and -794 B; the timer +2 B: a failed load of the sources panel is caught).
 * Then issue 11, the timer as a companion (16,625 / 15,475 / 16,375 / 23,675
 * before): its opt-in parts load when first used (the end-of-session alerts,
 * the start-day question, the calendar file), but their hooks are in the
 * timer: the attributes and their checks, the start-day disclosure, the
 * calendar button, `recommendedMode` and its event, +775 B. The checklist
 * follows the start day (+110 B). Issue 11's 12 KB for the timer is below
 * what the timer was before it (see its closing note).
 * Then issue 13's +400 B taken back from every budget (17,400 / 15,600 /
 * 16,375 / 24,575 before): its hooks (heading-level, the Print button,
 * printPlan() and each widget's part of the plan, the height held until the
 * first render; 373 to 422 B per widget, 541 B in all three, by a build
 * without them) stay, and savings make the room: the CDN drop-ins' locale
 * table as one list and one import() pattern (-104 to -116 B, -474 in all
 * three), our private Lit without its version lists and with short messages
 * for two errors only our code could raise (-154 to -160 B), and the checks
 * of a boolean attribute written as off and of the content's review date
 * loaded only when needed (-130 to -138 B). The all-in-one's budget keeps
 * the rest of its saving.
 * Then issue 23, content a clinic can sign (17,000 / 15,200 / 15,975 /
 * 23,800 before): the content is allowed the bytes it needs. Both tiers of
 * warning signs in full (18 signs, up from 10) and asked about in the check,
 * the advice-today answer, the sign-off, the machine-translation and
 * review-due notes, the reviewed-languages switch, numbers by declared
 * country with a second ambulance number and the country's name: +2,362 B
 * in the checklist, +1,901 B in the quiz, +2,094 B in the timer, +2,307 B in
 * all three (the closing note of issue 23 splits it by part). Budgets are
 * the measured sizes and about 100 B.
 * Then the first part of issue 29 (19,200 / 17,650 / 17,950 / 26,200
 * before; it allows 400 B): the quiz's named groups, one voice after Check
 * and results in words (+167 B), the timer's settled start-day answer, its
 * dial that grows with the text and clock times in the page's full language
 * tag (+162 B), lines that break between words (+57 B in the checklist);
 * +284 B in all three.
 */
const BUDGETS = {
  'spasm-timer.js': 19_350,
  'spasm-checklist.js': 17_700,
  'spasm-quiz.js': 18_100,
  'spasm-widgets.js': 26_450,
};

/**
 * Limits of the locale chunks (gzip bytes). Issue 15 set each widget's
 * messages at 1.6 KB and the shared ones at 1 KB, with ceilings for the
 * languages whose urgent block was already over. Issue 23 retired those
 * limits where the content needs more: the shared chunk is the urgent block
 * every widget shows at once, now both tiers in full (1.18 to 1.73 KB; none
 * of it may wait for a later download), and the checklist's own messages
 * ask about both tiers (up to 1.71 KB). The limits are today's largest and
 * about 75 B, so real growth still fails. What a widget shows only once used
 * (the cards, the steps' "how", the explanations) is in lazy groups
 * (scripts/message-groups.mjs), printed below.
 */
const GROUP_LIMITS = { shared: 1_800, timer: 1_600, checklist: 1_800, quiz: 1_600 };
const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
/**
 * A locale chunk's file name ends in -<group>.js (spasm-widgets/pt-BR-timer.js), or in a single
 * widget's drop-in, -<group>-page.js: its own and the shared messages (spasm-timer/pt-BR-timer-page.js).
 */
const localeChunk = new RegExp(`/(${config.targetLocales.join('|')})-(${GROUPS.join('|')})(-page)?\\.js$`);

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') ? [path] : [];
  });

let failed = false;
const rows = files(root)
  .filter((path) => !localeChunk.test(path))
  .map((path) => {
    const code = readFileSync(path);
    const name = relative(root, path);
    const gzip = gzipSync(code, { level: 9 }).length;
    const budget = BUDGETS[name];
    const over = budget !== undefined && gzip > budget;
    failed ||= over;
    return {
      file: name,
      min: code.length,
      gzip,
      budget: budget ?? '',
      status: budget === undefined ? '' : over ? 'OVER' : 'ok',
    };
  });
rows.sort((a, b) => Number(b.budget !== '') - Number(a.budget !== '') || a.file.localeCompare(b.file));
const pad = (value, width) => String(value).padStart(width);
console.log(`${'file'.padEnd(40)} ${pad('min B', 8)} ${pad('gzip B', 8)} ${pad('budget', 8)}`);
for (const row of rows) {
  console.log(`${row.file.padEnd(40)} ${pad(row.min, 8)} ${pad(row.gzip, 8)} ${pad(row.budget, 8)} ${row.status}`);
}

// The locale chunks, from the drop-in with every widget; each single-widget drop-in carries the
// shared chunk and its own group's, the same messages (only its import line differs).
const chunks = 'spasm-widgets';
const cell = (width, ...values) => values.map((value) => pad(value, width)).join('');
console.log(`\nLocale chunks (${chunks}/<locale>-<group>.js), min / gzip bytes; the limit is gzip (! = over):`);
console.log(
  `${'locale'.padEnd(10)}${GROUPS.map((group) => `${group} (≤ ${GROUP_LIMITS[group]})`.padStart(22)).join('')}`
);
for (const locale of config.targetLocales) {
  const cells = GROUPS.map((group) => {
    const code = readFileSync(join(root, chunks, `${locale}-${group}.js`));
    const gzip = gzipSync(code, { level: 9 }).length;
    const over = gzip > GROUP_LIMITS[group];
    failed ||= over;
    return cell(8, code.length) + ' /' + cell(6, gzip) + (over ? ' !' : '  ');
  });
  console.log(locale.padEnd(10) + cells.map((text) => text.padStart(22)).join(''));
}

// A single widget's drop-in loads one chunk per locale, the shared messages beside its own: the two limits together.
const gzipOf = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
for (const group of GROUPS.slice(1)) {
  const sizes = config.targetLocales.map((locale) => [
    locale,
    gzipOf(join(root, `spasm-${group}`, `${locale}-${group}-page.js`)),
  ]);
  const limit = GROUP_LIMITS.shared + GROUP_LIMITS[group];
  const over = sizes.filter(([, gzip]) => gzip > limit);
  failed ||= over.length > 0;
  const [smallest, largest] = [Math.min(...sizes.map(([, gzip]) => gzip)), Math.max(...sizes.map(([, gzip]) => gzip))];
  console.log(
    `spasm-${group}/<locale>-${group}-page.js: ${smallest} to ${largest} B gzip (≤ ${limit}${over.length ? `; over: ${over.map(([locale]) => locale).join(', ')}` : ''})`
  );
}
// The groups of parts that load when first used: no limit, for the record.
for (const group of Object.keys(LAZY_GROUPS)) {
  const sizes = config.targetLocales.map((locale) => gzipOf(join(root, chunks, `${locale}-${group}.js`)));
  console.log(
    `${chunks}/<locale>-${group}.js (loads when first used): ${Math.min(...sizes)} to ${Math.max(...sizes)} B gzip`
  );
}

if (failed) {
  console.error('An entry is over its size budget.');
  process.exit(1);
}
