// Fails when the emergency-number table in src/core/emergency-numbers.ts and
// its documentation, docs/emergency-numbers.md, say different things.
//
// Every number the widgets may show must have a documented source, so a
// region, language or number present on one side only is an error; so is a
// health service's ambulance number (`112/108`) documented differently, a
// language given a second number, a region both in the table and under "Not
// listed, and why", and a table of fewer than 30 regions (a sign that the
// string was cut).
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
 * The code's two tables: EMERGENCY groups ('112 AT BE … de pl;112/108 IN;911 US')
 * give regions (upper case) and languages (lower case) their number, and a
 * region a health service's ambulance number after the slash; URGENT
 * ('GB111,NHS 111;DE116117') adds a region's advice line. Both as the docs
 * write them: region -> '999 | — | 111 (NHS 111)', language -> '112'.
 */
function fromSource() {
  const regions = new Map();
  const languages = new Map();
  for (const group of literal('EMERGENCY').split(';').filter(Boolean)) {
    const [head, ...keys] = group.split(' ');
    const [number, ambulance, ...rest] = head.split('/');
    for (const value of [number, ambulance])
      if (value !== undefined && !/^\d+$/.test(value))
        errors.push(`src/core/emergency-numbers.ts: "${head}" is not a number or two numbers joined by "/".`);
    if (rest.length) errors.push(`src/core/emergency-numbers.ts: "${head}" has more than two numbers.`);
    if (!keys.length) errors.push(`src/core/emergency-numbers.ts: the group "${head}" has no region or language.`);
    for (const key of keys) {
      const isRegion = /^[A-Z]{2}$/.test(key);
      const table = isRegion ? regions : languages;
      if (table.has(key)) errors.push(`src/core/emergency-numbers.ts: ${key} is in two groups.`);
      if (!isRegion && ambulance)
        errors.push(
          `src/core/emergency-numbers.ts: the language ${key} has a second number (${head}); a language gets one.`
        );
      table.set(key, isRegion ? [number, ambulance ?? '—'] : number);
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
  for (const [key, numbers] of regions) regions.set(key, [...numbers, urgent.get(key) ?? '—'].join(' | '));
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

/** Region rows: Region | Country | Emergency | Ambulance | Urgent advice | Source. */
function regionsFromDocs() {
  const table = new Map();
  for (const [key, country, emergency, ambulance, urgent, source] of rows(REGION_HEADER)) {
    if (table.has(key)) errors.push(`docs/emergency-numbers.md: ${key} is listed twice.`);
    if (!country) errors.push(`docs/emergency-numbers.md: ${key} has no country name.`);
    if (!source) errors.push(`docs/emergency-numbers.md: ${key} has no source.`);
    else if (!/https?:\/\//.test(source)) errors.push(`docs/emergency-numbers.md: ${key}'s source has no URL.`);
    if (ambulance && ambulance !== '—' && !source?.includes(ambulance))
      errors.push(`docs/emergency-numbers.md: ${key}'s source does not say where ${ambulance} comes from.`);
    table.set(key, `${emergency} | ${ambulance} | ${urgent}`);
  }
  return table;
}

/** Language rows: Language | Emergency | Why it is safe. */
function languagesFromDocs() {
  const table = new Map();
  for (const [key, emergency, reason] of rows(LANGUAGE_HEADER)) {
    if (table.has(key)) errors.push(`docs/emergency-numbers.md: ${key} is listed twice.`);
    if (!reason) errors.push(`docs/emergency-numbers.md: ${key} has no reason.`);
    table.set(key, emergency);
  }
  return table;
}

/** Region codes named in bold, `**Name (XX)**`, under the "Not listed, and why" heading. */
function notListed() {
  const start = docs.search(/^#+ Not listed, and why\s*$/m);
  if (start < 0) {
    errors.push('docs/emergency-numbers.md: no "Not listed, and why" heading.');
    return [];
  }
  const section = docs.slice(start).split(/\n#+ /)[0];
  return [...section.matchAll(/\*\*[^*]*\(([A-Z]{2})\)[^*]*\*\*/g)].map((match) => match[1]);
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

const REGION_HEADER = ['Region', 'Country', 'Emergency', 'Ambulance', 'Urgent advice', 'Source'];
const LANGUAGE_HEADER = ['Language', 'Emergency', 'Why it is safe'];
const { regions, languages } = fromSource();
compare('Region', regions, regionsFromDocs());
compare('Language', languages, languagesFromDocs());
for (const key of notListed())
  if (regions.has(key))
    errors.push(`docs/emergency-numbers.md: ${key} is under "Not listed, and why" but the code lists it.`);
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
