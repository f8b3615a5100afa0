// Bundles the single-file drop-in for CDNs from tsc's output in dist/.
// Lit is bundled in: a `<script type="module">` page has nothing else.
// Nothing of @lit/localize runs in the widgets (see src/core/localization.ts). Locales stay separate chunks beside it, loaded by import()
// relative to the script's own URL, so only the languages a page uses load: in the drop-in with every widget, a chunk
// per locale and message group (scripts/message-groups.mjs: spasm-widgets/es-shared.js, es-timer.js...); in a single
// widget's, one per locale (spasm-timer/es-timer-page.js). See onlyMessageGroups.
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
 * Only the message groups of the drop-in's own widgets stay in its loader
 * table (src/generated/locale-loaders.ts has every group): the timer's
 * drop-in neither ships the quiz's messages nor pays for their loaders. A
 * single widget's drop-in loads one chunk per locale, its own and the shared
 * messages together (issue 15: "whichever is smaller for the single-widget
 * page"): half the table, and one request instead of two.
 */
function onlyMessageGroups(groups) {
  return {
    name: 'only-message-groups',
    transform(code, id) {
      if (!id.endsWith('/dist/generated/locale-loaders.js')) return null;
      let kept = 0;
      const filtered = code
        .replace(/^ *(\w+): \(\) => import\('[^']+'\),\n/gm, (line, group) => {
          if (!groups.includes(group)) return '';
          kept += 1;
          return line;
        })
        .replace(/(messageGroups = )\[[^\]]*\]/, (_, start) => start + JSON.stringify(groups));
      if (kept === 0 || !filtered.includes(`messageGroups = ${JSON.stringify(groups)}`))
        throw new Error(
          `${id}: not the loader table only-message-groups knows (see scripts/generate-locale-loaders.mjs)`
        );
      if (groups.length > 2) return { code: filtered, map: null };
      // One widget: per locale, one chunk with the shared messages beside its own (src/generated/locales/*-page.ts).
      const page = filtered.replace(
        /\{\n\s*shared: \(\) => import\('\.\/locales\/([\w-]+)-shared\.js'\),\n\s*(\w+): \(\) => import\('[^']+'\),\n\s*\}/g,
        (_, locale, group) => `() => import('./locales/${locale}-${group}-page.js')`
      );
      if (/shared: \(\) => import/.test(page)) throw new Error(`${id}: a locale's loaders were not merged`);
      return { code: page, map: null };
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
    onlyMessageGroups(groups),
    shortMessageIds(),
    stripMessageDescriptions(),
    // Whitespace and comments out of html`` and css`` templates.
    minifyHTML(),
    // Production Lit: no "development" export condition.
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
}));
