// Type-checks a consumer of the packed package (test/consumer/index.ts) as a
// site's project would, under `strict`, `exactOptionalPropertyTypes` and
// `noUncheckedIndexedAccess`, with `moduleResolution` `bundler` and
// `nodenext`; then runs publint --strict and @arethetypeswrong/cli (ESM-only)
// on the same tarball. Run after `npm run build`.
//
//   node scripts/check-types.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const consumer = join(root, 'test/consumer');
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });

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
  run('npx', ['publint', '--strict', tarball]);
  run('npx', ['attw', tarball, '--profile', 'esm-only', '--quiet']);
  console.log('Package: publint --strict and arethetypeswrong (ESM only) find no problem.');
} catch (error) {
  console.error(`The package's types or metadata are not right: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
