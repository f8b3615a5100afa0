#!/usr/bin/env node
/* global document, window, customElements, PerformanceObserver -- used inside page.evaluate(), which runs in the browser */
/**
 * A benchmark, not a test: how much a page with many running timers costs
 * (a clinic's exercise sheet). Builds nothing: run `npm run build` first.
 *
 * For 1, 10 and 50 running <spasm-timer>s from the drop-in, in Chromium,
 * over 10 seconds it prints: renders per second, timeouts that woke the page
 * per second, scripting time per second (Chromium's ScriptDuration, as a
 * share of one core), all main-thread work (TaskDuration: style, layout and
 * paint too) and long tasks over 50 ms. Goal: cost linear in the
 * timers, 50 timers under 5 % of one core, no long task.
 */
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { serve } from './serve.mjs';

const SECONDS = 10;
const COUNTS = [1, 10, 50];

const server = await serve({
  routes: { '/cdn/': 'dist/cdn/' },
  page: (path) =>
    path === '/'
      ? {
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Timers</title>
      <script type="module" src="/cdn/spasm-timer.js"></script></head><body></body></html>`,
        }
      : undefined,
});

requireBrowserVersions(['chromium']);
const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
const rows = [];
try {
  for (const count of COUNTS) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/`);
    await page.evaluate(async (count) => {
      await customElements.whenDefined('spasm-timer');
      const Timer = customElements.get('spasm-timer');
      window.renders = 0;
      const update = Timer.prototype.update;
      Timer.prototype.update = function (...args) {
        window.renders++;
        return update.apply(this, args);
      };
      // Every timeout that fires is a wake-up of the page.
      window.wakeups = 0;
      const setTimeout = window.setTimeout;
      window.setTimeout = (handler, ...rest) =>
        setTimeout(
          (...args) => {
            window.wakeups++;
            return typeof handler === 'function' ? handler(...args) : undefined;
          },
          ...rest
        );
      window.longTasks = 0;
      new PerformanceObserver((list) => (window.longTasks += list.getEntries().length)).observe({ type: 'longtask' });
      for (let i = 0; i < count; i++) document.body.append(document.createElement('spasm-timer'));
      await Promise.all([...document.querySelectorAll('spasm-timer')].map((timer) => timer.updateComplete));
      // Started at different moments within a second, as people start them.
      for (const timer of document.querySelectorAll('spasm-timer')) {
        timer.start();
        await new Promise((done) => setTimeout(done, 1000 / count));
      }
      window.renders = 0;
      window.wakeups = 0;
      window.longTasks = 0;
    }, count);
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    /** Seconds of scripting and of all main-thread work (style, layout, paint too) so far. */
    const busy = async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      const metric = (name) => metrics.find((entry) => entry.name === name).value;
      return { script: metric('ScriptDuration'), task: metric('TaskDuration') };
    };
    const before = await busy();
    await new Promise((done) => setTimeout(done, SECONDS * 1000));
    const after = await busy();
    const counts = await page.evaluate(() => ({
      renders: window.renders,
      wakeups: window.wakeups,
      longTasks: window.longTasks,
    }));
    rows.push({
      timers: count,
      'renders/s': (counts.renders / SECONDS).toFixed(1),
      'wake-ups/s': (counts.wakeups / SECONDS).toFixed(1),
      'scripting, % of a core': (((after.script - before.script) / SECONDS) * 100).toFixed(2),
      'main thread, % of a core': (((after.task - before.task) / SECONDS) * 100).toFixed(2),
      'long tasks': counts.longTasks,
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${SECONDS} s of running timers in Chromium (drop-in spasm-timer.js)`);
console.table(rows);
