#!/usr/bin/env node
/* global document, window, performance, innerHeight, requestAnimationFrame, PerformanceObserver -- used in the page */
/**
 * A benchmark, not a test (issue 25, "Fast on a patient's phone"): how soon
 * an article page with the three widgets shows the emergency warning signs
 * on a mid-range phone, next to the same content as plain HTML, in English
 * and Arabic. Builds nothing: `npm run bench:phone` builds first.
 *
 * The phone is bench-pages.mjs's (CPU 4x slower, 375x812, 1.6 Mbps down,
 * DevTools latency 150 ms per request, and 562 ms for the slow case). Each
 * page loads in a fresh browser context (nothing cached). Pages, scripts and
 * styles are served gzip-encoded, as a web host or CDN serves them: the
 * throttled network counts the bytes sent (raw, the drop-in is 3x its gzip
 * size, which the benchmark once charged to every page). The pages, all the
 * same article (a paragraph, the widgets, three paragraphs):
 * - "paste block": the page's block as `npx spasm-widgets-embed --lang <lang>`
 *   prints it (bin/embed-block.mjs; for English, the README's Quick start
 *   block, checked to be the same): the host rule, the language's files as
 *   modulepreload links, the all-in-one drop-in's script tag;
 * - "script tag only": the script tag alone, as a site in a hurry pastes it
 *   (no rule, nothing preloaded);
 * - "server-rendered": the widgets as `spasm-widgets/ssr` renders them
 *   (declarative shadow DOM, from the built dist/ssr, each with the page's
 *   `lang`), and the script tag of the drop-in with Lit's hydration support
 *   (spasm-widgets-hydrate.js, as the README says) at the end of the body, with no
 *   host rule: the signs are in the HTML; "3 shown" waits for the drop-in to
 *   take them over;
 * - "server-rendered, script in head": the same with the script tag in
 *   `<head>`, where many sites put their scripts (the README's Server
 *   rendering section says what the two measure);
 * - "plain HTML": no script; in the widgets' place, each widget's rendered
 *   shadow-root HTML (captured from the same build, unthrottled, before the
 *   runs) as plain light-DOM HTML: the same urgent text, same markup, no
 *   script and none of the widgets' styles.
 * Every page of every latency and language loads once per run, one after the
 * other, `--runs N` times (default 10). Figures are medians; ratios (x plain,
 * Arabic / English) are medians of the ratios within each run. Ten, not
 * five: the phone's frames take about 100 ms each while a page parses, and
 * a sign that misses one frame shows a frame later, so one load's time moves
 * by a frame either way.
 *
 * Measured in the page, from navigation start (performance.now()), by a
 * requestAnimationFrame loop installed before the page's own scripts:
 * - emergency signs visible: the first frame in which the first warning sign,
 *   `[part~="red-flags"] li` in the widget with the emergency card (its
 *   red-flag check's emergency list; in the plain page the same element of
 *   the copy), has a box inside the screen;
 * - first paint: the `first-contentful-paint` entry's time;
 * - 3 shown: the first frame in which every widget matches
 *   `:state(rendered)` and has a box (plain page: every copy has a box);
 * - long tasks: PerformanceObserver `longtask` entries that start between
 *   script start (below) and "3 shown": their count and the longest;
 * - CLS: the sum of PerformanceObserver `layout-shift` values (without recent
 *   input) until a second after "3 shown".
 * From a Chromium trace of the load (categories toplevel, blink.user_timing):
 * - main thread: the time the renderer's main thread spent in tasks (the
 *   union of its `toplevel` task slices: script, style, layout, paint) from
 *   script start (the drop-in's responseEnd in Resource Timing; plain page:
 *   the document's responseEnd) to "3 shown". The trace is placed on
 *   performance.now() by its navigationStart mark;
 * - main thread to signs: the same, from navigation start to "signs
 *   visible": what the first paint with the signs cost (issue 26 asks for
 *   the server-rendered page's next to the client-rendered pages').
 * Then the running timers' figures (bench-timers.mjs), unless `--no-timers`.
 *
 *   node scripts/bench-phone.mjs [--runs N] [--seconds S] [--no-timers]
 */
