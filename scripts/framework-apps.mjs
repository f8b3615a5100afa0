#!/usr/bin/env node
/* global document, fetch -- document inside page.evaluate() and waitForFunction(), which run in the browser */
/**
 * Fresh apps in the frameworks sites build with (test/apps/<name>/), each
 * given the packed package as a site installs it: `npm pack` once, the
 * tarball unpacked into every app's node_modules/spasm-widgets; the
 * frameworks themselves resolve from the repository's node_modules (dev
 * dependencies, so `npm ci` installs them and nothing here needs a network).
 * Run after `npm run build`. Each app is built for production, type-checked
 * under `strict` by its framework's checker, served as it would be deployed,
 * and opened in headless Chromium, which checks that
 * - the checklist shows the three steps the app gives it: a property set
 *   from the framework arrives (an array, which no attribute could carry);
 * - a click on its first box reaches the app's own handler: the app shows
 *   the `spasm-checklist-change` detail in <output id="last-change">;
 * - the page logs no error and no warning.
 * Next.js (App Router, `spasm-widgets/react`) also: the server's HTML holds
 * the element, and the steps arrive after hydration (React issue 35446 drops
 * them with React 19 alone). SvelteKit also renders on the server.
 * Server rendering (issue 26): Eleventy (`@lit-labs/eleventy-plugin-lit`
 * with `spasm-widgets/ssr`) renders the checklist into its pages at build,
 * and a Next.js server component with `renderWidget`: each page's HTML holds
 * the warning signs with their tel: links; with JavaScript off, Chromium
 * and Firefox ESR show them; on the Eleventy pages the drop-in then takes the checklist
 * over and a box ticks.
 *
 * The Vite app `vite-define` imports `spasm-widgets/define` (every widget):
 * its initial JS (the entry and its static imports, before any locale chunk)
 * may weigh at most the all-in-one drop-in plus 10 % (min + gzip -9, as
 * scripts/size.mjs measures); an English page loads no locale chunk and a
 * Spanish one only Spanish ones.
 *
 *   node scripts/framework-apps.mjs [app...]   (default: every app)
 *
 * Prints a line per check, the time each app took, and "N passed, M failed";
 * exits 1 on any failure.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, requireBrowserVersions } from './browsers.mjs';
import { check, reportAndExit } from './checks.mjs';
import { serve } from './serve.mjs';
import { GROUPS } from './message-groups.mjs';
import { ALL_IN_ONE } from '../src/widgets.js';

const ROOT = new URL('..', import.meta.url).pathname;
const APPS_DIR = join(ROOT, 'test/apps');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);

/** The steps every app gives the checklist, and the change a click on the first box reports. */
const STEP_TITLES = ['Stretch gently', 'Walk for 5 minutes', 'Rest on your side'];
const FIRST_CHANGE = { id: 'stretch', checked: true, done: 1, total: 3 };
/** The Vite app's initial JS may weigh this much more than the all-in-one drop-in (issue 27). */
const BUNDLER_ALLOWANCE = 0.1;

/** A static build, served from its folder (`dist` of a Vite app; the app's own folder for the plain page). */
const staticSite =
  (folder, routes = {}) =>
  (app) =>
    serve({ routes: { ...routes, '/': `test/apps/${app}/${folder}` } });

/**
 * The apps, in the order they run. `build` and `typecheck` are commands run
 * in the app's folder ([binary of node_modules/.bin, ...arguments]); `start`
 * serves the built app and resolves to `{ origin, stop }`.
 */
