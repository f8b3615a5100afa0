// Fails on an import cycle among the modules of src/, type-only imports
// included (`import type`, `typeof import('./x.js')`): a module that a widget
// imports must not reach back to it, so each one can be read (and rendered
// on a server) on its own. A dynamic import() in code is where a lazily
// loaded chunk begins: the chunk may use what loaded it (a locale's messages
// use str`` from the module that loads them), so it is no cycle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = new URL('../src/', import.meta.url).pathname;
/** `from './x.js'` (imports, re-exports, type-only ones), `import './x.js'`, and `import('./x.js')` in a type. */
const IMPORT =
  /(?:\bfrom\s*|^import\s*|\btypeof\s+import\s*\(\s*|[:<|]\s*import\s*\(\s*|\btype\s+\w+\s*=\s*import\s*\(\s*)'(\.[^']+)'/gm;

const files = readdirSync(root, { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => join(root, file));

/** Each module's imports of other modules in src/, as absolute paths of .ts files. */
const graph = new Map(
  files.map((file) => [
    file,
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) =>
      resolve(dirname(file), match[1]).replace(/\.js$/, '.ts')
    ),
  ])
);

const cycles = [];
const done = new Set();
/** Depth-first; `path` is the chain from the start to `file`. */
function visit(file, path) {
  const at = path.indexOf(file);
  if (at !== -1) {
    cycles.push(path.slice(at).concat(file));
    return;
  }
  if (done.has(file) || !graph.has(file)) return;
  for (const next of graph.get(file)) visit(next, [...path, file]);
  done.add(file);
}
for (const file of files) visit(file, []);

const seen = new Set();
const unique = cycles.filter((cycle) => {
  const key = [...cycle.slice(1)].sort().join(' ');
  return !seen.has(key) && seen.add(key);
});
for (const cycle of unique) console.error(`import cycle: ${cycle.map((file) => relative(root, file)).join(' → ')}`);
console.log(`${files.length} modules, ${unique.length} import cycles`);
process.exit(unique.length > 0 ? 1 : 0);
