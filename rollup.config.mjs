// Bundles the single-file drop-in for CDNs from tsc's output in dist/.
// Lit is bundled in: a `<script type="module">` page has nothing else.
// Nothing of @lit/localize runs in the widgets (see src/core/localization.ts). Locales stay separate chunks beside it, loaded by import()
// relative to the script's own URL, so only the languages a page uses load: in the drop-in with every widget, a chunk
// per locale and message group (scripts/message-groups.mjs: spasm-widgets/es-shared.js, es-timer.js...); in a single
// widget's, one per locale (spasm-timer/es-timer-page.js). See compactLocaleLoaders.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { GROUPS, groupOf } from './scripts/message-groups.mjs';

/**
 * msg() ignores `desc` at run time: it is the translator's note, read by
 * `lit-localize extract` from the source. Dropping it keeps notes generous
 * and the bundle small. `lit-localize extract` only accepts a plain string
 * literal there, so this pattern sees every one.
 */
function stripMessageDescriptions() {
  const desc = /,\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;
  return {
    name: 'strip-message-descriptions',
    transform(code, id) {
      if (!id.includes('/dist/') || !code.includes('desc:')) return null;
      return { code: code.replace(desc, ''), map: null };
    },
  };
}

/** The drop-ins are production builds: development checks (see src/core/dev.ts) go, and terser drops what they guarded. */
function productionBuild() {
  return {
    name: 'production-build',
    transform(code, id) {
      if (!id.endsWith('/dist/core/dev.js')) return null;
      return { code: 'export const DEV_MODE = false;', map: null };
    },
  };
}

/**
 * Only the message groups of the drop-in's own widgets are in its loader
 * table (src/generated/locale-loaders.ts has every group): the timer's
 * drop-in neither ships the quiz's messages nor pays for their loaders. A
 * single widget's drop-in loads one chunk per locale, its own and the shared
 * messages together (issue 15: "whichever is smaller for the single-widget
 * page"): one request instead of two.
 *
 * The table is written as one list of locales and one import() pattern, not
 * a static import() per locale and group as bundlers of the npm package need
 * (104 to 116 B less gzip in each single widget's drop-in, 474 B in the
 * all-in-one). So that rollup still writes the chunks the pattern names,
 * each is emitted here under that name, loaded after the drop-in like a
 * dynamic import (it imports html and str from the drop-in itself).
 */
function compactLocaleLoaders(name, input, groups) {
  const config = JSON.parse(readFileSync(new URL('lit-localize.json', import.meta.url), 'utf8'));
  const locales = config.targetLocales;
  const widget = groups.length === 2 ? groups.find((group) => group !== 'shared') : undefined;
  /** The locale chunks: one per locale and group in the all-in-one, one per locale in a single widget's. */
  const chunks = widget
    ? locales.map((locale) => `${locale}-${widget}-page.js`)
    : locales.flatMap((locale) => groups.map((group) => `${locale}-${group}.js`));
  const loader = widget
    ? `(locale) => [locale, () => import(\`./${name}/\${locale}-${widget}-page.js\`)]`
    : `(locale) => [locale, Object.fromEntries(${JSON.stringify(groups)}.map((group) => [group, () => import(\`./${name}/\${locale}-\${group}.js\`)]))]`;
  const table = `Object.fromEntries(${JSON.stringify(locales.join(' '))}.split(' ').map(${loader}))`;
  const isTable = (id) => id.endsWith('/dist/generated/locale-loaders.js');
  return {
    name: 'compact-locale-loaders',
    buildStart() {
      for (const file of chunks)
        this.emitFile({
          type: 'chunk',
          id: new URL(`dist/generated/locales/${file}`, import.meta.url).pathname,
          fileName: `${name}/${file}`,
          implicitlyLoadedAfterOneOf: [input],
          preserveSignature: 'strict',
        });
    },
    transform(code, id) {
      if (!isTable(id)) return null;
      const compact = code
        .replace(/(messageGroups = )\[[^\]]*\]/, (_, start) => start + JSON.stringify(groups))
        .replace(/(localeLoaders = )\{[^;]*\};/, (_, start) => `${start}${table};`);
      if (!compact.includes(`messageGroups = ${JSON.stringify(groups)}`) || compact.includes("import('"))
        throw new Error(
          `${id}: not the loader table compact-locale-loaders knows (see scripts/generate-locale-loaders.mjs)`
        );
      return { code: compact, map: null };
    },
    renderChunk(code, chunk) {
      // The pattern's paths are relative to the drop-in itself.
      if (!chunk.isEntry && chunk.moduleIds.some(isTable))
        throw new Error(`${chunk.fileName}: the locale loader table must be in the drop-in, not a chunk`);
      return null;
    },
  };
}

