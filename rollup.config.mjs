// Bundles the single-file drop-in for CDNs from tsc's output in dist/.
// Lit is bundled in: a `<script type="module">` page has nothing else.
// Nothing of @lit/localize runs in the widgets (see src/core/localization.ts). Locales stay separate chunks beside it, loaded by import()
// relative to the script's own URL, so only the languages a page uses load.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import terser from '@rollup/plugin-terser';

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

/** One self-contained drop-in per entry: each is the only script a page needs. */
const DROP_INS = {
  'spasm-widgets': 'dist/define.js',
  'spasm-timer': 'dist/timer/define.js',
  'spasm-checklist': 'dist/checklist/define.js',
  'spasm-quiz': 'dist/quiz/define.js',
};

export default Object.entries(DROP_INS).map(([name, input]) => ({
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
    stripMessageDescriptions(),
    // Whitespace and comments out of html`` and css`` templates.
    minifyHTML(),
    // Production Lit: no "development" export condition.
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
