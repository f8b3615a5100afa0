// Tests `npm run review-pack`: it writes the packs into a temporary folder
// and checks that each holds every medical message (docs/medical-content.md)
// in English and in its language, the content version, the translations
// fingerprint, the date and the sign-off attributes; that placeholders read
// as text; that everything is escaped; and that the page loads nothing from
// anywhere (a URL may only be a source's, as text).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSEUDO_LOCALE, ROOT, config, contentVersion, units } from './l10n-records.mjs';
import { SIGNOFF_ATTRIBUTES, medicalContent, placeholderLabel, renderMessage, tokens } from './review-pack.mjs';
import { translationsHash } from './translations-hash.mjs';

const failures = [];
const check = (what, ok, detail = '') => {
  if (!ok) failures.push(`${what}${detail ? `: ${detail}` : ''}`);
};

const decode = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|amp|#39);/g, (_, name) => ({ lt: '<', gt: '>', quot: '"', amp: '&', '#39': "'" })[name])
    .replace(/\s+/g, ' ');
/** The text runs of an XLIFF message, placeholders out, as a reader sees them. */
const fragments = (xml) =>
  tokens(xml)
    .filter((token) => 'text' in token)
    .map((token) => token.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

// Rendering: text escaped, our bold as <strong> (balanced), values as [labels].
const labels = new Map([
  ['0', placeholderLabel('<strong>')],
  ['1', placeholderLabel('</strong>')],
  ['2', placeholderLabel('${call}')],
]);
check(
  'renderMessage escapes text and reads placeholders',
  renderMessage(
    'a &lt;script&gt; &amp; "q" <x id="0" equiv-text="&lt;strong&gt;"/>Bold<x id="1" equiv-text="&lt;/strong&gt;"/> <x id="2" equiv-text="${call}"/>',
    labels
  ) === 'a &lt;script&gt; &amp; &quot;q&quot; <strong>Bold</strong> <span class="ph">[emergency number]</span>',
  renderMessage('a <x id="0" equiv-text="x"/>', labels)
);
check(
  'renderMessage keeps bold balanced when a translation moves the tags',
  renderMessage('<x id="1" equiv-text="&lt;/strong&gt;"/>x<x id="0" equiv-text="&lt;strong&gt;"/>y', labels) ===
    'x<strong>y</strong>'
);
check(
  'placeholder labels',
  placeholderLabel('${formatTimeOfDay(restEnd, locale)}').label === 'clock time' &&
    placeholderLabel('${formatDuration(a.ms, this.locale)}').label === 'duration' &&
    placeholderLabel('${n}').label === 'number' &&
    placeholderLabel('${languageName}').label === 'language name'
);

const out = mkdtempSync(join(tmpdir(), 'spasm-review-pack-'));
const DATE = '2000-01-02';
try {
  execFileSync('node', [fileURLToPath(new URL('scripts/review-pack.mjs', ROOT)), '--out', out, '--date', DATE], {
    stdio: 'pipe',
  });
  execFileSync(
    'node',
    [fileURLToPath(new URL('scripts/review-pack.mjs', ROOT)), '--locale', 'en-GB', '--out', out, '--date', DATE],
    { stdio: 'pipe' }
  );
  const { messages } = medicalContent();
  const docs = readFileSync(new URL('docs/medical-content.md', ROOT), 'utf8');
  const version = contentVersion();
  const english = new Map(
    units(config.targetLocales.find((locale) => locale !== PSEUDO_LOCALE)).map((unit) => [unit.id, unit])
  );
  check('docs/medical-content.md lists medical messages', messages.length > 50, `${messages.length}`);

  for (const tag of ['en', 'en-GB', ...config.targetLocales.filter((locale) => locale !== PSEUDO_LOCALE)]) {
    const file = `review-pack-${tag}.html`;
    let html;
    try {
      html = readFileSync(join(out, file), 'utf8');
    } catch {
      check(`${file} written`, false);
      continue;
    }
    const locale = tag.startsWith('en') ? 'en' : tag;
    const target = locale === 'en' ? undefined : new Map(units(locale).map((unit) => [unit.id, unit]));
    const rtl = ['ar', 'he', 'fa', 'ur'].includes(locale.split('-')[0]);

    check(
      `${file}: a document in English, left to right`,
      html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')
    );
    check(
      `${file}: prints the content version`,
      html.includes(`<dt>Content version</dt><dd><strong>${version}</strong>`)
    );
    check(`${file}: prints the date`, html.includes(`<dt>Printed</dt><dd>${DATE}</dd>`));
    if (target)
      check(`${file}: prints the translations fingerprint`, html.includes(`<code>${translationsHash(locale)}</code>`));
    for (const attribute of SIGNOFF_ATTRIBUTES) check(`${file}: names ${attribute}`, html.includes(attribute));
    check(`${file}: signoff-version is the content version`, html.includes(`signoff-version=&quot;${version}&quot;`));
    check(`${file}: signoff-lang is the language`, html.includes(`signoff-lang=&quot;${tag}&quot;`));
    if (target)
      check(
        `${file}: translations marked with their language and direction`,
        html.includes(`<td lang="${locale}" dir="${rtl ? 'rtl' : 'ltr'}">`) &&
          !html.includes(`<td lang="${locale}" dir="${rtl ? 'ltr' : 'rtl'}">`)
      );
    else check(`${file}: English only`, !/<td lang="(?!en")/.test(html));

    // Loads nothing: no script, style sheet, image or frame; links only within the page; a URL only a source's, as text.
    check(`${file}: no script`, !/<script\b/i.test(html));
    check(
      `${file}: no external resources`,
      !/<(link|img|iframe|object|embed|audio|video|source)\b|\bsrc=|url\(|@import/i.test(html)
    );
    const hrefs = [...html.matchAll(/\bhref="([^"]*)"/g)].map((match) => match[1]);
    check(
      `${file}: links only within the page`,
      hrefs.every((href) => href.startsWith('#')),
      hrefs.filter((href) => !href.startsWith('#')).join(' ')
    );
    for (const [url] of html.matchAll(/https?:\/\/[^\s<"'),;]+/g))
      check(`${file}: a URL only as a source's text`, docs.includes(url), url);
    check(`${file}: no placeholder code`, !/equiv-text|&lt;x |<x /.test(html));

    for (const { id } of messages) {
      const row = html.match(new RegExp(`<tr id="msg-${id.replace(/\./g, '\\.')}">([\\s\\S]*?)</tr>`))?.[1];
      if (!row) {
        check(`${file}: lists ${id}`, false);
        continue;
      }
      const cells = [...row.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1]);
      const [, englishCell, translationCell] = cells;
      check(`${file} ${id}: English placeholders as text`, !englishCell.includes('${'), englishCell);
      for (const fragment of fragments(english.get(id)?.source ?? ''))
        check(`${file} ${id}: shows the English`, decode(englishCell).includes(fragment), fragment);
      const translation = target?.get(id)?.target;
      if (target && translation?.trim()) {
        check(`${file} ${id}: translation placeholders as text`, !translationCell.includes('${'), translationCell);
        for (const fragment of fragments(translation))
          check(`${file} ${id}: shows the translation`, decode(translationCell).includes(fragment), fragment);
      }
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`Review pack test failed (${failures.length}):\n  ${failures.slice(0, 40).join('\n  ')}`);
  process.exit(1);
}
console.log(
  'Review packs: every medical message in English and each language, with version, fingerprint and sign-off.'
);