const APPS = [
  {
    name: 'next',
    label: 'Next.js App Router, spasm-widgets/react',
    build: [['next', 'build']],
    typecheck: [['tsc', '-p', '.']],
    start: (app) => startServer(app, (port) => [bin('next'), ['start', '-p', port, '-H', '127.0.0.1']]),
    serverRendered: true,
    // A server component that renders the checklist with spasm-widgets/ssr (app/server-rendered/page.tsx).
    renderedPages: [{ path: '/server-rendered', numbers: ['tel:999', 'tel:111'] }],
  },
  {
    name: 'react-19',
    label: 'React 19 with Vite, spasm-widgets/react',
    build: [['vite', 'build']],
    typecheck: [['tsc', '-p', '.']],
    start: staticSite('dist/'),
  },
  {
    name: 'vue',
    label: 'Vue 3 with Vite',
    build: [['vite', 'build']],
    typecheck: [['vue-tsc', '-p', '.']],
    start: staticSite('dist/'),
  },
  {
    name: 'sveltekit',
    label: 'SvelteKit 2, adapter-node',
    build: [['vite', 'build']],
    // `vite build` has run `svelte-kit sync`, which writes the .svelte-kit/tsconfig.json the app's extends.
    typecheck: [['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
    start: (app) => startServer(app, (port) => ['node', ['build/index.js'], { PORT: port, HOST: '127.0.0.1' }]),
    serverRendered: true,
  },
  {
    name: 'react-18',
    label: 'React 18 with Vite, spasm-widgets/react',
    build: [['vite', 'build']],
    typecheck: [['tsc', '-p', '.']],
    start: staticSite('dist/'),
  },
  {
    name: 'plain',
    label: 'plain HTML, the CDN drop-in',
    build: [],
    // The page's own script, with the package's types (JSDoc, `// @ts-check`).
    typecheck: [['tsc', '-p', '.']],
    start: staticSite('', { '/cdn/': 'test/apps/plain/node_modules/spasm-widgets/dist/cdn/' }),
  },
  {
    name: 'eleventy',
    label: 'Eleventy 3 with @lit-labs/eleventy-plugin-lit, rendered at build',
    build: [['eleventy']],
    // The config and the plugin's component module, with the package's types (JSDoc, checkJs).
    typecheck: [['tsc', '-p', '.']],
    start: staticSite('_site/', { '/cdn/': 'test/apps/eleventy/node_modules/spasm-widgets/dist/cdn/' }),
    // test/apps/eleventy/src/: each checklist with its numbers; the pages load the drop-in.
    renderedPages: [
      { path: '/', numbers: ['tel:999', 'tel:111'] },
      { path: '/es/', numbers: ['tel:112'] },
    ],
    dropInTakesOver: true,
  },
  {
    name: 'vite-define',
    label: 'Vite, spasm-widgets/define (size)',
    build: [['vite', 'build']],
    typecheck: [['tsc', '-p', '.']],
    start: staticSite('dist/'),
    sizeOnly: true,
  },
];

/** Runs a command of node_modules/.bin in `cwd`; its output only when it fails. */
function run([name, ...args], cwd) {
  try {
    execFileSync(bin(name), args, {
      cwd,
      stdio: 'pipe',
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ''}${error.stderr ?? error.message}`.slice(-3000) };
  }
}

/** A free port on 127.0.0.1, as a string. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(String(port)));
    });
  });
}

/**
 * Starts an app's own server (`command(port)` gives [executable, arguments,
 * extra environment]) in a process group of its own, and waits until it answers.
 */
async function startServer(app, command) {
  const port = await freePort();
  const [executable, args, env = {}] = command(port);
  const server = spawn(executable, args, {
    cwd: join(APPS_DIR, app),
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (data) => (log += data));
  server.stderr.on('data', (data) => (log += data));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // Already gone.
    }
  };
  for (let tries = 0; tries < 300; tries++) {
    if (server.exitCode !== null) break;
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  stop();
  throw new Error(`${app}: its server did not answer on ${origin}.\n${log.slice(-2000)}`);
}

/** The gzip -9 size of a file's bytes, as CDNs serve it. */
const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** `npm pack` of the repository into a temporary folder: the tarball's path and a `remove()`. */
function pack() {
  const folder = mkdtempSync(join(tmpdir(), 'spasm-apps-pack-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: ROOT })
  );
  return { tarball: join(folder, packed.filename), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Unpacks the tarball as the app's node_modules/spasm-widgets, as `npm install` would. */
function install(tarball, app) {
  const installed = join(APPS_DIR, app, 'node_modules/spasm-widgets');
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
}

/** Opens the app's page; collects the console's errors and warnings and uncaught exceptions. */
async function open(browser, url, { lang } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    // Browsers ask for /favicon.ico on their own; the apps have none.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (['error', 'warning'].includes(message.type())) {
      problems.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  if (lang) {
    // The same page, in another language: the document's lang is what the widgets read.
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('<html lang="en">', `<html lang="${lang}">`);
      await route.fulfill({ response, body });
    });
  }
  await page.goto(url);
  return { page, problems, requests };
}

/** The checks every framework app shares: its steps arrive, its handler hears the change, nothing complains. */
async function checkApp(browser, app, origin) {
  const { page, problems } = await open(browser, `${origin}/`);
  try {
    const titles = await page
      .waitForFunction(
        (expected) => {
          const list = document.querySelector('spasm-checklist');
          const text = list?.shadowRoot?.textContent ?? '';
          return list?.total === expected.length && expected.every((title) => text.includes(title));
        },
        STEP_TITLES,
        { timeout: 20_000 }
      )
      .then(
        () => true,
        () => false
      );
    const shown = await page.evaluate(() => {
      const list = document.querySelector('spasm-checklist');
      return { total: list?.total, steps: list?.steps };
    });
    check(`${app.name}: the checklist shows the app's ${STEP_TITLES.length} steps`, titles, shown);

    await page.locator('spasm-checklist input[type="checkbox"]').first().click({ timeout: 10_000 });
    const heard = await page
      .waitForFunction(() => document.querySelector('#last-change')?.textContent, null, { timeout: 10_000 })
      .then(
        async (handle) => JSON.parse(await handle.jsonValue()),
        () => null
      );
    check(
      `${app.name}: a click on the first box reaches the app's handler (spasm-checklist-change)`,
      JSON.stringify(heard) === JSON.stringify(FIRST_CHANGE),
      heard
    );
    check(`${app.name}: no console error or warning, no uncaught exception`, problems.length === 0, problems);
  } finally {
    await page.close();
  }
}

/** The server's own HTML holds the element (before any script runs). */
async function checkServerHtml(app, origin) {
  const html = await (await fetch(`${origin}/`)).text();
  check(
    `${app.name}: the server's HTML holds <spasm-checklist>`,
    html.includes('<spasm-checklist'),
    html.slice(0, 600)
  );
}

/** In a page without JavaScript: the checklist's lists of warning signs that show (their lengths), and its tel: links. */
const signsShown = () => {
  const root = document.querySelector('spasm-checklist')?.shadowRoot;
  const visible = (element) => element.getBoundingClientRect().height > 0;
  const lists = [...(root?.querySelectorAll('[part~="red-flags"] ul') ?? [])].filter(visible);
  const links = [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].filter(visible);
  return {
    signLists: lists.map((list) => list.children.length),
    links: links.map((a) => a.getAttribute('href')),
  };
};

/**
 * Pages whose checklist the framework renders on the server or at build
 * (issue 26): the HTML as served holds its shadow root and its tel: links, and
 * with JavaScript off (`withoutScript`: a new page in each browser) both lists
 * of warning signs and those links show.
 */
async function checkRenderedPages(withoutScript, app, origin) {
  for (const { path, numbers } of app.renderedPages) {
    const served = await (await fetch(`${origin}${path}`)).text();
    const inHtml = numbers.filter((number) => served.includes(`href="${number}"`));
    check(
      `${app.name} ${path}: the HTML as served holds the checklist's shadow root and its ${numbers.join(', ')} links`,
      /<template [^>]*shadowrootmode="open"/.test(served) && inHtml.length === numbers.length,
      { found: inHtml }
    );
    for (const [browserName, newPage] of Object.entries(withoutScript)) {
      const page = await newPage();
      try {
        await page.goto(`${origin}${path}`);
        const shown = await page.evaluate(signsShown);
        check(
          `${app.name} ${path}: with JavaScript off in ${browserName}, both lists of warning signs and the tel: links show`,
          shown.signLists.length === 2 &&
            shown.signLists.every((count) => count > 0) &&
            numbers.every((number) => shown.links.includes(number)),
          shown
        );
      } finally {
        await page.close();
      }
    }
  }
}

/** A page rendered at build that loads the drop-in: the drop-in takes the checklist over, and a box ticks. */
async function checkDropInTakesOver(browser, app, origin) {
  const { page, problems } = await open(browser, `${origin}/`);
  try {
    await page.waitForFunction(
      () => document.querySelector('spasm-checklist')?.matches(':defined:state(rendered)'),
      null,
      {
        timeout: 20_000,
      }
    );
    await page.locator('spasm-checklist input[type="checkbox"]').first().click({ timeout: 10_000 });
    const done = await page.evaluate(() => document.querySelector('spasm-checklist')?.done);
    check(`${app.name}: with JavaScript, the drop-in takes the checklist over and a box ticks`, done === 1, { done });
    check(`${app.name}: no console error or warning, no uncaught exception`, problems.length === 0, problems);
  } finally {
    await page.close();
  }
}

/**
 * The Vite app with every widget: its initial JS against the drop-in's, and
 * locale chunks only for the page's language.
 */
async function checkBundlerSize(browser, app, origin, tarballRoot) {
  const dist = join(APPS_DIR, app.name, 'dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  // The entry and what it imports statically: what loads before anything the page asks for later.
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry);
  const files = [...initial].map((key) => readFileSync(join(dist, manifest[key].file)));
  const bundled = { min: sum(files.map((bytes) => bytes.length)), gzip: sum(files.map(gzipSize)) };
  const dropInBytes = readFileSync(join(tarballRoot, `dist/cdn/${ALL_IN_ONE.name}.js`));
  const dropIn = { min: dropInBytes.length, gzip: gzipSize(dropInBytes) };
  const limit = Math.floor(dropIn.gzip * (1 + BUNDLER_ALLOWANCE));
  const more = (((bundled.gzip - dropIn.gzip) / dropIn.gzip) * 100).toFixed(1);
  console.log(`Initial JS, min / gzip -9 bytes:`);
  console.log(`  Vite app importing spasm-widgets/define (${files.length} file(s)): ${bundled.min} / ${bundled.gzip}`);
  console.log(`  CDN drop-in ${ALL_IN_ONE.name}.js: ${dropIn.min} / ${dropIn.gzip}`);
  console.log(`  the app's is ${more} % more (at most ${BUNDLER_ALLOWANCE * 100} %: ${limit} B gzip)`);
  check(
    `${app.name}: initial JS ${bundled.gzip} B gzip, at most the drop-in's ${dropIn.gzip} B + ${BUNDLER_ALLOWANCE * 100} %`,
    bundled.gzip <= limit,
    { bundled, dropIn }
  );

  const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
  const localeChunk = new RegExp(`/(${config.targetLocales.join('|')})-(${GROUPS.join('|')})(-page)?-[\\w-]+\\.js$`);
  for (const lang of ['en', 'es']) {
    const { page, problems, requests } = await open(browser, `${origin}/`, { lang });
    try {
      await page.waitForFunction(() => document.querySelector('spasm-quiz')?.shadowRoot?.textContent, null, {
        timeout: 20_000,
      });
      // Every widget rendered in the page's language (the Spanish chunks have arrived and been used).
      await page.evaluate(() =>
        Promise.all(
          [...document.querySelectorAll('spasm-checklist, spasm-timer, spasm-quiz')].map(
            (element) => element.updateComplete
          )
        )
      );
      await page.waitForLoadState('networkidle');
      const locales = requests.filter((path) => localeChunk.test(path)).map((path) => path.split('/').pop());
      const others = locales.filter((file) => !file.startsWith(`${lang}-`));
      check(
        `${app.name}: a page in "${lang}" loads ${lang === 'en' ? 'no locale chunk' : `only its language's locale chunks (${locales.length})`}`,
        lang === 'en' ? locales.length === 0 : locales.length > 0 && others.length === 0,
        locales
      );
      check(
        `${app.name} (${lang}): no console error or warning, no uncaught exception`,
        problems.length === 0,
        problems
      );
    } finally {
      await page.close();
    }
  }
}

const sum = (values) => values.reduce((total, value) => total + value, 0);

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !APPS.some((app) => app.name === name));
if (unknown.length) {
  console.error(`No app named ${unknown.join(', ')}; the apps: ${APPS.map((app) => app.name).join(', ')}.`);
  process.exit(1);
}
requireBrowserVersions();
const apps = chosen.length ? APPS.filter((app) => chosen.includes(app.name)) : APPS;
const started = Date.now();
const packed = pack();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const noScriptContext = await browser.newContext({ javaScriptEnabled: false });
// BiDi in Firefox ESR has no command to turn scripts off for one page: its preference, in a browser of its own.
const firefox = apps.some((app) => app.renderedPages)
  ? await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: { 'javascript.enabled': false },
    })
  : undefined;
