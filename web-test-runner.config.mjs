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
  middleware: [
    // A test sets the cookie fail-locale=<code> to make that locale module fail to load, as a flaky CDN would.
    (context, next) => {
      const failing = /(?:^|;\s*)fail-locale=([\w-]+)/.exec(context.get('cookie'))?.[1];
      if (failing && new RegExp(`/generated/locales/${failing}\\.(js|ts)$`).test(context.path)) {
        context.status = 503;
        return undefined;
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  ],
};
