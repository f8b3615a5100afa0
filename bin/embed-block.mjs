/**
 * The block a site pastes to embed the widgets (issue 25): the host rule that
 * holds each widget's place until its script runs, the page language's
 * message files as `<link rel="modulepreload">` (so they arrive with the
 * drop-in, not a round trip after it), and the drop-in's script tag; with
 * the files' integrity, for a page that loads them from a public CDN, also
 * an import map that names the integrity of every chunk (issue 28).
 *
 * One source for every copy of it: `npx spasm-widgets-embed` prints it, the
 * build writes the rule as dist/cdn/spasm-widgets.css, and the README's
 * Quick start, the benchmarks and the layout-shift check read or compare
 * against it. Plain Node, no dependencies: it runs from the installed package
 * (it reads the built dist/).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { ALL_IN_ONE, HYDRATING_ALL_IN_ONE, WIDGETS } from '../dist/widgets.js';
import { negotiateLocale } from '../dist/core/locale-negotiation.js';
import { localeLoaders, sourceLocale } from '../dist/generated/locale-loaders.js';

/** The rule as a file beside the drop-ins, for sites that prefer a `<link>` (or have a strict style-src). */
export const HOST_RULE_FILE = `${ALL_IN_ONE.name}.css`;

/**
 * The file beside the drop-ins that maps each file a page can load from
 * dist/cdn/ (its path there) to its integrity; the build writes it
 * (rollup.config.mjs).
 */
export const INTEGRITY_FILE = 'integrity.json';

/** A file's Subresource Integrity value, as `integrity` attributes and import maps take it: the SHA-384 of its bytes. */
export function subresourceIntegrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

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

/** The drop-ins with every widget: the all-in-one, and the one that takes over server-rendered widgets. */
const ALL_IN_ONES = [ALL_IN_ONE.name, HYDRATING_ALL_IN_ONE.name];

/** The drop-in names: the all-in-ones', then each widget's own (its tag). */
export const DROP_INS = [...ALL_IN_ONES, ...WIDGETS.map((widget) => widget.tag)];

/**
 * The message files a page in `lang` loads at first render with `dropIn`
 * (paths relative to dist/cdn/): none for English or a language we don't
 * ship; else the shared messages and each of `widgets`' own (an
 * all-in-one), or the widget's one file (a single widget's drop-in).
 * `lang` is negotiated as the widgets do it, so `es-MX` gets `es`.
 */
export function languageFiles(lang, dropIn = ALL_IN_ONE.name, widgets = WIDGETS) {
  const { locale } = negotiateLocale(lang, [sourceLocale, ...Object.keys(localeLoaders)], sourceLocale);
  if (locale === sourceLocale) return [];
  if (ALL_IN_ONES.includes(dropIn))
    return [`${dropIn}/${locale}-shared.js`, ...widgets.map((widget) => `${dropIn}/${locale}-${widget.folder}.js`)];
  const widget = WIDGETS.find((candidate) => candidate.tag === dropIn);
  return [`${dropIn}/${locale}-${widget.folder}-page.js`];
}

/**
 * The paste block for a page in `lang`: the rule (a `<style>`, or with
 * `link`, a `<link>` to the rule's file for a strict CSP), the language's
 * modulepreload links, the script. No rule with the drop-in for
 * server-rendered widgets: they hold their own place, and the rule would
 * stretch each to a screen's height until the script runs. `base` is where dist/cdn/ is served.
 * `integrity` (dist/cdn/integrity.json, read) checks every file the page
 * can load: an `integrity` attribute on each tag, and first an import map
 * with the integrity of the drop-in and every chunk beside it, whatever the
 * page's language and widgets (a chunk the map left out would run unchecked).
 */
export function pasteBlock({ lang, base, dropIn = ALL_IN_ONE.name, widgets = WIDGETS, link = false, integrity }) {
  const url = (file) => `${base.replace(/\/?$/, '/')}${file}`;
  const checked = (file) => (integrity ? ` integrity="${integrityOf(integrity, file)}"` : '');
  // A stylesheet from another origin is only checked when fetched with CORS; module scripts always are.
  const rule = link
    ? `<link rel="stylesheet" href="${url(HOST_RULE_FILE)}"${integrity ? `${checked(HOST_RULE_FILE)} crossorigin="anonymous"` : ''}>`
    : `<style>\n${hostRule('  ')}</style>`;
  const preloads = languageFiles(lang, dropIn, widgets).map(
    (file) => `<link rel="modulepreload" href="${url(file)}"${checked(file)}>`
  );
  const script = `<script type="module" src="${url(`${dropIn}.js`)}"${checked(`${dropIn}.js`)}></script>`;
  const map = integrity ? [integrityMap(integrity, dropIn, url)] : [];
  const rules = dropIn === HYDRATING_ALL_IN_ONE.name ? [] : [rule];
  return [...map, ...rules, ...preloads, script].join('\n') + '\n';
}

function integrityOf(integrity, file) {
  if (!integrity[file]) throw new Error(`${file}: not in ${INTEGRITY_FILE}`);
  return integrity[file];
}

/**
 * The import map that checks the modules the drop-in imports itself (its
 * chunks, loaded by import()), which no tag names: every file in its folder,
 * and the drop-in too, for a site's own `import … from` it. It goes before every module script and preload, as import
 * maps must. Its keys must read as URLs, not bare names: a relative `base`
 * gets `./`.
 */
function integrityMap(integrity, dropIn, url) {
  const modules = Object.keys(integrity).filter(
    (file) => file === `${dropIn}.js` || (file.startsWith(`${dropIn}/`) && file.endsWith('.js'))
  );
  const key = (file) => (/^([a-z][a-z\d+.-]*:|\/|\.\.?\/)/i.test(url(file)) ? url(file) : `./${url(file)}`);
  const map = { integrity: Object.fromEntries(modules.map((file) => [key(file), integrity[file]])) };
  return `<script type="importmap">\n${JSON.stringify(map, null, 2)}\n</script>`;
}

/** Whether the files a block names exist in a built dist/cdn/ (the CLI refuses to print a block that would 404). */
export function missingFiles(cdn, lang, dropIn, widgets, integrity = false) {
  const integrityFile = integrity ? [INTEGRITY_FILE] : [];
  return [`${dropIn}.js`, HOST_RULE_FILE, ...languageFiles(lang, dropIn, widgets), ...integrityFile].filter(
    (file) => !existsSync(new URL(file, cdn))
  );
}