import { Buffer } from 'node:buffer';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { PHONE, articlePage, emulatePhone, median, numberOption, readmePasteBlock } from './bench-pages.mjs';
import { pasteBlock } from '../bin/embed-block.mjs';
import { TIMER_PAGE, TIMER_PAGE_PATH, measureTimers, table } from './bench-timers.mjs';
import { serve } from './serve.mjs';
import { ALL_IN_ONE, HYDRATING_ALL_IN_ONE, WIDGETS, WIDGET_SELECTOR } from '../src/widgets.js';

const RUNS = numberOption('runs', 10);
const TIMER_SECONDS = numberOption('seconds', 10);
const LATENCIES = [150, 562];
const LANGUAGES = ['en', 'ar'];
const VARIANTS = {
  block: 'paste block',
  script: 'script tag only',
  server: 'server-rendered',
  serverHead: 'server-rendered, script in head',
  plain: 'plain HTML',
};
/** The widget that holds the red-flag check and its emergency card, and its first emergency warning sign. */
const SIGNS_WIDGET = WIDGETS.find((widget) => 'emergency' in widget.lazyGroups);
const SIGNS_SELECTOR = '[part~="red-flags"] li';
const DROP_IN = `/cdn/${ALL_IN_ONE.name}.js`;
/** What the README's Server rendering section gives a server-rendered page: the drop-in with Lit's hydration support. */
const HYDRATING_DROP_IN = `/cdn/${HYDRATING_ALL_IN_ONE.name}.js`;
const SETTLE_MS = 1000;
/** The widgets, in the article's middle. */
const ELEMENTS = WIDGETS.map(({ tag }) => `<${tag}></${tag}>`).join('\n');

// Throws unless the README's block is the command's English one.
await readmePasteBlock();
/** Plain-HTML copies of the rendered widgets, by language (filled in before the runs). */
const copies = {};
/** The widgets as spasm-widgets/ssr renders them (declarative shadow DOM), by language (filled in before the runs). */
const serverRendered = {};

function articleFor(lang, variant) {
  if (variant === 'plain') return articlePage(lang, copies[lang]);
  // The script tag alone, no host rule: a server-rendered widget holds its place itself.
  const scriptTag = `<script type="module" src="${HYDRATING_DROP_IN}"></script>`;
  if (variant === 'server') return articlePage(lang, serverRendered[lang], '', scriptTag);
  if (variant === 'serverHead') return articlePage(lang, serverRendered[lang], scriptTag);
  const block = pasteBlock({ lang, base: '/cdn/' });
  return articlePage(lang, ELEMENTS, variant === 'block' ? block : block.match(/<script .*<\/script>/)[0]);
}

const server = await serve({
  gzip: true,
  routes: { '/cdn/': 'dist/cdn/' },
  page: (path, query) => {
    if (path === TIMER_PAGE_PATH) return { body: TIMER_PAGE };
    if (path !== '/article.html') return undefined;
    return { body: articleFor(query.get('lang'), query.get('variant')) };
  },
});
const urlOf = (lang, variant) => `${server.origin}/article.html?lang=${lang}&variant=${variant}`;

