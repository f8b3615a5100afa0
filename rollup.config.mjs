// Bundles the single-file drop-in for CDNs from tsc's output in dist/, then
// rewrites that output in place for bundlers (npmBuild, at the end).
// Lit is bundled in: a `<script type="module">` page has nothing else.
// Nothing of @lit/localize runs in the widgets (see src/core/localization.ts). Locales stay separate chunks beside it, loaded by import()
// relative to the script's own URL, so only the languages a page uses load: in a drop-in with every widget, a chunk
// per locale and message group (scripts/message-groups.mjs: spasm-widgets/es-shared.js, es-timer.js...); in a single
// widget's, one per locale (spasm-timer/es-timer-page.js). See widgetLoaderTable.
// The widgets: src/widgets.js.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { HOST_RULE_FILE, INTEGRITY_FILE, hostRule, subresourceIntegrity } from './bin/embed-block.mjs';
import { groupOf } from './scripts/message-groups.mjs';
import { zipFolder } from './scripts/zip-folder.mjs';
import { ALL_IN_ONE, HYDRATING_ALL_IN_ONE, WIDGETS, widgetFiles } from './src/widgets.js';

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
 * A single widget's drop-in loads one chunk per locale, its own and the shared
 * messages together (issue 15: "whichever is smaller for the single-widget
 * page"): one request instead of two, and no loaders of the other widgets'
 * messages. Its loader table is the one generated for it
 * (src/generated/locale-loaders-<folder>-page.ts), used in place of the table
 * of every group.
 */
function widgetLoaderTable(folder) {
  const table = new URL('dist/generated/locale-loaders.js', import.meta.url).pathname;
  const pageTable = new URL(`dist/generated/locale-loaders-${folder}-page.js`, import.meta.url).pathname;
  return {
    name: 'widget-loader-table',
    async resolveId(source, importer, options) {
      if (!source.endsWith('/locale-loaders.js')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === table ? pageTable : resolved;
    },
  };
}

/**
 * Message ids are for translators and the source; at run time they are only
 * keys between a msg() call and its locale chunk. The drop-ins use a short
 * key per id (its index among all ids, shared ones first, in base 36) in
 * both: every non-English page saves about 500 B gzip with one widget (its
 * drop-in and its locale chunk), the all-in-one more. Every id is in
 * lit-localize's catalog (locales/*.xlf); the output is checked to hold none
 * of them, so none can be left unmatched. The table of site messages
 * (src/generated/message-table.ts) maps each full id, as a site writes it,
 * to its short key.
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

/** The host rule of the paste block (bin/embed-block.mjs) as a file beside the drop-ins, for sites that prefer a `<link>`. */
function hostRuleFile() {
  return {
    name: 'host-rule-file',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HOST_RULE_FILE, source: hostRule() });
    },
  };
}

/**
 * dist/cdn/integrity.json: the integrity of every file a page can load from
 * dist/cdn/ (drop-ins, chunks, the host rule's CSS; not the source maps, which
 * only developer tools fetch), for `npx spasm-widgets-embed --integrity` and
 * sites that write their own tags. Hashed from the files as written, minified
 * and with their source-map comment: after each build (one per drop-in, each
 * writing to dist/cdn/, one after another) it is written again from the whole
 * folder, so after the last it names every file. No file refers to it, so
 * writing it changes none of them.
 */
