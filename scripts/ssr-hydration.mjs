/* global document, window, localStorage -- used inside page.evaluate(), which runs in the browser */
// Server-rendered widgets when their script arrives (issue 26, hydration), in Chromium and Firefox ESR (build
// first), the same checks for each way a page can load Lit's hydration support (@lit-labs/ssr-client) first:
// - the npm build (dist/, as a bundler resolves it; an import map serves Lit), the support imported first;
// - the CDN drop-in that carries it (dist/cdn/spasm-widgets-hydrate.js), by a plain module script, no import map.
// With it, each widget takes over the server's shadow root: the same nodes (not re-created), no pixel changed,
// focus and scroll where they were, Lit once; then its stored state (`persist`) and the language it inherits
// (<html lang>) apply, as on a page without server rendering: from the CDN, that language's chunks beside the
// drop-in, and nothing else. Without it (a page that only added the usual script: the npm build alone, or the
// all-in-one drop-in), the first render replaces the server's copy: one copy, never two.
// Then the CDN drop-in's paste block under the embed check's strict policy (scripts/e2e-embed.mjs: script-src
// 'self', Trusted Types), with the server's style hashes: it takes over, and the browser reports no violation.
//
//   node scripts/ssr-hydration.mjs
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { languageFiles, pasteBlock } from '../bin/embed-block.mjs';
import { ALL_IN_ONE, HYDRATING_ALL_IN_ONE, WIDGETS } from '../src/widgets.js';
import { chromiumArgs, chromiumPath, firefoxPath, requireBrowserVersions } from './browsers.mjs';
import { check, reportAndExit } from './checks.mjs';
import { LIT_IMPORT_MAP, serve } from './serve.mjs';

requireBrowserVersions();
const { renderWidget, styleSrc } = await import('../dist/ssr/index.js');

const HYDRATE_SUPPORT = '/node_modules/@lit-labs/ssr-client/lit-element-hydrate-support.js';
const CDN = '/dist/cdn/';
const CHECKLIST = WIDGETS.filter((widget) => widget.tag === 'spasm-checklist');
/** The embed check's strict policy (scripts/e2e-embed.mjs), its style-src given the server's style hashes. */
const strictPolicy = (html) =>
  `default-src 'none'; script-src 'self'; ${styleSrc(html)}; require-trusted-types-for 'script'; trusted-types lit-html`;

/**
 * The ways a page loads the widgets, by the first part of its path: `hydrating` with the hydration support
 * first, `plain` (named `plainName`) without it; `head` is what the page's <head> needs for them.
 */
const WAYS = {
  npm: {
    name: 'npm build, hydration support imported first',
    head: `<script type="importmap">${LIT_IMPORT_MAP}</script>`,
    hydrating: (page) =>
      page.addScriptTag({ type: 'module', content: `import '${HYDRATE_SUPPORT}';\nimport '/dist/define.js';` }),
    plainName: 'npm build alone',
    plain: (page) => page.addScriptTag({ type: 'module', content: `import '/dist/define.js';` }),
  },
  cdn: {
    name: `CDN drop-in ${HYDRATING_ALL_IN_ONE.name}.js`,
    head: '',
    hydrating: (page) => page.addScriptTag({ type: 'module', url: WAYS.cdn.dropIn }),
    plainName: `CDN drop-in ${ALL_IN_ONE.name}.js`,
    plain: (page) => page.addScriptTag({ type: 'module', url: `${CDN}${ALL_IN_ONE.name}.js` }),
    /** The drop-in, its folder of chunks, and those a Spanish page loads first (the paste block preloads them). */
    dropIn: `${CDN}${HYDRATING_ALL_IN_ONE.name}.js`,
    chunks: `${CDN}${HYDRATING_ALL_IN_ONE.name}/`,
    spanish: languageFiles('es', HYDRATING_ALL_IN_ONE.name, CHECKLIST).map((file) => `${CDN}${file}`),
  },
};

