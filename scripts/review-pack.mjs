// The review pack: every sentence a clinician must read before signing the
// widgets' content off, per language, as one HTML file each that opens in
// any browser and prints (no script, no external resource).
//
//   npm run review-pack -- [--locale <tag> ...] [--out <dir>] [--date YYYY-MM-DD]
//
// Each language gets <out>/review-pack-<tag>.html (default out: review-pack/;
// default languages: English and every translation, not the pseudo-locale).
// A tag may be any the widgets resolve to a shipped language (`en-GB` is the
// English, `es-MX` the Spanish): the sign-off names the tag given.
//
// The messages are the medical ones: the "## Medical content" table of
// docs/medical-content.md (id, fact, source), grouped by widget, with the
// English beside the translation. The header gives what a sign-off is of: the
// content version (src/core/content-review.ts), the fingerprint of the
// language's translations (scripts/translations-hash.mjs, which
// `npm run l10n:clinical-review` records) and the date, and the attributes the
// site sets to record the sign-off.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALES_DIR, PSEUDO_LOCALE, ROOT, config, contentVersion, units, unitStates } from './l10n-records.mjs';
import { translationsHash } from './translations-hash.mjs';
import { WIDGETS } from '../src/widgets.js';

/** The attributes a site sets to record a sign-off, read from their one list (src/core/signoff.ts). */
export const SIGNOFF_ATTRIBUTES = [
  ...readFileSync(new URL('src/core/signoff.ts', ROOT), 'utf8')
    .match(/SIGNOFF_ATTRIBUTES = \[([^\]]*)\]/)[1]
    .matchAll(/'([^']+)'/g),
].map(([, name]) => name);
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);
/** The widgets' groups of messages (an id's first part), in the order a page shows them. */
const GROUPS = {
  ...Object.fromEntries(
    WIDGETS.flatMap(({ tag, folder, title, lazyGroups }) => [
      [folder, `${title} (<${tag}>)`],
      // A part whose ids have a prefix of their own (`emergency.*`) gets its own heading.
      ...Object.values(lazyGroups)
        .filter((part) => part.title)
        .map((part) => [part.ids.split('.')[0], part.title]),
    ])
  ),
  urgent: 'Urgent help (in every widget)',
  common: 'In every widget',
};
const STATES = {
  machine: 'machine draft',
  translated: 'accepted by a translator',
  final: 'reviewed by a clinician',
  stale: 'not accepted: the English changed since',
  empty: 'MISSING: shows in English',
};

const escapeHtml = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const unescapeXml = (text) =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[\da-f]+);/gi, (_entity, name) => {
    if (name[0] === '#')
      return String.fromCodePoint(Number(name[1] === 'x' || name[1] === 'X' ? `0${name.slice(1)}` : name.slice(1)));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name.toLowerCase()];
  });

/** A message as text runs and placeholders: { text } or { id, equiv } (equiv-text unescaped). */
export function tokens(xml) {
  const parts = [];
  let last = 0;
  for (const match of xml.matchAll(/<x\b([^>]*)\/>/g)) {
    if (match.index > last) parts.push({ text: unescapeXml(xml.slice(last, match.index)) });
    const id = match[1].match(/\bid="([^"]*)"/)?.[1];
    const equiv = unescapeXml(match[1].match(/\bequiv-text="([^"]*)"/)?.[1] ?? '');
    parts.push({ id, equiv });
    last = match.index + match[0].length;
  }
  if (last < xml.length) parts.push({ text: unescapeXml(xml.slice(last)) });
  return parts.map((part) => ('text' in part ? { text: part.text.replace(/\s+/g, ' ') } : part));
}

