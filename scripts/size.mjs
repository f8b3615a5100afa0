// Prints the min+gzip size of every file of the CDN drop-in and fails when an
// entry is over its budget. "min" is rollup+terser's output in dist/cdn;
// gzip is level 9, as CDNs serve it. Then a table of the locale chunks, one per
// locale and message group (scripts/message-groups.mjs), with their limits.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ALL_IN_ONE, HYDRATING_ALL_IN_ONE, SHARED_MESSAGE_LIMIT, WIDGETS, widgetFiles } from '../src/widgets.js';
import { GROUPS, LAZY_GROUPS } from './message-groups.mjs';

const root = new URL('../dist/cdn/', import.meta.url).pathname;
/** The gzip bytes each drop-in and locale chunk may have (src/widgets.js): what was measured, and a little room. */
const BUDGETS = Object.fromEntries([
  [`${ALL_IN_ONE.name}.js`, ALL_IN_ONE.budget],
  [`${HYDRATING_ALL_IN_ONE.name}.js`, HYDRATING_ALL_IN_ONE.budget],
  ...WIDGETS.map((widget) => [`${widgetFiles(widget).dropIn}.js`, widget.budget]),
]);
const GROUP_LIMITS = {
  shared: SHARED_MESSAGE_LIMIT,
  ...Object.fromEntries(WIDGETS.map((widget) => [widget.folder, widget.messageLimit])),
};
const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
/**
 * A locale chunk's file name ends in -<group>.js (spasm-widgets/pt-BR-timer.js), or in a single
 * widget's drop-in, -<group>-page.js: its own and the shared messages (spasm-timer/pt-BR-timer-page.js).
 */
const localeChunk = new RegExp(`/(${config.targetLocales.join('|')})-(${GROUPS.join('|')})(-page)?\\.js$`);

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.js') ? [path] : [];
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
      status: budget === undefined ? '' : ['ok', 'OVER'][Number(over)],
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
const chunks = ALL_IN_ONE.name;
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
for (const widget of WIDGETS) {
  const { dropIn } = widgetFiles(widget);
  const sizes = config.targetLocales.map((locale) => [
    locale,
    gzipOf(join(root, dropIn, `${locale}-${widget.folder}-page.js`)),
  ]);
  const limit = GROUP_LIMITS.shared + widget.messageLimit;
  const over = sizes.filter(([, gzip]) => gzip > limit);
  failed ||= over.length > 0;
  const [smallest, largest] = [Math.min(...sizes.map(([, gzip]) => gzip)), Math.max(...sizes.map(([, gzip]) => gzip))];
  console.log(
    `${dropIn}/<locale>-${widget.folder}-page.js: ${smallest} to ${largest} B gzip (≤ ${limit}${over.length ? `; over: ${over.map(([locale]) => locale).join(', ')}` : ''})`
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
