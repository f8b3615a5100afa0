/* global document, window, localStorage -- used inside page.evaluate(), which runs in the browser */
// Server-rendered widgets when their script arrives (issue 26, hydration), in Chromium and Firefox ESR, on the
// npm build (dist/, as a bundler resolves it: build first):
// - with @lit-labs/ssr-client's hydration support loaded first, each widget takes over the server's shadow
//   root: the same nodes (not re-created), no pixel changed, focus where it was; then its stored state
//   (`persist`) and the language it inherits (<html lang>) apply, as on a page without server rendering;
// - without it (a page that only added the script), the first render replaces the server's copy: one copy,
//   never two.
//
//   node scripts/ssr-hydration.mjs
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, requireBrowserVersions } from './browsers.mjs';
import { check, reportAndExit } from './checks.mjs';
import { LIT_IMPORT_MAP, serve } from './serve.mjs';

requireBrowserVersions();
const { renderWidget } = await import('../dist/ssr/index.js');

const HYDRATE_SUPPORT = '/node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** The article: the checklist rendered in English with `persist`, on a page whose own language is `pageLang`. */
async function article(pageLang, attributes) {
  const checklist = await renderWidget('checklist', { 'emergency-number': '112', ...attributes });
  return `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><title>Back spasm</title>
<script type="importmap">${LIT_IMPORT_MAP}</script></head>
<body><main><h1>Back spasm</h1>${checklist}<p>After the widget.</p></main></body></html>`;
}

const pages = {
  '/en': await article('en', { lang: 'en', persist: true }),
  // Rendered without a language of its own: the page's, Spanish, is the one it inherits once its script runs.
  '/es': await article('es', {}),
};
const server = await serve({ page: (path) => (pages[path] ? { body: pages[path] } : undefined) });

/** Loads the widgets' script, after `first` when given (the hydration support), as a page's module script. */
const loadScript = (page, first) =>
  page.addScriptTag({
    type: 'module',
    content: `${first ? `import '${first}';\n` : ''}import '/dist/define.js';`,
  });

/** Waits until the checklist is defined and has rendered (the `rendered` state set by its first update). */
const rendered = (page) =>
  page.waitForFunction(
    () => window.customElements.get('spasm-checklist') && document.querySelector('spasm-checklist').hasUpdated
  );

const shadowState = () => {
  const root = document.querySelector('spasm-checklist').shadowRoot;
  return {
    sections: [...root.children].filter((child) => child.localName === 'section').length,
    styles: root.querySelectorAll('style').length,
    lang: root.querySelector('section').getAttribute('lang'),
    focused: root.activeElement?.getAttribute('href') ?? null,
    ticked: [...root.querySelectorAll('input[type="checkbox"]')].filter((box) => box.checked).length,
    scroll: Math.round(window.scrollY),
  };
};

async function runIn(browserName, newPage, screenshot) {
  const page = await newPage();
  await page.goto(`${server.origin}/en`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // Focus on the emergency number's link and the page scrolled, as a reader may leave them before the script.
  await page.evaluate(() => {
    const root = document.querySelector('spasm-checklist').shadowRoot;
    window.serverSection = root.querySelector('section');
    root.querySelector('a[href^="tel:"]').focus();
    window.scrollTo(0, 40);
  });
  const stateBefore = await page.evaluate(shadowState);
  const before = await screenshot(page);
  await loadScript(page, HYDRATE_SUPPORT);
  await rendered(page);
  const stateAfter = await page.evaluate(shadowState);
  const after = await screenshot(page);
  const sameNodes = await page.evaluate(
    () => document.querySelector('spasm-checklist').shadowRoot.querySelector('section') === window.serverSection
  );
  const what = `${browserName}, hydration support loaded first`;
  check(
    `${what}: the server's nodes are taken over, not re-created`,
    sameNodes && stateAfter.sections === 1,
    stateAfter
  );
  check(`${what}: no pixel changed above the answers (which appear now)`, before === after, 'the screenshots differ');
  check(
    `${what}: focus stays on the number's link`,
    stateBefore.focused === 'tel:112' && stateAfter.focused === 'tel:112',
    [stateBefore.focused, stateAfter.focused]
  );
  check(`${what}: the scroll position stays`, stateBefore.scroll === stateAfter.scroll, [
    stateBefore.scroll,
    stateAfter.scroll,
  ]);
  // A tick, saved (`persist`); the page served again, server-rendered with none: the stored tick applies.
  await page.evaluate(() =>
    document.querySelector('spasm-checklist').shadowRoot.querySelector('input[type="checkbox"]').click()
  );
  await page.reload();
  await loadScript(page, HYDRATE_SUPPORT);
  await rendered(page);
  await page.waitForFunction(() => document.querySelector('spasm-checklist').shadowRoot.querySelector('input:checked'));
  check(
    `${what}: the stored state (persist) applies after the take-over`,
    (await page.evaluate(shadowState)).ticked === 1,
    ''
  );
  await page.goto(`${server.origin}/es`);
  await loadScript(page, HYDRATE_SUPPORT);
  await rendered(page);
  await page.waitForFunction(() =>
    document.querySelector('spasm-checklist').shadowRoot.querySelector('section[lang="es"]')
  );
  check(
    `${what}: the page's language (inherited) applies after the take-over`,
    (await page.evaluate(shadowState)).lang === 'es',
    ''
  );
  await page.close();

  const plain = await newPage();
  await plain.goto(`${server.origin}/en`);
  await loadScript(plain);
  await rendered(plain);
  const replaced = await plain.evaluate(shadowState);
  check(
    `${browserName}, no hydration support: one copy, never two`,
    replaced.sections === 1 && replaced.styles <= 1,
    replaced
  );
  await plain.close();
}

/**
 * The visible part of the checklist above its first buttons, in the viewport (no scrolling): those appear once the
 * script runs, by design (hidden until then), and move what follows them.
 */
const aboveButtons = () => {
  const root = document.querySelector('spasm-checklist').shadowRoot;
  const card = root.querySelector('section').getBoundingClientRect();
  const answers = root.querySelector('.answers').getBoundingClientRect();
  const top = Math.max(card.top, 0);
  return { x: card.left, y: top, width: card.width, height: Math.max(1, answers.top - top) };
};

try {
  const chromiumBrowser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await chromiumBrowser.newContext();
  try {
    const shot = async (page) =>
      (await page.screenshot({ clip: await page.evaluate(aboveButtons) })).toString('base64');
    await runIn('Chromium', () => context.newPage(), shot);
  } finally {
    await chromiumBrowser.close();
  }
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  try {
    const shot = async (page) => page.screenshot({ clip: await page.evaluate(aboveButtons), encoding: 'base64' });
    await runIn('Firefox', () => firefox.newPage(), shot);
  } finally {
    await firefox.close();
  }
} finally {
  await server.stop();
}
reportAndExit('Hydration');
