// Fails when the emergency-number table in src/core/emergency-numbers.ts and
// its documentation, docs/emergency-numbers.md, say different things.
//
// Every number the widgets may show must have a documented source, so a
// region, language or number present on one side only is an error, and so is
// a table of fewer than 30 regions (a sign that the string was cut).
//
//   node scripts/check-emergency-docs.mjs
import { readFileSync } from 'node:fs';

const MIN_REGIONS = 30;
const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const source = read('src/core/emergency-numbers.ts');
const docs = read('docs/emergency-numbers.md');
const errors = [];

/** The string assigned to `const NAME =`, with its `'…' + '…'` pieces joined. */
function literal(name) {
  const match = new RegExp(`const ${name} =([^;]*?(?:'[^']*'\\s*\\+?\\s*)+);`).exec(source);
  if (!match) {
    errors.push(`src/core/emergency-numbers.ts: no string constant ${name}.`);
    return '';
  }
  return [...match[1].matchAll(/'([^']*)'/g)].map((piece) => piece[1]).join('');
}

/**
 * The code's two tables: EMERGENCY groups ('112 AT BE … de pl;911 US') give
 * regions (upper case) and languages (lower case) their number; URGENT
 * ('GB111,NHS 111;DE116117') adds a region's advice line. Both as the docs
 * write them: region -> '999 | 111 (NHS 111)', language -> '112'.
 */
function fromSource() {
  const regions = new Map();
  const languages = new Map();
  for (const group of literal('EMERGENCY').split(';').filter(Boolean)) {
    const [number, ...keys] = group.split(' ');
    for (const key of keys) {
      const table = /^[A-Z]{2}$/.test(key) ? regions : languages;
      if (table.has(key)) errors.push(`src/core/emergency-numbers.ts: ${key} is in two groups.`);
      table.set(key, number);
    }
  }
  const urgent = new Map(
    literal('URGENT')
      .split(';')
      .filter(Boolean)
      .map((line) => {
        const [number, label = number] = line.slice(2).split(',');
        return [line.slice(0, 2), `${number} (${label})`];
      })
  );
  for (const key of urgent.keys())
    if (!regions.has(key))
      errors.push(`src/core/emergency-numbers.ts: URGENT has ${key}, which has no emergency number.`);
  for (const [key, number] of regions) regions.set(key, `${number} | ${urgent.get(key) ?? '—'}`);
  return { regions, languages };
}

/** The rows of the Markdown table whose header row is exactly `header`. */
function rows(header) {
  const lines = docs.split('\n');
  const start = lines.findIndex((line) => cells(line)?.join('|') === header.join('|'));
  if (start < 0) {
    errors.push(`docs/emergency-numbers.md: no table with the columns | ${header.join(' | ')} |.`);
    return [];
  }
  const body = [];
  for (const line of lines.slice(start + 2)) {
    const row = cells(line);
    if (!row) break;
    body.push(row);
  }
  return body;
}

function cells(line) {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|')) return undefined;
  return trimmed
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}

function fromDocs(header, withUrgent) {
  const table = new Map();
  for (const row of rows(header)) {
    const [key, ...rest] = row;
    const emergency = withUrgent ? rest[1] : rest[0];
    const source = withUrgent ? rest[3] : rest[1];
    if (table.has(key)) errors.push(`docs/emergency-numbers.md: ${key} is listed twice.`);
    if (!source) errors.push(`docs/emergency-numbers.md: ${key} has no ${withUrgent ? 'source' : 'reason'}.`);
    if (withUrgent && !/https?:\/\//.test(source ?? ''))
      errors.push(`docs/emergency-numbers.md: ${key}'s source has no URL.`);
    table.set(key, withUrgent ? `${emergency} | ${rest[2]}` : emergency);
  }
  return table;
}

function compare(what, code, documented) {
  for (const [key, value] of code) {
    if (!documented.has(key)) errors.push(`${what} ${key} (${value}) is in the code but not in the docs.`);
    else if (documented.get(key) !== value)
      errors.push(`${what} ${key}: the code says "${value}", the docs say "${documented.get(key)}".`);
  }
  for (const [key, value] of documented) {
    if (!code.has(key)) errors.push(`${what} ${key} (${value}) is in the docs but not in the code.`);
  }
}

const { regions, languages } = fromSource();
compare('Region', regions, fromDocs(['Region', 'Country', 'Emergency', 'Urgent advice', 'Source'], true));
compare('Language', languages, fromDocs(['Language', 'Emergency', 'Why it is safe'], false));
for (const key of regions.keys())
  if (!/^[A-Z]{2}$/.test(key)) errors.push(`Region "${key}" is not two capital letters.`);
for (const key of languages.keys())
  if (!/^[a-z]{2,3}$/.test(key)) errors.push(`Language "${key}" is not a language code.`);
if (regions.size < MIN_REGIONS) errors.push(`Only ${regions.size} regions: at least ${MIN_REGIONS} are expected.`);

if (errors.length) {
  console.error(`Emergency numbers: the code and docs/emergency-numbers.md disagree:\n- ${errors.join('\n- ')}`);
  process.exit(1);
}
console.log(`Emergency numbers: ${regions.size} regions and ${languages.size} languages match the docs.`);
