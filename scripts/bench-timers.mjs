#!/usr/bin/env node
/* global document, window, customElements, PerformanceObserver -- used inside page.evaluate(), which runs in the browser */
/**
 * A benchmark, not a test: what running timers cost a patient's phone (a
 * clinic's exercise sheet with many of them). Builds nothing: run
 * `npm run build` first (`npm run bench:timers` does).
 *
 * The phone is bench-pages.mjs's: Chromium with the CPU 4x slower
 * (Emulation.setCPUThrottlingRate) and a 375x812 viewport. Each page loads
 * the drop-in spasm-timer.js in a fresh browser context. Three pages, run
 * one after the other and again `--runs N` times (default 5), medians:
 * - baseline: 50 timers shown, none running (the idle page);
 * - 1 running timer; 50 running timers (started a moment apart).
 * Over `--seconds S` (default 10) after a second to settle, it reads
 * Chromium's Performance.getMetrics before and after. The figure is the
 * TaskDuration delta: the time the renderer's main thread spent in tasks,
 * whatever they did (script, style, layout, paint, the ring's CSS
 * transition frames), as a share of one phone core. Rasterising runs off
 * the main thread and is not in it. Beside it: the same minus the idle page
 * of the same run (the median of those differences), ScriptDuration (script
 * alone, what this benchmark reported before issue 25), renders and timeouts
 * that woke the page per second, and long tasks. Goals (issue 25): one
 * running timer at most 2 % of a core, 50 at most 10 %, no long task.
 *
 *   node scripts/bench-timers.mjs [--runs N] [--seconds S]
 */
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { PHONE, emulatePhone, median, numberOption } from './bench-pages.mjs';
import { serve } from './serve.mjs';

/** Where bench servers answer with the timers' page (the drop-in from /cdn/). */
export const TIMER_PAGE_PATH = '/timers.html';
export const TIMER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Timers</title>
<script type="module" src="/cdn/spasm-timer.js"></script></head><body></body></html>`;

/** The pages measured: how many timers, and how many of them run. */
const CASES = [
  { name: 'baseline: 50 timers, none running', timers: 50, running: 0 },
  { name: '1 running timer', timers: 1, running: 1 },
  { name: '50 running timers', timers: 50, running: 50 },
];

/** One page of `timers` timers with `running` of them started; its costs over `seconds`. */
async function measureOnce(browser, url, { timers, running }, seconds) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await emulatePhone(page);
    await page.goto(url);
    await page.evaluate(
      async (timers, running) => {
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
        window.longTasks = [];
        new PerformanceObserver((list) =>
          window.longTasks.push(...list.getEntries().map((entry) => entry.duration))
        ).observe({ type: 'longtask' });
        for (let i = 0; i < timers; i++) document.body.append(document.createElement('spasm-timer'));
        const all = [...document.querySelectorAll('spasm-timer')];
        await Promise.all(all.map((timer) => timer.updateComplete));
        // Started at different moments within a second, as people start them.
        for (const timer of all.slice(0, running)) {
          timer.start();
          await new Promise((done) => setTimeout(done, 1000 / running));
        }
      },
      timers,
      running
    );
    await new Promise((done) => setTimeout(done, 1000));
    await page.evaluate(() => {
      window.renders = 0;
      window.wakeups = 0;
      window.longTasks = [];
    });
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const busy = async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      const metric = (name) => metrics.find((entry) => entry.name === name).value;
      return { script: metric('ScriptDuration'), task: metric('TaskDuration') };
    };
    const before = await busy();
    await new Promise((done) => setTimeout(done, seconds * 1000));
    const after = await busy();
    const counts = await page.evaluate(() => ({
      renders: window.renders,
      wakeups: window.wakeups,
      longTasks: window.longTasks,
    }));
    return {
      mainThread: ((after.task - before.task) / seconds) * 100,
      script: ((after.script - before.script) / seconds) * 100,
      renders: counts.renders / seconds,
      wakeups: counts.wakeups / seconds,
      longTasks: counts.longTasks.length,
      longest: Math.max(0, ...counts.longTasks),
    };
  } finally {
    await context.close();
  }
}

/**
 * Measures every case `runs` times, interleaved, on the page at `url` (TIMER_PAGE);
 * resolves to printable lines (a table and the goals).
 */
export async function measureTimers(browser, url, { runs = 5, seconds = 10 } = {}) {
  const samples = CASES.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, entry] of CASES.entries()) samples[index].push(await measureOnce(browser, url, entry, seconds));
  }
  const baseline = samples[0];
  const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
  const rows = CASES.map((entry, index) => {
    const runsOf = samples[index];
    const of = (key) => median(runsOf.map((sample) => sample[key]));
    return [
      entry.name,
      fixed(of('mainThread')),
      index === 0 ? '' : fixed(median(runsOf.map((sample, run) => sample.mainThread - baseline[run].mainThread))),
      fixed(of('script')),
      fixed(of('renders'), 1),
      fixed(of('wakeups'), 1),
      `${fixed(of('longTasks'), 0)} / ${fixed(of('longest'), 0)} ms`,
    ];
  });
  const header = [
    'page',
    'main thread, % of a core',
    'minus baseline',
    'script only, %',
    'renders/s',
    'wake-ups/s',
    'long tasks / longest',
  ];
  const lines = [
    `Running timers on the phone (CPU ${PHONE.cpuSlowdown}x, ${PHONE.viewport.width}x${PHONE.viewport.height}), ${seconds} s each, median of ${runs} runs (drop-in spasm-timer.js)`,
    'main thread = Performance.getMetrics TaskDuration delta: all of the renderer main thread (script, style, layout, paint)',
    ...table(header, rows),
    'Goals (issue 25): 1 running timer <= 2 % of a core, 50 running timers <= 10 %, no long task.',
  ];
  return lines;
}

/** Rows of cells as aligned text: the first column left-aligned, the others right-aligned. */
export function table(header, rows) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => String(row[column]).length))
  );
  const line = (cells) =>
    cells
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column])
      )
      .join(' | ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = numberOption('runs', 5);
  const seconds = numberOption('seconds', 10);
  const server = await serve({
    routes: { '/cdn/': 'dist/cdn/' },
    page: (path) => (path === TIMER_PAGE_PATH ? { body: TIMER_PAGE } : undefined),
  });
  requireBrowserVersions(['chromium']);
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  let lines;
  try {
    lines = await measureTimers(browser, `${server.origin}${TIMER_PAGE_PATH}`, { runs, seconds });
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(lines.join('\n'));
}