const withoutScript = {
  Chromium: () => noScriptContext.newPage(),
  ...(firefox && { 'Firefox ESR': () => firefox.newPage() }),
};
try {
  for (const app of apps) {
    const appStarted = Date.now();
    const folder = join(APPS_DIR, app.name);
    install(packed.tarball, app.name);
    const built = app.build.map((command) => run(command, folder)).find((result) => !result.ok) ?? { ok: true };
    check(`${app.name}: builds (${app.label})`, built.ok, built.output);
    if (!built.ok) continue;
    const typed = app.typecheck.map((command) => run(command, folder)).find((result) => !result.ok) ?? { ok: true };
    check(`${app.name}: type-checks under strict (${app.typecheck[0][0]})`, typed.ok, typed.output);
    let server;
    try {
      server = await app.start(app.name);
      if (app.serverRendered) await checkServerHtml(app, server.origin);
      if (app.renderedPages) await checkRenderedPages(withoutScript, app, server.origin);
      if (app.dropInTakesOver) await checkDropInTakesOver(browser, app, server.origin);
      else if (app.sizeOnly)
        await checkBundlerSize(browser, app, server.origin, join(folder, 'node_modules/spasm-widgets'));
      else await checkApp(browser, app, server.origin);
    } catch (error) {
      check(`${app.name}: runs`, false, error.message);
    } finally {
      await server?.stop();
    }
    console.log(`${app.name}: ${((Date.now() - appStarted) / 1000).toFixed(1)} s`);
  }
} finally {
  await firefox?.close();
  await browser.close();
  packed.remove();
}
console.log(`Apps: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
reportAndExit();
