#!/usr/bin/env node
/* global document, window, PerformanceObserver, requestAnimationFrame -- used inside page.evaluate(), which runs in the browser */
/**
 * Measures Cumulative Layout Shift (CLS) of the built drop-in (npm run build)
 * on an Arabic article page, the case the widgets shift most: the page is
 * painted before the drop-in arrives, and the Arabic messages come in a chunk
 * of their own after it. Both are served late on purpose (as from a distant
 * CDN), and the page's own text sits below each widget.
 *
 * For each widget alone and all of them in one article, each place they can
 * sit (first thing in the article, inside the first screen, below the fold),
 * phone and desktop sizes, with and without the README's `:not(:defined)`
 * rule, it prints the CLS that Chromium's layout-shift entries add up to.
 * With the rule each must stay under 0.01, a tenth of what Chrome calls good:
 * exits 1 otherwise. It is 0 except where a widget is shorter than the screen
 * that held its place: the text below it then moves up once, into view.
 * (Firefox ESR does not report layout shifts.)
 */
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { check, reportAndExit } from './checks.mjs';
import { readmePasteBlock } from './bench-pages.mjs';
import { serve } from './serve.mjs';
import { WIDGETS as REGISTRY, WIDGET_SELECTOR } from '../src/widgets.js';

/** The host rule as the README's paste block has it (checked there to be what `npx spasm-widgets-embed` prints). */
const { hostRule: HOST_RULE } = await readmePasteBlock();
/** How late the drop-in and each of its chunks arrive, in ms. */
const SCRIPT_DELAY = 300;
const CHUNK_DELAY = 500;

const PARAGRAPH =
  '<p>تشنج عضلات أسفل الظهر شائع، وغالبًا ما يتحسن خلال أيام قليلة مع الحركة اللطيفة والعناية الذاتية. ' +
  'يشرح هذا المقال ما يمكنك فعله الآن، ومتى تحتاج إلى مساعدة طبية.</p>';
/** Each widget alone, then all of them, with a paragraph between each. */
const WIDGETS = Object.fromEntries(REGISTRY.map(({ folder, tag }) => [folder, `<${tag}></${tag}>`]));
WIDGETS.all = Object.values(WIDGETS).join(PARAGRAPH);
/** Most shift a case may add up to. */
const LIMIT = 0.01;
/** How many paragraphs come before the widget. */
const PLACES = { top: 0, 'first screen': 2, 'below the fold': 12 };
const VIEWPORTS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } };

function page(widget, before, hostRule) {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>تشنج الظهر</title>
    <style>body { font: 18px/1.6 sans-serif; margin: 0 auto; max-width: 42rem; padding: 1rem; }</style>
    ${hostRule ? `<style>${hostRule}</style>` : ''}
    <script type="module" src="/cdn/spasm-widgets.js"></script></head>
    <body><h1>تشنج عضلات الظهر</h1>${PARAGRAPH.repeat(before)}${WIDGETS[widget]}${PARAGRAPH.repeat(12)}</body></html>`;
}

const server = await serve({
  routes: { '/cdn/': 'dist/cdn/' },
  page: (path, query) => {
    if (path !== '/article.html') return undefined;
    const { widget, before, rule } = Object.fromEntries(query);
    return { body: page(widget, Number(before), rule === '1' ? HOST_RULE : '') };
  },
  // The drop-in comes late, its chunks (in a folder of their own) later still.
  delay: (path) => {
    if (!path.startsWith('/cdn/')) return 0;
    return path.slice('/cdn/'.length).includes('/') ? CHUNK_DELAY : SCRIPT_DELAY;
  },
});
const origin = server.origin;

requireBrowserVersions(['chromium']);
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  console.log(`CLS on an Arabic article page (drop-in ${SCRIPT_DELAY} ms late, chunks ${CHUNK_DELAY} ms late)`);
  console.log(
    `${'widgets'.padEnd(10)} ${'place'.padEnd(15)} ${'viewport'.padEnd(8)} ${'no rule'.padStart(8)} ${'rule'.padStart(8)}`
  );
  for (const widget of Object.keys(WIDGETS)) {
    for (const [place, before] of Object.entries(PLACES)) {
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        const scores = [];
        for (const rule of [0, 1]) {
          const tab = await browser.newPage();
          await tab.setViewport(viewport);
          await tab.evaluateOnNewDocument(() => {
            window.cls = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await tab.goto(`${origin}/article.html?widget=${widget}&before=${before}&rule=${rule}`);
          // Rendered in Arabic, then two frames for the last layout shift to be reported.
          await tab.waitForFunction(
            (selector) => {
              const widgets = [...document.querySelectorAll(selector)];
              return widgets.length && widgets.every((widget) => widget.shadowRoot?.querySelector('[dir="rtl"]'));
            },
            { timeout: 10_000 },
            WIDGET_SELECTOR
          );
          await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          await new Promise((done) => setTimeout(done, 300));
          scores.push(await tab.evaluate(() => Math.round(window.cls * 10_000) / 10_000));
          await tab.close();
        }
        console.log(
          `${widget.padEnd(10)} ${place.padEnd(15)} ${name.padEnd(8)} ${String(scores[0]).padStart(8)} ${String(scores[1]).padStart(8)}`
        );
        check(`${widget}, ${place}, ${name}: CLS under ${LIMIT} with the README's rule`, scores[1] < LIMIT, {
          cls: scores[1],
        });
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
reportAndExit();
