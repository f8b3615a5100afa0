// Type-checks a consumer of the packed package (test/consumer/index.ts) as a
// site's project would, under `strict`, `exactOptionalPropertyTypes` and
// `noUncheckedIndexedAccess`, with `moduleResolution` `bundler` and
// `nodenext`; then the widgets' tags in each framework's templates, typed by
// the package's `spasm-widgets/types/<framework>` modules: React 19
// (react-elements.tsx), Preact and Solid (tsc with their jsxImportSource),
// Vue (vue-tsc, strictTemplates) and Svelte (svelte-check). Each file uses
// the tags rightly and wrongly: every wrong use must fail (`@ts-expect-error`,
// `@vue-expect-error`, or in Svelte markup an `<!-- expect-error -->` comment
// on the line above), nothing else may. Then publint --strict and
// @arethetypeswrong/cli (ESM-only) on the same tarball. Run after `npm run build`.
//
//   node scripts/check-types.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const consumer = join(root, 'test/consumer');
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });

/**
 * Runs svelte-check on the consumer's Svelte files and fails unless its
 * errors are exactly on the lines marked by an `<!-- expect-error … -->`
 * comment above them: svelte-check has no `@ts-expect-error` for markup.
 */
function checkSvelte() {
  let output;
  try {
    output = execFileSync('npx', ['svelte-check', '--tsconfig', './tsconfig.svelte.json', '--output', 'machine'], {
      cwd: consumer,
      encoding: 'utf8',
    });
  } catch (error) {
    // svelte-check exits 1 when it finds errors: the expected ones are among them.
    output = error.stdout ?? '';
  }
  const found = new Set();
  for (const [, file, line] of output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ /gm)) found.add(`${file}:${line}`);
  const expected = new Set();
  const files = [...output.matchAll(/^\d+ COMPLETED (\d+) FILES/gm)];
  if (files.length === 0) throw new Error(`svelte-check did not complete:\n${output}`);
  const svelteFiles = readdirSync(join(consumer, 'svelte')).filter((name) => name.endsWith('.svelte'));
  for (const file of svelteFiles.map((name) => `svelte/${name}`)) {
    readFileSync(join(consumer, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        // The comment's line is index + 1; the line it marks, index + 2.
        if (text.trim().startsWith('<!-- expect-error')) expected.add(`${file}:${index + 2}`);
      });
  }
  const unexpected = [...found].filter((place) => !expected.has(place));
  const missed = [...expected].filter((place) => !found.has(place));
  if (unexpected.length > 0 || missed.length > 0)
    throw new Error(
      `svelte-check: ${unexpected.length} unexpected errors (${unexpected.join(', ')}), ` +
        `${missed.length} wrong uses accepted (${missed.join(', ')})\n${output}`
    );
  return expected.size;
}

const packDir = mkdtempSync(join(tmpdir(), 'spasm-pack-'));
try {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: root })
  );
  const tarball = join(packDir, pack.filename);
  // Installed as a site would have it; `lit` resolves from the repository's node_modules above.
  const installed = join(consumer, 'node_modules/spasm-widgets');
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const resolution of ['bundler', 'nodenext']) {
    run('npx', ['tsc', '-p', join(consumer, `tsconfig.${resolution}.json`)]);
    console.log(`Types: the packed package type-checks in a strict consumer (moduleResolution ${resolution}).`);
  }
  for (const framework of ['preact', 'solid']) run('npx', ['tsc', '-p', join(consumer, `tsconfig.${framework}.json`)]);
  run('npx', ['vue-tsc', '-p', join(consumer, 'tsconfig.vue.json')]);
  const svelteCases = checkSvelte();
  console.log(
    `Types: the tags type-check in React 19, Preact, Solid, Vue (vue-tsc) and Svelte (svelte-check, ${svelteCases} wrong uses refused).`
  );
  run('npx', ['publint', '--strict', tarball]);
  run('npx', ['attw', tarball, '--profile', 'esm-only', '--quiet']);
  console.log('Package: publint --strict and arethetypeswrong (ESM only) find no problem.');
} catch (error) {
  console.error(`The package's types or metadata are not right: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
