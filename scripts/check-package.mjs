// Checks what `npm pack` would ship (after `npm run build`): every source map
// resolves, each of its sources being a file in the package or embedded in
// the map (sourcesContent), so a debugger or "go to definition" never lands
// on a missing file; every path custom-elements.json names is packed; and the
// LICENSE matches package.json; package.json's "exports" and "sideEffects"
// agree with src/widgets.js.
//
//   node scripts/check-package.mjs
import { execFileSync } from 'node:child_process';
import { dirname, join, normalize } from 'node:path';
import { WIDGETS, widgetFiles } from '../src/widgets.js';
import { EDITOR_DATA_FILES } from './editor-data.mjs';
import { failOn, manifestReferences, read, readJson, root } from './manifest-facts.mjs';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }));
const shipped = new Set(pack.files.map((file) => file.path));
const problems = [];

let maps = 0;
for (const file of shipped) {
  if (!file.endsWith('.map')) continue;
  maps++;
  const map = readJson(file);
  map.sources.forEach((source, index) => {
    const target = normalize(join(dirname(file), map.sourceRoot ?? '', source));
    if (!shipped.has(target) && typeof map.sourcesContent?.[index] !== 'string') {
      problems.push(`${file}: source ${source} is neither in the package nor embedded`);
    }
  });
}

// custom-elements.json names files by their path in the package: each must be packed.
const manifestPaths = new Set(
  manifestReferences(readJson('custom-elements.json'))
    .map((ref) => ref.path ?? ref.module)
    .filter((path) => path !== undefined)
);
for (const path of manifestPaths)
  if (!shipped.has(path)) problems.push(`custom-elements.json names ${path}, which is not in the package`);
// The editors' completion data (scripts/editor-data.mjs) is for the installed package.
for (const file of Object.values(EDITOR_DATA_FILES))
  if (!shipped.has(file)) problems.push(`${file} (the editors' data) is not in the package`);

const pkg = readJson('package.json');
const { license } = pkg;

// package.json "exports" and "sideEffects" cannot be read from src/widgets.js: they must agree with it.
// The entries that are not a widget's: every widget registered, and the React components of every widget.
const ALL_WIDGETS = { './define': 'define.js', './react': 'react/index.js' };
/** Server rendering (src/ssr): Node only, so no `default` a browser bundle could pick. */
const SERVER_ENTRY = { types: './dist/ssr/index.d.ts', node: './dist/ssr/index.js' };
const widgetExports = Object.keys(pkg.exports).filter(
  (key) => /^\.\/[a-z-]+(\/define)?$/.test(key) && !(key in ALL_WIDGETS) && key !== './ssr'
);
if (JSON.stringify(pkg.exports['./ssr']) !== JSON.stringify(SERVER_ENTRY))
  problems.push(
    `package.json exports["./ssr"] is ${JSON.stringify(pkg.exports['./ssr'])}; it should be ${JSON.stringify(SERVER_ENTRY)}`
  );
const expectedExports = {};
for (const widget of WIDGETS) {
  const { classModule, defineModule } = widgetFiles(widget);
  for (const [key, module] of [
    [`./${widget.folder}`, classModule],
    [`./${widget.folder}/define`, defineModule],
  ])
    expectedExports[key] = { types: `./dist/${module.replace(/\.js$/, '.d.ts')}`, default: `./dist/${module}` };
}
for (const key of new Set([...widgetExports, ...Object.keys(expectedExports)])) {
  if (JSON.stringify(pkg.exports[key]) !== JSON.stringify(expectedExports[key]))
    problems.push(
      `package.json exports["${key}"] is ${JSON.stringify(pkg.exports[key])}; src/widgets.js needs ${JSON.stringify(expectedExports[key])}`
    );
}
for (const [key, module] of Object.entries(ALL_WIDGETS)) {
  const expected = { types: `./dist/${module.replace(/\.js$/, '.d.ts')}`, default: `./dist/${module}` };
  if (JSON.stringify(pkg.exports[key]) !== JSON.stringify(expected))
    problems.push(
      `package.json exports["${key}"] is ${JSON.stringify(pkg.exports[key])}; it should be ${JSON.stringify(expected)}`
    );
}
const sideEffect = (path) =>
  pkg.sideEffects.some((pattern) =>
    new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`).test(path)
  );
for (const widget of WIDGETS) {
  const path = `./dist/${widgetFiles(widget).defineModule}`;
  if (!sideEffect(path))
    problems.push(`package.json "sideEffects" does not list ${path}, which registers <${widget.tag}>`);
}
if (!shipped.has('LICENSE')) problems.push('no LICENSE file in the package');
else if (!read('LICENSE').startsWith(`${license} License`))
  problems.push(`LICENSE is not the ${license} licence of package.json`);

failOn('The package is not right', problems, 20);
console.log(
  `Package: ${shipped.size} files, ${maps} source maps all resolve, the ${manifestPaths.size} paths in custom-elements.json are packed, LICENSE is ${license}.`
);