/** What a placeholder stands for, for a reader: bold on or off, or a label such as "clock time". */
export function placeholderLabel(equiv) {
  if (/^<(strong|b|em)>$/i.test(equiv)) return { bold: 'open' };
  if (/^<\/(strong|b|em)>$/i.test(equiv)) return { bold: 'close' };
  const code = equiv.replace(/<[^>]*>/g, '');
  const label = (() => {
    if (/formatTimeOfDay/.test(code)) return 'clock time';
    if (/formatDuration/.test(code)) return 'duration';
    if (/numbers\.emergency|^\$\{call\}$/.test(code)) return 'emergency number';
    if (/numbers\.urgent/.test(code)) return 'urgent advice line';
    if (/numbers\.ambulance/.test(code)) return 'ambulance number';
    if (/\bdate\(/.test(code)) return 'date';
    if (/^\$\{(n|count)\}$/.test(code)) return 'number';
    const name = code.match(/[A-Za-z_]\w*/g)?.pop() ?? 'value';
    return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  })();
  return { label };
}

/** A message as HTML: its text escaped, our bold as <strong>, every other placeholder as "[label]". */
export function renderMessage(xml, labels) {
  let html = '';
  let open = 0;
  for (const token of tokens(xml)) {
    if ('text' in token) {
      html += escapeHtml(token.text);
      continue;
    }
    const { bold, label } = labels.get(token.id) ?? placeholderLabel(token.equiv);
    if (bold === 'open') {
      html += '<strong>';
      open++;
    } else if (bold === 'close') {
      if (open > 0) html += '</strong>';
      open = Math.max(0, open - 1);
    } else html += `<span class="ph">[${escapeHtml(label)}]</span>`;
  }
  return html.trim() + '</strong>'.repeat(open);
}

/** The rows of the Markdown table under `heading` in `markdown`: arrays of cells, header and rule left out. */
function tableRows(markdown, heading) {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`docs/medical-content.md has no "${heading}" section`);
  const section = markdown.slice(start + heading.length + 2).split(/\n## /)[0];
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim())
    );
  return rows.slice(2);
}

/** Markdown cell text as HTML: escaped, `code` kept as code. */
const inlineMarkdown = (text) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
const anchor = (name) => `source-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The medical messages (id, fact, sources) and the sources by name, from docs/medical-content.md. */
export function medicalContent(markdown = readFileSync(new URL('docs/medical-content.md', ROOT), 'utf8')) {
  const messages = tableRows(markdown, '## Medical content').map(([id, fact, source]) => ({
    id: id.replace(/`/g, ''),
    fact,
    source,
  }));
  const sources = new Map(tableRows(markdown, '## Sources').map(([name, text]) => [name, text]));
  return { messages, sources };
}