/**
 * Message ids are for translators and the source; at run time they are only
 * keys between a msg() call and its locale chunk. The drop-ins use a short
 * key per id (its index among all ids, shared ones first, in base 36) in both, which pays for
 * the chunk per message group in the drop-ins' budgets and makes the chunks
 * smaller too. Every id is in lit-localize's catalog (locales/*.xlf); the
 * output is checked to hold none of them, so none can be left unmatched.
 */
function shortMessageIds() {
  const config = JSON.parse(readFileSync(new URL('lit-localize.json', import.meta.url), 'utf8'));
  const xliff = readFileSync(new URL(`locales/${config.targetLocales[0]}.xlf`, import.meta.url), 'utf8');
  // The shared messages first: every page loads them, so they get the one-character keys, which stay
  // the same when a widget gains messages.
  const ids = [...new Set([...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]))]
    .sort()
    .sort((a, b) => Number(groupOf(a) !== 'shared') - Number(groupOf(b) !== 'shared'));
  const short = new Map(ids.map((id, index) => [id, index.toString(36)]));
  const shorten = (match, before, id, after) => (short.has(id) ? `${before}${short.get(id)}${after}` : match);
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (!id.includes('/dist/')) return null;
      const replaced = id.includes('/dist/generated/locales/')
        ? code.replace(/^(\s*')([^']+)(':)/gm, shorten)
        : code.replace(/(\bid: ')([^']+)(')/g, shorten);
      return replaced === code ? null : { code: replaced, map: null };
    },
    renderChunk(code, chunk) {
      // The table of site messages maps each full id, as a site writes it, to its short key.
      if (chunk.moduleIds.some((module) => module.endsWith('/dist/generated/message-table.js'))) return null;
      const left = ids.filter((id) => code.includes(`"${id}"`) || code.includes(`'${id}'`));
      if (left.length) throw new Error(`${chunk.fileName}: message ids left unshortened: ${left.join(', ')}`);
      return null;
    },
  };
}

/**
 * Lit as the drop-ins need it. Our copy of Lit is private to the drop-in, so:
 * - the version lists Lit adds to globalThis go: they exist for a development
 *   build of Lit to warn of several Lit copies on one page, and a host's Lit
 *   in development would warn about ours, which shares nothing with it;
 * - two errors that only our own code could raise (a css`` value that is not
 *   css``, a CSSResult made by hand) still throw, with a short message.
 * About 155 B gzip in every drop-in. Each edit must match once: a Lit update
 * that changes the text fails the build instead of shipping it unedited.
 */
function privateLit() {
  const edits = {
    'lit-html/lit-html.js': [[/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, 'void 0']],
    'lit-element/lit-element.js': [[/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, 'void 0']],
    '@lit/reactive-element/reactive-element.js': [
      [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, 'void 0'],
    ],
    '@lit/reactive-element/css-tag.js': [
      [/"CSSResult is not constructable\. Use `unsafeCSS` or `css` instead\."/, '"CSSResult"'],
      [/"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/, '"css: "+$1'],
    ],
  };
  return {
    name: 'private-lit',
    transform(code, id) {
      const file = Object.keys(edits).find((name) => id.endsWith(`/node_modules/${name}`));
      if (!file) return null;
      let edited = code;
      for (const [pattern, replacement] of edits[file]) {
        if (edited.match(new RegExp(pattern.source, 'g'))?.length !== 1)
          throw new Error(`${id}: expected ${pattern} once (private-lit in rollup.config.mjs)`);
        edited = edited.replace(pattern, replacement);
      }
      return { code: edited, map: null };
    },
  };
}

/** One self-contained drop-in per entry: each is the only script a page needs, with its widgets' messages. */
const DROP_INS = {
  'spasm-widgets': { input: 'dist/define.js', groups: GROUPS },
  'spasm-timer': { input: 'dist/timer/define.js', groups: ['shared', 'timer'] },
  'spasm-checklist': { input: 'dist/checklist/define.js', groups: ['shared', 'checklist'] },
  'spasm-quiz': { input: 'dist/quiz/define.js', groups: ['shared', 'quiz'] },
};

export default Object.entries(DROP_INS).map(([name, { input, groups }]) => ({
  input: { [name]: input },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // Lazily loaded chunks sit beside the drop-in, in a folder of its own: each drop-in's chunks import
    // from it. Plain names (no hash) keep the import table in every drop-in short; a CDN URL carries
    // the package version, which is what changes when they do.
    chunkFileNames: `${name}/[name].js`,
    sourcemap: true,
  },
  // Locale chunks import html/str from the entry itself: no extra shared chunk.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    productionBuild(),
    compactLocaleLoaders(name, input, groups),
    shortMessageIds(),
    stripMessageDescriptions(),
    // Whitespace and comments out of html`` and css`` templates.
    minifyHTML(),
    // Production Lit: no "development" export condition.
    nodeResolve({ exportConditions: ['production'] }),
    privateLit(),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
