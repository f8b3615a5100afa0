// Bundles the single-file drop-in for CDNs from tsc's output in dist/.
// Lit is bundled in: a `<script type="module">` page has nothing else.
// Nothing of @lit/localize runs in the widgets (see src/core/localization.ts). Locales stay separate chunks beside it, loaded by import()
// relative to the script's own URL, so only the languages a page uses load: in the drop-in with every widget, a chunk
// per locale and message group (scripts/message-groups.mjs: spasm-widgets/es-shared.js, es-timer.js...); in a single
// widget's, one per locale (spasm-timer/es-timer-page.js). See widgetLoaderTable.
// The widgets: src/widgets.js.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';
import { ALL_IN_ONE, WIDGETS, widgetFiles } from './src/widgets.js';

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

/** One self-contained drop-in per entry: each is the only script a page needs, with its widgets' messages. */
const DROP_INS = [
  { name: ALL_IN_ONE.name, input: 'dist/define.js', plugins: [] },
  ...WIDGETS.map((widget) => ({
    name: widgetFiles(widget).dropIn,
    input: `dist/${widgetFiles(widget).defineModule}`,
    plugins: [widgetLoaderTable(widget.folder)],
  })),
];

export default DROP_INS.map(({ name, input, plugins }) => ({
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
    // Whitespace and comments out of html`` and css`` templates.
    minifyHTML(),
    // Production Lit: no "development" export condition.
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