/** The shipped locale a tag resolves to ('en' for English), or undefined. */
export function shippedLocale(tag, shipped = ['en', ...config.targetLocales.filter((l) => l !== PSEUDO_LOCALE)]) {
  const exact = shipped.find((locale) => locale.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  let wanted;
  try {
    wanted = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  const sameLanguage = shipped.filter((locale) => new Intl.Locale(locale).maximize().language === wanted.language);
  return sameLanguage.find((locale) => new Intl.Locale(locale).maximize().script === wanted.script) ?? sameLanguage[0];
}

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.45; }
  body { margin: 1.5rem auto; max-width: 80rem; padding: 0 1rem; color: #111; }
  h1 { font-size: 1.6rem; margin-block: 0 .5rem; }
  h2 { font-size: 1.25rem; margin-block: 2rem .5rem; break-after: avoid; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: .4rem .5rem; vertical-align: top; text-align: start; }
  th { background: #eee; }
  tr { break-inside: avoid; }
  td.id code, .note { font-size: .8rem; }
  .note { color: #444; display: block; margin-block-start: .25rem; }
  .state { font-size: .8rem; color: #444; display: block; margin-block-start: .25rem; }
  .state.problem { color: #a00; font-weight: 600; }
  .ph { background: #e8eef7; border-radius: .2rem; padding: 0 .15rem; font-style: italic; white-space: nowrap; }
  .warning { border: 2px solid #a00; padding: .5rem 1rem; }
  pre { background: #f4f4f4; padding: .75rem; overflow-x: auto; white-space: pre-wrap; }
  .signature td { height: 2.5rem; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;

/** The review pack of one language tag, as an HTML document. */
export function reviewPack(tag, { dir = LOCALES_DIR, date = new Date().toISOString().slice(0, 10), content } = {}) {
  const locale = shippedLocale(tag);
  if (!locale) throw new Error(`"${tag}" is not a language the widgets ship`);
  const english = locale === 'en';
  const { messages, sources } = content ?? medicalContent();
  const version = contentVersion();
  const englishUnits = new Map(
    units(
      config.targetLocales.find((l) => l !== PSEUDO_LOCALE),
      dir
    ).map((unit) => [unit.id, unit])
  );
  const localeUnits = english ? englishUnits : new Map(units(locale, dir).map((unit) => [unit.id, unit]));
  const states = english ? new Map() : unitStates(locale, { dir });
  const fingerprint = english ? undefined : translationsHash(locale, dir);
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const name = names.of(tag);
  const ownName = english ? undefined : new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
  const textDir = RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';

  const missing = messages.filter(({ id }) => !englishUnits.has(id)).map(({ id }) => id);
  const problems = english
    ? []
    : messages.filter(({ id }) => ['stale', 'empty'].includes(states.get(id))).map(({ id }) => id);

  const groups = new Map();
  for (const message of messages) {
    const group = message.id.split('.')[0];
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(message);
  }
  const order = [...Object.keys(GROUPS), ...[...groups.keys()].filter((group) => !(group in GROUPS)).sort()];

  const sourceCell = (text) =>
    text
      .split(/;\s*/)
      .map((part) =>
        sources.has(part) ? `<a href="#${anchor(part)}">${inlineMarkdown(part)}</a>` : inlineMarkdown(part)
      )
      .join('; ');

  const row = ({ id, fact, source }) => {
    const unit = englishUnits.get(id);
    const labels = new Map(
      tokens(unit?.source ?? '')
        .filter((token) => 'id' in token)
        .map((token) => [token.id, placeholderLabel(token.equiv)])
    );
    const englishHtml = unit ? renderMessage(unit.source, labels) : '<em>not in the XLIFF files</em>';
    const target = localeUnits.get(id)?.target;
    const state = states.get(id);
    const translation = english
      ? ''
      : `<td lang="${escapeHtml(locale)}" dir="${textDir}">${target?.trim() ? renderMessage(target, labels) : ''}` +
        `<span class="state${['stale', 'empty'].includes(state) ? ' problem' : ''}" lang="en" dir="ltr">${escapeHtml(
          STATES[state] ?? 'not in the XLIFF files'
        )}</span></td>`;
    const note = unit?.note
      ? `<span class="note">${escapeHtml(unescapeXml(unit.note).replace(/\s+/g, ' '))}</span>`
      : '';
    return (
      `<tr id="msg-${escapeHtml(id)}"><td class="id"><code>${escapeHtml(id)}</code>${note}</td>` +
      `<td lang="en" dir="ltr">${englishHtml}</td>${translation}` +
      `<td>${inlineMarkdown(fact)}</td><td>${sourceCell(source)}</td></tr>`
    );
  };

  const sections = order
    .filter((group) => groups.has(group))
    .map(
      (group) =>
        `<section><h2>${escapeHtml(GROUPS[group] ?? group)} <small>(${groups.get(group).length})</small></h2>\n` +
        `<table><thead><tr><th scope="col">Message</th><th scope="col">English</th>` +
        (english ? '' : `<th scope="col">${escapeHtml(name)}</th>`) +
        `<th scope="col">Fact (fact sheet section)</th><th scope="col">Source</th></tr></thead>\n<tbody>\n` +
        `${groups.get(group).map(row).join('\n')}\n</tbody></table></section>`
    )
    .join('\n');

  const attributeValues = {
    'signoff-name': ['your full name', ''],
    'signoff-role': ['your profession, e.g. GP, physiotherapist', ''],
    'signoff-registration': ['your regulator and registration number, as its public register shows it', ''],
    'signoff-date': ['the date you sign, YYYY-MM-DD', ''],
    'signoff-version': ['the content version, exactly', version],
    'signoff-lang': ['the language you read, exactly', tag],
  };
  const example = [
    '<body',
    ...SIGNOFF_ATTRIBUTES.map(
      (attribute) => `  ${attribute}="${attributeValues[attribute][1] || `…${attribute.slice(8)}…`}"`
    ),
    '>',
  ].join('\n');
  const title = `Clinical review pack: ${name}${ownName && ownName !== name ? ` (${ownName})` : ''}, content ${version}`;

  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Clinical review pack: ${escapeHtml(name)}${
    ownName && ownName !== name
      ? ` (<bdi lang="${escapeHtml(locale)}" dir="${textDir}">${escapeHtml(ownName)}</bdi>)`
      : ''
  }, content ${escapeHtml(version)}</h1>
<p>Every medical sentence the spasm-widgets show${
    english ? '' : ', in English and in the translation a patient reads'
  }: ${messages.length} messages, each with the fact it states and its source. Please read each one${
    english
      ? ''
      : ' and check that the translation says what the English says, no more and no less, in words a patient understands'
  }. Text in <span class="ph">[brackets]</span> is filled in by the widget (a number, a time, a phone number); bold is as the widget shows it.</p>
<dl class="facts">
<dt>Content version</dt><dd><strong>${escapeHtml(version)}</strong></dd>
<dt>Language</dt><dd>${escapeHtml(name)} (<code>${escapeHtml(tag)}</code>${
    tag === locale ? '' : `, shown with the <code>${escapeHtml(locale)}</code> messages`
  })</dd>
<dt>Translations fingerprint</dt><dd>${
    english
      ? 'none: English is the source, and the content version identifies it'
      : `<code>${escapeHtml(fingerprint)}</code> (every ${escapeHtml(name)} message of the widgets; any change to one changes it)`
  }</dd>
<dt>Printed</dt><dd>${escapeHtml(date)}</dd>
</dl>
${
  problems.length
    ? `<p class="warning"><strong>Not ready for review:</strong> ${problems.length} of these messages are missing or not accepted in ${escapeHtml(
        name
      )} (${problems.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}). A sign-off now would cover English text or a translation that is about to change.</p>`
    : ''
}${
    missing.length
      ? `<p class="warning"><strong>Not in the XLIFF files:</strong> ${missing.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}.</p>`
      : ''
  }
</header>
<main>
${sections}
<section>
<h2 id="sources">Sources</h2>
<table><thead><tr><th scope="col">Name</th><th scope="col">Source</th></tr></thead>
<tbody>
${[...sources]
  .map(
    ([source, text]) =>
      `<tr id="${anchor(source)}"><th scope="row">${inlineMarkdown(source)}</th><td>${inlineMarkdown(text)}</td></tr>`
  )
  .join('\n')}
</tbody></table>
</section>
<section>
<h2 id="sign-off">Sign-off</h2>
<p>Your sign-off covers content version <strong>${escapeHtml(version)}</strong> in <strong>${escapeHtml(
    name
  )}</strong> only. It lapses after 12 months, and any change to the content (a new version, or the site overriding a message in this language) cancels it: the widgets then say the content has changed since your sign-off.</p>
<p>The site records it with these attributes, on the widgets or any ancestor element:</p>
<table><thead><tr><th scope="col">Attribute</th><th scope="col">Value</th></tr></thead>
<tbody>
${SIGNOFF_ATTRIBUTES.map(
  (attribute) =>
    `<tr><th scope="row"><code>${attribute}</code></th><td>${
      attributeValues[attribute][1]
        ? `<code>${escapeHtml(attributeValues[attribute][1])}</code>: ${escapeHtml(attributeValues[attribute][0])}`
        : escapeHtml(attributeValues[attribute][0])
    }</td></tr>`
).join('\n')}
</tbody></table>
<pre><code>${escapeHtml(example)}</code></pre>
${
  english
    ? ''
    : `<p>For the spasm-widgets project, a review of the ${escapeHtml(
        name
      )} translation is recorded with <code>npm run l10n:clinical-review -- ${escapeHtml(
        locale
      )} --name "…" --registration "…" --date YYYY-MM-DD</code>. It holds only while the translations fingerprint is <code>${escapeHtml(
        fingerprint
      )}</code> and the content version <code>${escapeHtml(version)}</code>.</p>`
}
<table class="signature"><tbody>
<tr><th scope="row">Name</th><td></td></tr>
<tr><th scope="row">Role</th><td></td></tr>
<tr><th scope="row">Registration</th><td></td></tr>
<tr><th scope="row">Date</th><td></td></tr>
<tr><th scope="row">Signature</th><td></td></tr>
</tbody></table>
</section>
</main>
</body>
</html>
`;
}

/** The command line: --locale (repeatable, or comma-separated), --out, --date. */
function main(args) {
  const tags = [];
  let out = 'review-pack';
  let date;
  for (let index = 0; index < args.length; index++) {
    const [flag, inline] = args[index].split(/=(.*)/s);
    const value = () => inline ?? args[++index];
    if (flag === '--locale') tags.push(...value().split(','));
    else if (flag === '--out') out = value();
    else if (flag === '--date') date = value();
    else if (!flag.startsWith('--')) tags.push(flag);
    else throw new Error(`unknown option ${flag}; usage: npm run review-pack -- [--locale <tag> ...] [--out <dir>]`);
  }
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date ${date}: not YYYY-MM-DD`);
  const chosen = tags.length ? tags : ['en', ...config.targetLocales.filter((locale) => locale !== PSEUDO_LOCALE)];
  for (const tag of chosen) {
    if (tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase())
      throw new Error(`${PSEUDO_LOCALE} is a pseudo-locale: nobody reviews it`);
    if (!shippedLocale(tag))
      throw new Error(
        `"${tag}" is not a language the widgets ship; shipped: ${['en', ...config.targetLocales.filter((l) => l !== PSEUDO_LOCALE)].join(', ')}`
      );
  }
  const content = medicalContent();
  const outDir = resolve(out);
  mkdirSync(outDir, { recursive: true });
  for (const tag of chosen) {
    writeFileSync(`${outDir}/review-pack-${tag}.html`, reviewPack(tag, { content, ...(date ? { date } : {}) }));
  }
  console.log(
    `Wrote ${chosen.length} review pack(s) of ${content.messages.length} medical messages, content ${contentVersion()}, into ${out}/: ` +
      chosen.map((tag) => `review-pack-${tag}.html`).join(', ')
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
