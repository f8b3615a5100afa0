#!/usr/bin/env node
/**
 * The translator's path that needs no build of ours (locales/README.md):
 *
 *   npx spasm-widgets-l10n xliff <locale> [-o file.xlf]
 *     An XLIFF 1.2 file with every English message and its note; for a
 *     shipped language, with our translation filled in, to start from.
 *   npx spasm-widgets-l10n compile <file.xlf> [-o file.json|file.js] [--partial]
 *     The messages a site passes to registerTranslation() (or, with
 *     --partial, to overrideMessages()): JSON, or with a .js output an ES
 *     module exporting them. Fails, naming each message, on what `npm test`
 *     fails on: a missing message, a dropped or added placeholder, markup, an
 *     unknown id, a missing plural form of the language.
 *
 * Placeholders are written {0}, {1}... as the XLIFF numbers them: values and
 * our tags alike (in "{0}Emergency:{1} call {2}", {0} and {1} make the bold).
 * Plain Node, no dependencies: it runs from the installed package.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const LOCALES = new URL('../locales/', import.meta.url);
const PLURAL = /\.(zero|one|two|few|many|other)$/;

const unescape = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (entity, name) => {
    if (name[0] === '#') return String.fromCodePoint(Number(name[1] === 'x' ? `0${name.slice(1)}` : name.slice(1)));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name.toLowerCase()];
  });
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The trans-units of an XLIFF 1.2 file: id, source, target and note as written (XML), target undefined if none. */
function units(xliff) {
  return [...xliff.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id: unescape(id),
    source: body.match(/<source\b[^>]*>([\s\S]*?)<\/source>/)?.[1] ?? '',
    target: body.match(/<target\b[^>]*>([\s\S]*?)<\/target>/)?.[1],
    note: body.match(/<note\b[^>]*>([\s\S]*?)<\/note>/)?.[1] ?? '',
  }));
}

/** A message as a site writes it: text, each <x id="N"/> as {N}, whitespace as one space. */
function toText(xml) {
  const markup = [];
  const text = xml.replace(/<x\b[^>]*\bid="(\d+)"[^>]*\/>/g, '{$1}').replace(/<[^>]+>/g, (tag) => {
    markup.push(tag);
    return '';
  });
  const problems = markup.length ? [`markup ${markup.join(', ')}: only the <x/> placeholders of the source`] : [];
  return { text: unescape(text).replace(/\s+/g, ' ').trim(), problems };
}

const placeholders = (text) => [...text.matchAll(/\{(\d+)\}/g)].map((match) => Number(match[1])).sort((a, b) => a - b);
const listed = (indices) => (indices.length ? indices.map((index) => `{${index}}`).join(' ') : 'none');

/** Our English messages, from a shipped XLIFF file (every one holds every source and note). */
function english() {
  const file = readdirSync(LOCALES).find((name) => name.endsWith('.xlf') && name !== 'en-XA.xlf');
  return { file, units: units(readFileSync(new URL(file, LOCALES), 'utf8')) };
}

function xliffFor(locale) {
  const shipped = readdirSync(LOCALES).includes(`${locale}.xlf`)
    ? new Map(units(readFileSync(new URL(`${locale}.xlf`, LOCALES), 'utf8')).map((unit) => [unit.id, unit.target]))
    : new Map();
  const body = english().units.map(({ id, source, note }) => {
    const target = shipped.get(id);
    return [
      `<trans-unit id="${escape(id)}">`,
      `  <source>${source}</source>`,
      ...(target === undefined ? [] : [`  <target>${target}</target>`]),
      `  <note from="spasm-widgets">${note}</note>`,
      '</trans-unit>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    `<file target-language="${escape(locale)}" source-language="en" original="spasm-widgets" datatype="plaintext">`,
    '<body>',
    ...body,
    '</body>',
    '</file>',
    '</xliff>',
    '',
  ].join('\n');
}

/** The messages of a translated XLIFF file, checked; throws with every problem named. */
function compile(xliff, { partial = false } = {}) {
  const locale = xliff.match(/<file\b[^>]*\btarget-language="([^"]+)"/)?.[1];
  const problems = [];
  let categories = ['other'];
  try {
    categories = new Intl.PluralRules(Intl.getCanonicalLocales(locale)[0]).resolvedOptions().pluralCategories;
  } catch {
    problems.push(`<file target-language="${locale ?? ''}">: not a language tag`);
  }
  const sources = new Map(english().units.map((unit) => [unit.id, toText(unit.source).text]));
  const messages = {};
  for (const unit of units(xliff)) {
    const source = sources.get(unit.id);
    if (source === undefined) {
      problems.push(`${unit.id}: no message has this id`);
      continue;
    }
    if (unit.target === undefined || !unit.target.trim()) continue;
    const { text, problems: markup } = toText(unit.target);
    problems.push(...markup.map((problem) => `${unit.id}: ${problem}`));
    const [want, got] = [placeholders(source), placeholders(text)];
    if (want.join() !== got.join())
      problems.push(`${unit.id}: placeholders ${listed(got)}; the English has ${listed(want)}`);
    messages[unit.id] = text;
  }
  for (const id of sources.keys()) {
    const form = id.match(PLURAL)?.[1];
    const base = id.replace(PLURAL, '');
    // A language's own plural forms are needed (Polish "few" and "many"); those it doesn't use are not.
    const given = partial ? Object.keys(messages).some((other) => other.replace(PLURAL, '') === base) : true;
    if (id in messages || !given) continue;
    if (!form) {
      if (!partial) problems.push(`${id}: not translated`);
    } else if (categories.includes(form) || form === 'other') {
      problems.push(`${id}: not translated (the "${form}" plural form, which ${locale} uses)`);
    }
  }
  if (problems.length) throw new Error(`${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return { locale, messages };
}

function main(argv) {
  const [command, argument, ...rest] = argv;
  const out = rest.includes('-o') ? rest[rest.indexOf('-o') + 1] : undefined;
  const write = (text) => (out ? writeFileSync(out, text) : process.stdout.write(text));
  if (command === 'xliff' && argument) {
    write(xliffFor(argument));
    if (out) console.error(`Wrote ${out}: translate each <target>, then: npx spasm-widgets-l10n compile ${out}`);
    return 0;
  }
  if (command === 'compile' && argument) {
    try {
      const { locale, messages } = compile(readFileSync(argument, 'utf8'), { partial: rest.includes('--partial') });
      const json = JSON.stringify(messages, null, 2);
      write(
        out?.endsWith('.js')
          ? `// ${locale}: compiled by spasm-widgets-l10n from ${argument}\nexport default ${json};\n`
          : `${json}\n`
      );
      if (out) console.error(`Wrote ${out}: ${Object.keys(messages).length} messages in ${locale}.`);
      return 0;
    } catch (error) {
      console.error(`${argument}: ${error.message}`);
      return 1;
    }
  }
  console.error(
    'Usage:\n  spasm-widgets-l10n xliff <locale> [-o file.xlf]\n  spasm-widgets-l10n compile <file.xlf> [-o file.json|file.js] [--partial]'
  );
  return 2;
}

process.exitCode = main(process.argv.slice(2));
