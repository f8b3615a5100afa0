// Tests run in real browsers from Debian: headless Chromium and Firefox ESR.
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { accessibilityTreePlugin, screenshotPlugin } from './test/test-runner-commands.mjs';
import { chromiumArgs, chromiumPath, firefoxPath, requireBrowserVersions } from './scripts/browsers.mjs';

// A missing or too old browser fails here with one message that says how to fix it,
// not later with an obscure WebDriver BiDi error from the middle of a test.
requireBrowserVersions();

// Only for test/frameworks/ (the widgets inside React and Vue apps): React ships CommonJS only,
// and Vue's ESM build reads bundler-time constants. Both are limited to those packages.
const require = createRequire(import.meta.url);
const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);
const reactPackages = ['react', 'react-dom', 'react-18', 'react-dom-18', 'scheduler'];
const frameworkPackages = [...reactPackages, 'vue', '@vue/*'].map((name) => `**/node_modules/${name}/**`);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Each test keeps mocha's 10 s; a whole file may take longer than the runner's default 2 minutes: the
  // robustness files tick many sessions of visible timers through sleeps, and took over 2 minutes in
  // Firefox on a busy CI machine.
  testsFinishTimeout: 600_000,
  plugins: [
    // What a page can't see of itself: Chromium's accessibility tree, and the pixels painted (test/test-runner-commands.mjs).
    accessibilityTreePlugin(),
    screenshotPlugin(),
    // The tsconfig gives esbuild `useDefineForClassFields: false`: class fields must not shadow Lit's reactive accessors.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // What a bundler would define for React and Vue (development builds, Vue's documented flags).
    replace({
      include: frameworkPackages,
      preventAssignment: true,
      values: {
        'process.env.NODE_ENV': JSON.stringify('development'),
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }),
    // React 18 sits beside 19 under npm aliases (react-18, react-dom-18, see package.json "overrides"): its
    // react-dom's own `react` and `react-dom` are the 18 ones.
    {
      name: 'react-18',
      resolveImport({ source, context }) {
        if (context.path.includes('/node_modules/react-dom-18/') && (source === 'react' || source === 'react-dom'))
          return require.resolve(`${source}-18`);
        return undefined;
      },
    },
    // React and react-dom are CommonJS: served as ES modules (use their default export).
    commonjs({
      strictRequires: false,
      requireReturnsDefault: true,
      include: reactPackages.map((name) => `**/node_modules/${name}/**`),
    }),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  ],
};
