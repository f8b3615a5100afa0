// Keeps docs/medical-content.md true and the English plain, and prints the
// figures:
// - every message id the widgets have is listed there exactly once, as
//   medical content (with its fact and source) or as interface text, and
//   every listed id still exists;
// - its version and review dates are those the widgets show
//   (src/core/content-review.ts);
// - readability: the Flesch-Kincaid grade of every medical message is at
//   most 10, and of each widget's medical text as a whole at most 8.
//
// The English comes from the XLIFF that `lit-localize extract` wrote just
// before (npm run generate), so it is exactly what msg() calls hold.
import { fleschKincaid } from 'flesch-kincaid';
import { readFileSync } from 'node:fs';
import { syllable } from 'syllable';
import { WIDGETS } from '../src/widgets.js';
import { groupOf } from './message-groups.mjs';

const MAX_GRADE_MESSAGE = 10;
const MAX_GRADE_WIDGET = 8;

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const problems = [];

/** Placeholders out: markup goes, an expression reads as a short number ("call 999 now"). */
const plain = (source) =>
  source
    .replace(/<x id="\d+" equiv-text="(&lt;[^"]*)"\/>/g, '')
    .replace(/<x id="\d+"[^>]*\/>/g, '15')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

const config = JSON.parse(read('lit-localize.json'));
const xliff = read(`locales/${config.targetLocales[0]}.xlf`);
const english = new Map(
  [...xliff.matchAll(/<trans-unit id="([^"]+)"[^>]*>\s*<source>([\s\S]*?)<\/source>/g)].map(([, id, source]) => [
    id,
    plain(source),
  ])
);

// The document: its header values and its two tables.
const doc = read('docs/medical-content.md');
// The review record: the next review's date in a module of its own (every drop-in has it), the rest beside it.
const review = read('src/core/content-review.ts');
for (const [label, inSource] of [
  ['Content version', /version: '([^']+)'/],
  ['Last reviewed', /reviewed: '([^']+)'/],
  ['Next review', /nextReview: '([^']+)'/],
]) {
  const inDoc = doc.match(new RegExp(`^- ${label}: (\\S+)`, 'm'))?.[1];
  const inCode = review.match(inSource)?.[1];
  if (inDoc !== inCode) problems.push(`"${label}" is ${inDoc} in the docs but ${inCode} in src/core/content-review.ts`);
}

/** Rows of the table under a `## heading`: their cells, the id's backticks gone. */
function table(heading) {
  const section = doc.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) {
    problems.push(`docs/medical-content.md has no "## ${heading}" section`);
    return [];
  }
  return section
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^`|`$/g, ''))
    );
}
const medical = table('Medical content');
const interfaceText = table('Interface text');

const listed = new Map();
for (const [id, ...rest] of [...medical, ...interfaceText]) {
  if (listed.has(id)) problems.push(`${id} is listed twice`);
  listed.set(id, rest);
  if (!english.has(id)) problems.push(`${id} is listed but no widget has it any more`);
}
for (const id of english.keys()) {
  if (!listed.has(id))
    problems.push(`${id} is missing from docs/medical-content.md (medical content or interface text)`);
}
// Every source a medical message names is one of the Sources table, by name ("NHS back pain; seed 001").
const sourceNames = new Set(
  (doc.split(/^## /m).find((part) => part.startsWith('Sources')) ?? '')
    .split('\n')
    .filter((line) => /^\| [^-]/.test(line) && !line.startsWith('| Name'))
    .map((line) => line.split('|')[1].trim())
);
for (const [id, fact, source] of medical) {
  if (!fact || !source) problems.push(`${id} needs both its fact and its source`);
  for (const name of (source ?? '')
    .replace(/\([^)]*\)/g, '')
    .split(';')
    .map((part) => part.trim())) {
    if (name && !sourceNames.has(name)) problems.push(`${id} names "${name}", which the Sources table does not list`);
  }
}

// Readability of the medical messages, one by one and per widget.
const grade = (text) => {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((part) => /\w/.test(part));
  const words = text.match(/[\p{L}\d'’-]+/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: Math.max(sentences.length, 1), word: words.length, syllable: syllables });
};
/** Which widget shows a message: its group (its own or a part of it), with the shared footer and sources shown by all. */
const SHARED = ['urgent', 'common', 'sources'];
const rows = [];
for (const { tag, folder, lazyGroups } of WIDGETS) {
  const groups = [folder, ...Object.keys(lazyGroups)];
  const texts = medical
    .map(([id]) => id)
    .filter((id) => (groups.includes(groupOf(id)) || SHARED.includes(id.split('.')[0])) && english.has(id))
    .map((id) => {
      const text = english.get(id);
      const score = grade(text);
      if (score > MAX_GRADE_MESSAGE)
        problems.push(`${id} reads at grade ${score.toFixed(1)} (over ${MAX_GRADE_MESSAGE}): "${text}"`);
      rows.push([id, score]);
      // A list item without a full stop is still a sentence of its own.
      return /[.!?:]$/.test(text) ? text : `${text}.`;
    });
  const whole = grade(texts.join(' '));
  if (whole > MAX_GRADE_WIDGET)
    problems.push(`<${tag}>'s medical text reads at grade ${whole.toFixed(1)} (over ${MAX_GRADE_WIDGET})`);
  console.log(
    `Readability <${tag}>: grade ${whole.toFixed(1)} over ${texts.length} messages (limit ${MAX_GRADE_WIDGET})`
  );
}
const hardest = [...new Map(rows)].sort((a, b) => b[1] - a[1]).slice(0, 5);
console.log(
  `Hardest messages (limit ${MAX_GRADE_MESSAGE}): ${hardest.map(([id, score]) => `${id} ${score.toFixed(1)}`).join(', ')}`
);

if (problems.length > 0) {
  console.error(`Medical content check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Medical content: ${medical.length} medical and ${interfaceText.length} interface messages listed in docs/medical-content.md, all current.`
);