/** A site's own steps (renderWidget's `content`). */
const OWN_STEPS = [
  { id: 'walk', title: 'Walk for five minutes', detail: 'Slowly, on flat ground, twice a day.' },
  { id: 'side', title: 'Lie on your side', detail: 'With a pillow between your knees, for a few minutes.' },
];

/** The article: the checklist rendered with `attributes` (and a site's own `content`), on a page whose own language is `pageLang`. */
async function article(pageLang, attributes, head, content) {
  const checklist = await renderWidget('checklist', { 'emergency-number': '112', ...attributes }, content);
  return `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><title>Back spasm</title>${head}</head>
<body><main><h1>Back spasm</h1>${checklist}<p>After the widget.</p></main></body></html>`;
}

/**
 * An article with every widget, as a server renders each: it knows no other widget, so the timer and the quiz show
 * the full urgent block, which on the page becomes a one-line reminder leading to the checklist's (urgent-help.ts).
 */
async function everyWidgetArticle(head) {
  const widgets = await Promise.all(
    WIDGETS.map(({ tag }) => renderWidget(tag, { lang: 'en', 'emergency-number': '112' }))
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Back spasm</title>${head}</head>
<body><main><h1>Back spasm</h1>${widgets.join('\n<p>Between the widgets.</p>\n')}</main></body></html>`;
}

const pages = {};
for (const [key, way] of Object.entries(WAYS)) {
  pages[`/${key}/every`] = { body: await everyWidgetArticle(way.head) };
  pages[`/${key}/en`] = { body: await article('en', { lang: 'en', persist: true }, way.head) };
  // Rendered without a language of its own: the page's, Spanish, is the one it inherits once its script runs.
  pages[`/${key}/es`] = { body: await article('es', {}, way.head) };
  pages[`/${key}/own`] = { body: await article('en', { lang: 'en' }, way.head, { steps: OWN_STEPS }) };
}
// Rendered in Spanish, its own language, so the drop-in takes it over (it renders afresh a widget whose page gives
// it another language than the server knew) once Spanish loads beside it. The script in the page itself, from
// the paste block (`npx spasm-widgets-embed --drop-in spasm-widgets-hydrate --lang es`): under Trusted Types, a
// script added later needs a policy of its own for its URL.
const strictPage = await article(
  'es',
  { lang: 'es' },
  pasteBlock({ lang: 'es', base: CDN, dropIn: HYDRATING_ALL_IN_ONE.name, widgets: CHECKLIST })
);
pages['/cdn/strict'] = { body: strictPage, headers: { 'content-security-policy': strictPolicy(strictPage) } };
const server = await serve({ page: (path) => pages[path] });

/**
 * Whether `test` comes true in the page within 30 s (waitForFunction's default), asked from here: waitForFunction
 * evaluates a string in the page, which the strict policy forbids. The checks after it say what went wrong when
 * it does not.
 */
async function until(page, test) {
  const end = Date.now() + 30_000;
  while (!(await page.evaluate(test))) {
    if (Date.now() > end) return false;
    await new Promise((done) => setTimeout(done, 50));
  }
  return true;
}

/** The checklist defined and rendered (`hasUpdated`, set by its first update). */
const rendered = () =>
  window.customElements.get('spasm-checklist') && document.querySelector('spasm-checklist').hasUpdated;

const shadowState = () => {
  const root = document.querySelector('spasm-checklist').shadowRoot;
  return {
    sections: [...root.children].filter((child) => child.localName === 'section').length,
    styles: root.querySelectorAll('style').length,
    lang: root.querySelector('section').getAttribute('lang'),
    title: root.querySelector('[part="title"]')?.textContent.trim(),
    focused: root.activeElement?.getAttribute('href') ?? null,
    ticked: [...root.querySelectorAll('input[type="checkbox"]')].filter((box) => box.checked).length,
    scroll: Math.round(window.scrollY),
    sameNodes: root.querySelector('section') === window.serverSection,
    // Each copy of Lit adds its version (lit-html, lit-element): one each, or the page runs two copies.
    litCopies: [window.litHtmlVersions?.length ?? 0, window.litElementVersions?.length ?? 0],
  };
};

/** The checks of one way (WAYS[key]) in one browser. */
async function checkWay(browserName, key, newPage, screenshot) {
  const way = WAYS[key];
  const what = `${browserName}, ${way.name}`;
  const page = await newPage();
  await page.goto(`${server.origin}/${key}/en`);
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
  await way.hydrating(page);
  await until(page, rendered);
  const stateAfter = await page.evaluate(shadowState);
  const after = await screenshot(page);
  check(
    `${what}: the server's nodes are taken over, not re-created`,
    stateAfter.sameNodes && stateAfter.sections === 1,
    stateAfter
  );
  check(`${what}: Lit runs once`, stateAfter.litCopies.join() === '1,1', stateAfter.litCopies);
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
  // A tick (`persist`), saved even when it comes before the widget's store is open (Persistence).
  await page.evaluate(() =>
    document.querySelector('spasm-checklist').shadowRoot.querySelector('input[type="checkbox"]').click()
  );
  await until(page, () => localStorage.length > 0);
  await page.reload();
  await way.hydrating(page);
  await until(page, rendered);
  await until(page, () => document.querySelector('spasm-checklist').shadowRoot.querySelector('input:checked'));
  check(
    `${what}: the stored state (persist) applies after the take-over`,
    (await page.evaluate(shadowState)).ticked === 1,
    ''
  );
  await page.close();

  const spanish = await newPage();
  const requested = [];
  spanish.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await spanish.goto(`${server.origin}/${key}/es`);
  const english = (await spanish.evaluate(shadowState)).title;
  await way.hydrating(spanish);
  await until(spanish, rendered);
  await until(spanish, () => document.querySelector('spasm-checklist').shadowRoot.querySelector('section[lang="es"]'));
  const inSpanish = await spanish.evaluate(shadowState);
  check(
    `${what}: the page's language (inherited) applies after the take-over`,
    inSpanish.lang === 'es' && inSpanish.title !== english,
    [english, inSpanish.title]
  );
  if (way.spanish) {
    const scripts = requested.filter((path) => path.endsWith('.js'));
    check(
      `${what}: a Spanish page loads its Spanish chunks, from beside the drop-in only`,
      way.spanish.every((file) => scripts.includes(file)) &&
        scripts.every((path) => path === way.dropIn || path.startsWith(way.chunks)),
      scripts
    );
  }
  await spanish.close();

  // A site's own steps, server-rendered: the take-over keeps them, the same nodes.
  const own = await newPage();
  await own.goto(`${server.origin}/${key}/own`);
  await own.evaluate(() => {
    window.serverSteps = [...document.querySelector('spasm-checklist').shadowRoot.querySelectorAll('[part="step"]')];
  });
  await way.hydrating(own);
  await until(own, rendered);
  const ownSteps = await own.evaluate(async () => {
    await document.querySelector('spasm-checklist').updateComplete;
    const steps = [...document.querySelector('spasm-checklist').shadowRoot.querySelectorAll('[part="step"]')];
    return {
      titles: steps.map((step) => step.querySelector('label').textContent.trim()),
      same: steps.length === window.serverSteps.length && steps.every((step, i) => step === window.serverSteps[i]),
    };
  });
  check(
    `${what}: a site's own steps stay after the take-over, the same nodes`,
    ownSteps.same && JSON.stringify(ownSteps.titles) === JSON.stringify(OWN_STEPS.map(({ title }) => title)),
    ownSteps
  );
  await own.close();

  // Every widget on one page: each keeps its nodes, then the timer and the quiz lead to the checklist's signs.
  const every = await newPage();
  await every.goto(`${server.origin}/${key}/every`);
  const tags = WIDGETS.map(({ tag }) => tag);
  await every.evaluate((tags) => {
    window.serverSections = tags.map((tag) => document.querySelector(tag).shadowRoot.querySelector('section'));
  }, tags);
  await way.hydrating(every);
  await until(every, () =>
    [...document.querySelectorAll('main > *')]
      .filter((element) => element.localName.startsWith('spasm-'))
      .every((widget) => widget.hasUpdated && !widget.isUpdatePending)
  );
  const everyState = await every.evaluate(
    (tags) =>
      tags.map((tag, i) => {
        const root = document.querySelector(tag).shadowRoot;
        return {
          tag,
          sameNodes: root.querySelector('section') === window.serverSections[i],
          sections: [...root.children].filter((child) => child.localName === 'section').length,
          reminder: Boolean(root.querySelector('[part~="urgent-reminder"]')),
        };
      }),
    tags
  );
  check(
    `${what}: every widget of an article takes over its own nodes, and only the checklist keeps the full signs`,
    everyState.every(
      (state) => state.sameNodes && state.sections === 1 && state.reminder === (state.tag !== 'spasm-checklist')
    ),
    everyState
  );
  check(`${what}: Lit runs once with every widget`, (await every.evaluate(shadowState)).litCopies.join() === '1,1', '');
  await every.close();

  const plain = await newPage();
  await plain.goto(`${server.origin}/${key}/en`);
  await way.plain(plain);
  await until(plain, rendered);
  const replaced = await plain.evaluate(shadowState);
  check(
    `${browserName}, ${way.plainName}, no hydration support: one copy, never two`,
    replaced.sections === 1 && replaced.styles <= 1,
    replaced
  );
  await plain.close();
}

