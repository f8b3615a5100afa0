// Tests run in real browsers from Debian: headless Chromium and Firefox ESR.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumArgs, chromiumPath, firefoxPath } from './scripts/browsers.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The tsconfig gives esbuild `useDefineForClassFields: false`: class fields must not shadow Lit's reactive accessors.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  ],
};