function integrityFile() {
  return {
    name: 'integrity-file',
    writeBundle({ dir }) {
      const files = readdirSync(dir, { recursive: true })
        .filter((file) => /\.(js|css)$/.test(file))
        .map((file) => file.split(sep).join('/'))
        .sort();
      const integrity = Object.fromEntries(
        files.map((file) => [file, subresourceIntegrity(readFileSync(join(dir, file)))])
      );
      writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}

/**
 * dist/spasm-widgets-cdn.zip: dist/cdn/ without its source maps, for a site
 * that uploads one file to its CMS or host and unpacks it there (the maps,
 * twice the size of the rest, serve only developer tools). Its files sit in
 * a folder named with the version, spasm-widgets-0.1.0/, so an update has new
 * URLs and no cache serves an old chunk beside a new drop-in. Written again
 * after each build from the whole folder, like integrity.json (included),
 * so after the last it holds every file. The files are dist/cdn/'s, byte for
 * byte: their integrity holds.
 */
function cdnZip() {
  const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
  return {
    name: 'cdn-zip',
    writeBundle: {
      sequential: true,
      handler({ dir }) {
        zipFolder(dir, join(dir, '..', 'spasm-widgets-cdn.zip'), {
          folder: `spasm-widgets-${version}`,
          keep: (path) => !path.endsWith('.map'),
        });
      },
    },
  };
}

/** One self-contained drop-in per entry: each is the only script a page needs, with its widgets' messages. */
const DROP_INS = [
  { name: ALL_IN_ONE.name, input: 'dist/define.js', plugins: [hostRuleFile()] },
  { name: HYDRATING_ALL_IN_ONE.name, input: 'dist/define-hydrate.js', plugins: [] },
  ...WIDGETS.map((widget) => ({
    name: widgetFiles(widget).dropIn,
    input: `dist/${widgetFiles(widget).defineModule}`,
    plugins: [widgetLoaderTable(widget.folder)],
  })),
];

const dropIns = DROP_INS.map(({ name, input, plugins }) => ({
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
    ...plugins,
    shortMessageIds(),
    // Whitespace and comments out of html`` and css`` templates.
    minifyHTML(),
    // Production Lit: no "development" export condition.
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    integrityFile(),
    cdnZip(),
  ],
}));

/**
 * Each module of tsc's output read with its source map, so the rewritten
 * module's map still leads to the TypeScript source.
 */
function tscSourceMaps() {
  return {
    name: 'tsc-source-maps',
    load(id) {
      const code = readFileSync(id, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      const map = existsSync(`${id}.map`) ? readFileSync(`${id}.map`, 'utf8') : null;
      return { code, map };
    },
  };
}

/**
 * Rollup drops module-level directives; `'use client'` must stay at the top
 * of the React components' module (src/react/index.ts) for Next.js's App
 * Router to run them on the client.
 */
function keepUseClient() {
  const clientModules = new Set();
  return {
    name: 'keep-use-client',
    transform(code, id) {
      if (/^\s*['"]use client['"]/.test(code)) clientModules.add(id);
      return null;
    },
    outputOptions(options) {
      return { ...options, banner: (chunk) => (clientModules.has(chunk.facadeModuleId) ? `'use client';` : '') };
    },
  };
}

/**
 * tsc's JavaScript in dist/ (not the drop-ins'), by path. The server's module
 * (ssr/) stays as tsc wrote it: no bundler ships it, and its templates are
 * made at run time, which the template minifier cannot parse.
 */
const npmModules = () =>
  readdirSync('dist', { recursive: true })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.js') && !file.startsWith('cdn/') && !file.startsWith('ssr/'))
    .map((file) => `dist/${file}`);

/**
 * The npm build (what a site's bundler reads through package.json's exports):
 * tsc's modules rewritten in place, a module per file as before, with the
 * drop-ins' short message ids and minified templates. A bundler minifies
 * code but leaves the whitespace inside html`` and css`` alone, and keeps
 * every message id a string: without these a Vite app's `spasm-widgets/define`
 * weighed 24 % more than the drop-in (issue 27; scripts/framework-apps.mjs
 * measures it). Code stays unminified and readable, and Lit and React stay
 * imports. Built after the drop-ins, which read tsc's own output.
 */
const npmBuild = {
  input: npmModules(),
  external: (source) => !source.startsWith('.') && !source.startsWith('/'),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'dist',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
  // Every module keeps its exports, used here or not: each is what some import of the package may reach.
  preserveEntrySignatures: 'strict',
  plugins: [tscSourceMaps(), keepUseClient(), shortMessageIds(), minifyHTML()],
  onwarn(warning, warn) {
    // The directive is put back by keepUseClient.
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use client')) return;
    // A module of types alone (core/plan) stays as tsc wrote it: empty.
    if (warning.code === 'EMPTY_BUNDLE') return;
    warn(warning);
  },
};

export default [...dropIns, npmBuild];
