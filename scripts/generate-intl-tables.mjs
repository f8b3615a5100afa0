// Writes src/generated/intl-tables.ts: what `Intl` says of the shipped
// languages (lit-localize.json), asked once here at build time instead of on
// every page's first render (issue 25 §1), where the DateTimeFormat that finds
// a clock's separator and the Intl.Locale#maximize() calls of the locale
// negotiation cost most of the first render's time on a slow phone.
//
// Only what differs from a default is written, to keep the drop-ins small.
// Each table is checked against the browsers' own Intl by
// test/intl-tables.test.ts, in every locale and region it covers, so it
// cannot drift from them unnoticed.
//
// The tables cover each shipped language alone, with any region (`en-GB`,
// `es-419`) and with the scripts listed for it (`zh-Hant`); src/core/format.ts
// and src/core/locale-negotiation.ts ask Intl itself for any other tag.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const shipped = [config.sourceLocale, ...config.targetLocales];
const languages = [...new Set(shipped.map((tag) => new Intl.Locale(tag).language))].sort();

const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
/** A region code Intl knows by name and keeps as it is (not an alias such as `UK` or `818`). */
const isRegion = (code) => new Intl.Locale(`und-${code}`).region === code && regionNames.of(code) !== undefined;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/**
 * Every region: ISO 3166-1 alpha-2 codes and UN M.49 areas (`419`); not ZZ,
 * the unknown region, which Intl.Locale#maximize() replaces as if missing
 * (UTS 35), so the tables' users leave a tag with it to Intl.
 */
const REGIONS = [
  ...[...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second)),
  ...Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0')),
].filter((code) => code !== 'ZZ' && isRegion(code));

const fail = (message) => {
  throw new Error(`generate-intl-tables: ${message}`);
};
const maximized = (tag) => new Intl.Locale(tag).maximize();

// Likely subtags: each language's maximized form, then those of the other scripts it is written in here.
const likely = [];
/** Per `language-script`, the regions where that script is the likely one though it is not the language's. */
const scriptRegions = new Map();
for (const language of languages) {
  const usual = maximized(language);
  likely.push(usual.baseName);
  for (const region of REGIONS) {
    const { script, region: kept } = maximized(`${language}-${region}`);
    if (kept !== region) fail(`${language}-${region} maximizes to another region (${kept})`);
    if (script !== usual.script) {
      const key = `${language}-${script}`;
      scriptRegions.set(key, [...(scriptRegions.get(key) ?? []), region]);
    }
  }
}
/** The scripts of `language` the tables cover: its usual one, those of the shipped locales and those likely in some region. */
const scripts = (language) => [
  ...new Set(
    [language, ...shipped, ...scriptRegions.keys()]
      .map((tag) => (tag === language ? maximized(tag) : new Intl.Locale(tag)))
      .filter((locale) => locale.language === language && locale.script)
      .map((locale) => locale.script)
  ),
];
for (const language of languages) {
  const usual = maximized(language);
  for (const script of scripts(language)) {
    const { baseName } = maximized(`${language}-${script}`);
    if (script === usual.script) {
      if (baseName !== usual.baseName) fail(`${language}-${script} maximizes to ${baseName}, not ${usual.baseName}`);
    } else likely.push([baseName, ...(scriptRegions.get(`${language}-${script}`) ?? [])].join('-'));
  }
}

// Clocks: the separator of minutes and seconds and the zero of the digits, where not ":" and "0".
const DEFAULT_CLOCK = ':0';
function clock(tag) {
  const separator =
    new Intl.DateTimeFormat(tag, { minute: '2-digit', second: '2-digit' })
      .formatToParts(0)
      .find((part) => part.type === 'literal')?.value ?? ':';
  if (/[|=-]/.test(separator)) fail(`${tag}'s separator ${JSON.stringify(separator)} has a character the table uses`);
  const numbers = new Intl.NumberFormat(tag);
  const zero = numbers.format(0);
  if (zero.length !== 1) fail(`${tag}'s zero ${JSON.stringify(zero)} is not one UTF-16 unit`);
  // Decimal digits are ten consecutive characters: the table gives only the zero.
  const digits = (text) => text.replace(/\d/g, (digit) => String.fromCharCode(zero.charCodeAt(0) + Number(digit)));
  for (const n of [7, 10, 59, 123, 456, 789, 999])
    if (numbers.format(n) !== digits(String(n))) fail(`${tag} writes ${n} as ${numbers.format(n)}`);
  const twoDigits = new Intl.NumberFormat(tag, { minimumIntegerDigits: 2 });
  for (const n of [0, 5, 59])
    if (twoDigits.format(n) !== digits(String(n).padStart(2, '0'))) fail(`${tag} pads ${n} as ${twoDigits.format(n)}`);
  return separator + zero;
}
/** `language[-regions]=clock` of each clock other than ":0" of a language and of its regions. */
const clocks = [];
for (const language of languages) {
  const own = clock(language);
  // The table has no entries for a script: each must have its language's clock.
  for (const script of scripts(language))
    if (clock(`${language}-${script}`) !== own) fail(`${language}-${script} has another clock than ${language}`);
  const regional = new Map();
  for (const region of REGIONS) {
    const value = clock(`${language}-${region}`);
    // A region not in the table has its language's clock.
    if (value !== own) regional.set(value, [...(regional.get(value) ?? []), region]);
  }
  for (const [value, regions] of regional) clocks.push(`${[language, ...regions].join('-')}=${value}`);
  // After its regions': format.ts takes the first entry of the language that has the tag's region or none.
  if (own !== DEFAULT_CLOCK) clocks.push(`${language}=${own}`);
}

const clockTable = clocks.join('|');
const source = `// Generated by scripts/generate-intl-tables.mjs from lit-localize.json and Node's Intl (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}). Do not edit.
// test/intl-tables.test.ts checks every entry against the browsers' Intl.

/**
 * Intl.Locale#maximize() of each shipped language (its usual script and
 * region), then of its other scripts here, each followed by the regions where
 * it is the language's likely one (\`zh-Hant-TW-HK-MO-…\`: \`zh-HK\` is
 * \`zh-Hant-HK\`).
 */
export const LIKELY_SUBTAGS = ${JSON.stringify(likely.join(' '))};

/**
 * \`language[-regions…]=<separator><zero>\`, \`|\`-separated: the
 * minutes-seconds separator of a clock (DateTimeFormat) and the zero of the
 * digits (NumberFormat) of those regions of a language whose clock is not
 * the language's, then of the language where it is not ":0". Any other tag of a language of LIKELY_SUBTAGS,
 * alone, with a region or with one of its scripts there, writes "14:59".
 */
export const CLOCKS = ${JSON.stringify(clockTable)};
`;
mkdirSync(new URL('../src/generated/', import.meta.url), { recursive: true });
writeFileSync(new URL('../src/generated/intl-tables.ts', import.meta.url), source);
console.log(
  `intl-tables: ${languages.length} languages × ${REGIONS.length} regions; ${likely.length} likely subtags, ${scriptRegions.size} regional scripts, ${clocks.length} clocks (${source.length} characters)`
);