/**
 * The CDN drop-in under the strict policy. The server's nodes are noted when parsing ends (readyState
 * `interactive`), before module scripts run, and the policy's violations as they happen: by a script set before
 * the page's own (`beforePage`: the automation's, which the policy does not govern).
 */
async function checkStrictPage(browserName, newPage, beforePage) {
  const what = `${browserName}, ${HYDRATING_ALL_IN_ONE.name}.js under a strict CSP with Trusted Types`;
  const page = await newPage();
  await beforePage(page, () => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // The browser's own request for /favicon.ico is not the widgets' doing.
      if (!event.blockedURI.endsWith('/favicon.ico'))
        window.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        window.serverSection = document.querySelector('spasm-checklist').shadowRoot.querySelector('section');
    });
  });
  await page.goto(`${server.origin}/cdn/strict`);
  await until(page, rendered);
  await until(page, () => document.querySelector('spasm-checklist').shadowRoot.querySelector('section[lang="es"]'));
  const state = await page.evaluate(shadowState);
  check(`${what}: the server's nodes are taken over, in Spanish`, state.sameNodes && state.sections === 1, state);
  await page.evaluate(() =>
    document.querySelector('spasm-checklist').shadowRoot.querySelector('input[type="checkbox"]').click()
  );
  const { ticked } = await page.evaluate(shadowState);
  const violations = await page.evaluate(() => window.violations);
  check(`${what}: a box ticks, and no violation`, ticked === 1 && violations.length === 0, { ticked, violations });
  await page.close();
}

/** Runs every check in one browser. */
async function runIn(browserName, newPage, screenshot, beforePage) {
  for (const key of Object.keys(WAYS)) await checkWay(browserName, key, newPage, screenshot);
  await checkStrictPage(browserName, newPage, beforePage);
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
    await runIn(
      'Chromium',
      () => context.newPage(),
      shot,
      (page, script) => page.addInitScript(script)
    );
  } finally {
    await chromiumBrowser.close();
  }
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  try {
    const shot = async (page) => page.screenshot({ clip: await page.evaluate(aboveButtons), encoding: 'base64' });
    await runIn(
      'Firefox',
      () => firefox.newPage(),
      shot,
      (page, script) => page.evaluateOnNewDocument(script)
    );
  } finally {
    await firefox.close();
  }
} finally {
  await server.stop();
}
reportAndExit('Hydration');
