/**
 * The block a site pastes to embed the widgets (issue 25): the host rule that
 * holds each widget's place until its script runs, the page language's
 * message files as `<link rel="modulepreload">` (so they arrive with the
 * drop-in, not a round trip after it), and the drop-in's script tag.
 *
 * One source for every copy of it: `npx spasm-widgets-embed` prints it, the
 * build writes the rule as dist/cdn/spasm-widgets.css, and the README's
 * Quick start, the benchmarks and the layout-shift check read or compare
 * against it. Plain Node, no dependencies: it runs from the installed package
 * (it reads the built dist/).
 */
import { existsSync } from 'node:fs';
import { ALL_IN_ONE, WIDGETS } from '../dist/widgets.js';
import { negotiateLocale } from '../dist/core/locale-negotiation.js';
import { localeLoaders, sourceLocale } from '../dist/generated/locale-loaders.js';

/** The rule as a file beside the drop-ins, for sites that prefer a `<link>` (or have a strict style-src). */
export const HOST_RULE_FILE = `${ALL_IN_ONE.name}.css`;

/** The CSS that holds each widget's place until it upgrades: every widget's tag, from the registry. */
export function hostRule(indent = '') {
  const selectors = WIDGETS.map((widget) => `${widget.tag}:not(:defined)`).join(',\n');
  const rule = `/* Hold a screen's height for each widget until its script runs, so the article doesn't jump. */
${selectors} {
  display: block;
  min-height: 100vh;
  /* If the script never arrives, give the space back after 5 seconds. */
  animation: spasm-reserve 0s 5s forwards;
}
@keyframes spasm-reserve {
  to {
    min-height: 0;
  }
}
`;
  return rule.replace(/^(?=.)/gm, indent);
}

/** The drop-in names: the all-in-one's, then each widget's own (its tag). */
export const DROP_INS = [ALL_IN_ONE.name, ...WIDGETS.map((widget) => widget.tag)];

/**
 * The message files a page in `lang` loads at first render with `dropIn`
 * (paths relative to dist/cdn/): none for English or a language we don't
 * ship; else the shared messages and each of `widgets`' own (the
 * all-in-one), or the widget's one file (a single widget's drop-in).
 * `lang` is negotiated as the widgets do it, so `es-MX` gets `es`.
 */
export function languageFiles(lang, dropIn = ALL_IN_ONE.name, widgets = WIDGETS) {
  const { locale } = negotiateLocale(lang, [sourceLocale, ...Object.keys(localeLoaders)], sourceLocale);
  if (locale === sourceLocale) return [];
  if (dropIn === ALL_IN_ONE.name)
    return [`${dropIn}/${locale}-shared.js`, ...widgets.map((widget) => `${dropIn}/${locale}-${widget.folder}.js`)];
  const widget = WIDGETS.find((candidate) => candidate.tag === dropIn);
  return [`${dropIn}/${locale}-${widget.folder}-page.js`];
}

/**
 * The paste block for a page in `lang`: the rule (a `<style>`, or with
 * `link`, a `<link>` to the rule's file for a strict CSP), the language's
 * modulepreload links, the script. `base` is where dist/cdn/ is served.
 */
export function pasteBlock({ lang, base, dropIn = ALL_IN_ONE.name, widgets = WIDGETS, link = false }) {
  const url = (file) => `${base.replace(/\/?$/, '/')}${file}`;
  const rule = link ? `<link rel="stylesheet" href="${url(HOST_RULE_FILE)}">` : `<style>\n${hostRule('  ')}</style>`;
  const preloads = languageFiles(lang, dropIn, widgets).map((file) => `<link rel="modulepreload" href="${url(file)}">`);
  return [rule, ...preloads, `<script type="module" src="${url(`${dropIn}.js`)}"></script>`].join('\n') + '\n';
}

/** Whether the files a block names exist in a built dist/cdn/ (the CLI refuses to print a block that would 404). */
export function missingFiles(cdn, lang, dropIn, widgets) {
  return [`${dropIn}.js`, HOST_RULE_FILE, ...languageFiles(lang, dropIn, widgets)].filter(
    (file) => !existsSync(new URL(file, cdn))
  );
}