/** Installed before the page's scripts: the frame loop and the observers (see the header). */
function probe({ signsHost, signs, widgets, count }) {
  const bench = { signs: undefined, shown: undefined, firstPaint: undefined, cls: 0, longTasks: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') bench.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const hasBox = (element) => {
    const box = element?.getBoundingClientRect();
    return Boolean(box) && box.height > 0 && box.top < innerHeight && box.bottom > 0;
  };
  const rootOf = (tag) => document.querySelector(tag)?.shadowRoot ?? document.querySelector(`[data-copy-of="${tag}"]`);
  const allShown = () => {
    const hosts = [...document.querySelectorAll(widgets)];
    // All of them: the parser may not have reached the last one yet.
    if (hosts.length > 0)
      return (
        hosts.length === count &&
        hosts.every((host) => host.matches(':state(rendered)') && host.getBoundingClientRect().height > 0)
      );
    const copied = [...document.querySelectorAll('[data-copy-of]')];
    return copied.length === count && copied.every((copy) => copy.getBoundingClientRect().height > 0);
  };
  const frame = () => {
    const now = performance.now();
    if (bench.signs === undefined && hasBox(rootOf(signsHost)?.querySelector(signs))) bench.signs = now;
    if (bench.shown === undefined && allShown()) bench.shown = now;
    if (bench.signs === undefined || bench.shown === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Main-thread task time (ms) of the page's renderer between two performance.now() times, from its trace. */
function mainThreadMs(traceEvents, url, fromMs, toMs) {
  const navigation = traceEvents.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url
  );
  if (!navigation) return NaN;
  const thread = traceEvents.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.pid === navigation.pid &&
      event.args.name === 'CrRendererMain'
  );
  const from = navigation.ts + fromMs * 1000;
  const to = navigation.ts + toMs * 1000;
  const slices = traceEvents
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.pid === navigation.pid &&
        event.tid === thread?.tid &&
        event.cat.split(',').includes('toplevel') &&
        event.dur > 0
    )
    .map((event) => [Math.max(event.ts, from), Math.min(event.ts + event.dur, to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = -Infinity;
  for (const [start, end] of slices) {
    const begin = Math.max(start, reached);
    if (end > begin) total += end - begin;
    reached = Math.max(reached, end);
  }
  return total / 1000;
}

/** One load of one page on the phone at `latency`: its figures (see the header). */
async function load(browser, lang, variant, latency) {
  const url = urlOf(lang, variant);
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await emulatePhone(page, { latency });
    await page.evaluateOnNewDocument(probe, {
      signsHost: SIGNS_WIDGET.tag,
      signs: SIGNS_SELECTOR,
      widgets: WIDGET_SELECTOR,
      count: WIDGETS.length,
    });
    await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    let traceEvents;
    let measured;
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.waitForFunction(() => window.__bench.signs !== undefined && window.__bench.shown !== undefined, {
        polling: 200,
        timeout: 60_000,
      });
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      measured = await page.evaluate(
        (dropIns) => {
          const script = performance
            .getEntriesByType('resource')
            .find((entry) => dropIns.some((dropIn) => entry.name.endsWith(dropIn)));
          const [navigation] = performance.getEntriesByType('navigation');
          return { ...window.__bench, start: (script ?? navigation).responseEnd };
        },
        [DROP_IN, HYDRATING_DROP_IN]
      );
    } finally {
      traceEvents = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
    }
    // The goal's window (issue 25): from script start, as the main-thread time; the page's own parsing before it is not the widgets'.
    const early = measured.longTasks.filter((task) => task.start >= measured.start && task.start < measured.shown);
    return {
      signs: measured.signs,
      firstPaint: measured.firstPaint,
      signsCost: mainThreadMs(traceEvents, url, 0, measured.signs),
      shown: measured.shown,
      mainThread: mainThreadMs(traceEvents, url, measured.start, measured.shown),
      longTasks: early.length,
      longest: Math.max(0, ...early.map((task) => task.duration)),
      cls: measured.cls,
    };
  } finally {
    await context.close();
  }
}

/** Each widget's rendered shadow-root HTML, on a fast unthrottled load, as the plain page's light DOM. */
async function copyWidgets(browser, lang) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(PHONE.viewport);
    await page.goto(urlOf(lang, 'block'));
    await page.waitForFunction(
      (selector) => [...document.querySelectorAll(selector)].every((host) => host.matches(':state(rendered)')),
      { timeout: 30_000 },
      WIDGET_SELECTOR
    );
    const parts = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((host) => ({
          tag: host.localName,
          html: host.shadowRoot.innerHTML,
        })),
      WIDGET_SELECTOR
    );
    return parts
      .map(({ tag, html }) => {
        const clean = html.replace(/<!--[^]*?-->/g, '').replace(/<style[^]*?<\/style>/g, '');
        return `<section data-copy-of="${tag}">${clean}</section>`;
      })
      .join('\n');
  } finally {
    await context.close();
  }
}

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)}` : '-');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '-');

requireBrowserVersions(['chromium']);
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const lines = [];
try {
  for (const lang of LANGUAGES) copies[lang] = await copyWidgets(browser, lang);
  // The built server module (dist/ssr), each widget in the page's language: a server has no <html lang> to inherit.
  const { renderWidget } = await import('../dist/ssr/index.js');
  for (const lang of LANGUAGES)
    serverRendered[lang] = (await Promise.all(WIDGETS.map(({ tag }) => renderWidget(tag, { lang })))).join('\n');

  /** Samples by `${latency} ${lang} ${variant}`, one per run. */
  const samples = {};
  const key = (latency, lang, variant) => `${latency} ${lang} ${variant}`;
  for (let run = 0; run < RUNS; run++) {
    for (const latency of LATENCIES)
      for (const lang of LANGUAGES)
        for (const variant of Object.keys(VARIANTS)) {
          const sample = await load(browser, lang, variant, latency);
          (samples[key(latency, lang, variant)] ??= []).push(sample);
        }
    process.stderr.write(`run ${run + 1} of ${RUNS} done\n`);
  }

  /** The median of `figure` over the runs, and of its ratio to the paired run of `other`. */
  const summary = (own, other, figure) => ({
    value: median(own.map((sample) => sample[figure])),
    ratio: median(own.map((sample, run) => sample[figure] / other[run][figure])),
  });
  const rows = [];
  for (const latency of LATENCIES)
    for (const lang of LANGUAGES) {
      const plain = samples[key(latency, lang, 'plain')];
      for (const [variant, label] of Object.entries(VARIANTS)) {
        const own = samples[key(latency, lang, variant)];
        const signs = summary(own, plain, 'signs');
        const signsCost = summary(own, plain, 'signsCost');
        const shown = summary(own, plain, 'shown');
        const main = summary(own, plain, 'mainThread');
        rows.push([
          `${latency} ms ${lang} ${label}`,
          ms(signs.value),
          times(signs.ratio),
          ms(median(own.map((sample) => sample.firstPaint))),
          ms(signsCost.value),
          times(signsCost.ratio),
          ms(shown.value),
          times(shown.ratio),
          ms(main.value),
          times(main.ratio),
          `${median(own.map((sample) => sample.longTasks))} / ${ms(median(own.map((sample) => sample.longest)))}`,
          median(own.map((sample) => sample.cls)).toFixed(3),
        ]);
      }
    }
  lines.push(
    `Article page on the phone (CPU ${PHONE.cpuSlowdown}x, ${PHONE.viewport.width}x${PHONE.viewport.height}, ` +
      `${((PHONE.download * 8) / 1e6).toFixed(1)} Mbps down, latency per request), medians of ${RUNS} runs; ms from navigation start`,
    ...table(
      [
        'latency, language, page',
        'signs visible',
        'x plain',
        'first paint',
        'main thread to signs',
        'x plain',
        '3 shown',
        'x plain',
        'main thread',
        'x plain',
        'long tasks / longest',
        'CLS',
      ],
      rows
    ),
    'signs visible: first warning sign of the red-flag check ([part~="red-flags"] li) inside the screen; first paint: first-contentful-paint;',
    'main thread to signs: renderer main-thread task time from navigation start to signs visible (the cost of the first paint with the signs);',
    '3 shown: all 3 widgets :state(rendered) (plain: all 3 copies laid out); main thread: renderer main-thread task time',
    'from script start (drop-in responseEnd; plain: HTML responseEnd) to 3 shown, from a trace; long tasks that start in that time.'
  );
  for (const latency of LATENCIES) {
    // The floor: the same text as plain HTML takes longer in Arabic too (its script's shaping and fonts).
    for (const variant of Object.keys(VARIANTS)) {
      const arabic = summary(samples[key(latency, 'ar', variant)], samples[key(latency, 'en', variant)], 'signs');
      lines.push(
        `${latency} ms: Arabic page's signs visible / English page's (${VARIANTS[variant]}, same run): ${times(arabic.ratio)}`
      );
    }
  }
  lines.push(
    'Goals (issue 25): main thread script start to 3 shown <= 80 ms, no long task over 100 ms from script start to 3 shown,',
    "Arabic signs visible <= 1.1x English's (paste block); CLS with the paste block under 0.01.",
    'Goal (issue 26): server-rendered signs visible <= 1.1x plain HTML, CLS 0 with no host rule.'
  );
  if (!process.argv.includes('--no-timers')) {
    lines.push('');
    lines.push(
      ...(await measureTimers(browser, `${server.origin}${TIMER_PAGE_PATH}`, { runs: RUNS, seconds: TIMER_SECONDS }))
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(lines.join('\n'));
