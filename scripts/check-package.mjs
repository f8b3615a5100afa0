// Checks what `npm pack` would ship (after `npm run build`): every source map
// resolves, each of its sources being a file in the package or embedded in
// the map (sourcesContent), so a debugger or "go to definition" never lands
// on a missing file; every path custom-elements.json names is packed; and the
// LICENSE matches package.json.
//
//   node scripts/check-package.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root }));
const shipped = new Set(pack.files.map((file) => file.path));
const problems = [];

let maps = 0;
for (const file of shipped) {
  if (!file.endsWith('.map')) continue;
  maps++;
  const map = JSON.parse(readFileSync(join(root, file), 'utf8'));
  map.sources.forEach((source, index) => {
    const target = normalize(join(dirname(file), map.sourceRoot ?? '', source));
    if (!shipped.has(target) && typeof map.sourcesContent?.[index] !== 'string') {
      problems.push(`${file}: source ${source} is neither in the package nor embedded`);
    }
  });
}

// custom-elements.json names files by their path in the package: each must be packed.
const manifestPaths = new Set();
const collectPaths = (value) => {
  if (Array.isArray(value)) value.forEach(collectPaths);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      if ((key === 'path' || key === 'module') && typeof item === 'string') manifestPaths.add(item);
      else collectPaths(item);
  }
};
collectPaths(JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')).modules);
for (const path of manifestPaths)
  if (!shipped.has(path)) problems.push(`custom-elements.json names ${path}, which is not in the package`);

const license = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license;
if (!shipped.has('LICENSE')) problems.push('no LICENSE file in the package');
else if (!readFileSync(join(root, 'LICENSE'), 'utf8').startsWith(`${license} License`))
  problems.push(`LICENSE is not the ${license} licence of package.json`);

if (problems.length > 0) {
  console.error(`The package is not right (${problems.length}):\n  ${problems.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Package: ${shipped.size} files, ${maps} source maps all resolve, the ${manifestPaths.size} paths in custom-elements.json are packed, LICENSE is ${license}.`
);
