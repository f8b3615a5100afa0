#!/usr/bin/env node
/* global document, customElements, TextDecoder */
/**
 * What running timers' main-thread time is made of: a Chromium trace (CDP
 * Tracing, the DevTools timeline's categories) of a page of running timers on
 * bench-timers.mjs's phone (CPU 4x slower, 375x812), summed by what the
 * renderer's main thread did, per second: style, layout, paint, layerizing
 * and commit, script, and the rest of its tasks. Beside it, the compositor and
 * raster threads' time, which bench-timers' TaskDuration does not count but a
 * battery does. A diagnosis tool, not a benchmark with goals.
 *
 * Run `npm run build` first. To compare with an older build in the same run,
 * copy that build's dist/cdn to a folder (e.g. /tmp/base-cdn) and name it with
 * --compare; the two pages are traced in turn. --save writes this build's
 * first trace, for DevTools' Performance panel.
 *
 *   node scripts/trace-timers.mjs [--timers 50] [--seconds 5] [--runs 1] [--compare /tmp/base-cdn] [--save trace.json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { PHONE, emulatePhone, median, numberOption } from './bench-pages.mjs';
import { table, TIMER_PAGE, TIMER_PAGE_PATH } from './bench-timers.mjs';
import { serve } from './serve.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'toplevel',
  'v8.execute',
];

/**
 * What the main thread's time was spent on, by the trace event it was spent in or under: the nearest
 * of these names among an event and its ancestors decides (a layout forced by script is layout).
 * Anything under none of them is "other" (the task's own bookkeeping, input, idle work).
 */
const KINDS = {
  style: ['Blink.Style.UpdateTime', 'UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Blink.Layout.UpdateTime', 'Layout'],
  'pre-paint': ['PrePaint', 'Blink.CompositingInputs.UpdateTime', 'Blink.PrePaint.UpdateTime'],
  paint: ['Blink.Paint.UpdateTime', 'Paint', 'PaintImage'],
  'layerize, commit': ['Layerize', 'Blink.CompositingCommit.UpdateTime', 'Commit', 'UpdateLayerTree'],
  script: ['TimerFire', 'FunctionCall', 'EvaluateScript', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame'],
  animations: ['Blink.Animate.UpdateTime', 'Animation'],
};
const kindOf = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((name) => [name, kind])));

/** Adds `timers` timers to the page and starts them at moments spread over a second, as bench-timers does. */
export async function startTimers(page, timers) {
  await page.evaluate(async (timers) => {
    await customElements.whenDefined('spasm-timer');
    for (let i = 0; i < timers; i++) document.body.append(document.createElement('spasm-timer'));
    const all = [...document.querySelectorAll('spasm-timer')];
    await Promise.all(all.map((timer) => timer.updateComplete));
    for (const timer of all) {
      timer.start();
      await new Promise((done) => setTimeout(done, 1000 / timers));
    }
  }, timers);
}

/** A second to settle, then the trace events of the next `seconds`. */
export async function traceEvents(page, seconds) {
  await new Promise((done) => setTimeout(done, 1000));
  await page.tracing.start({ categories: CATEGORIES });
  await new Promise((done) => setTimeout(done, seconds * 1000));
  const buffer = await page.tracing.stop();
  return JSON.parse(new TextDecoder().decode(buffer)).traceEvents;
}

/** Traces `seconds` of a page with `timers` running timers, the drop-in loaded from `cdn` ('/cdn/'). */
async function traceOnce(browser, origin, cdn, timers, seconds) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await emulatePhone(page);
    await page.goto(`${origin}${TIMER_PAGE_PATH}?cdn=${encodeURIComponent(cdn)}`);
    await startTimers(page, timers);
    return await traceEvents(page, seconds);
  } finally {
    await context.close();
  }
}

/**
 * Each complete event's own time (its time minus its children's), per thread: [{ thread, name, self }].
 * `clock`: 'thread' (the thread's CPU time, `tdur`) or 'wall' (`dur`).
 */
function selfTimes(events, clock) {
  const threadName = new Map();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name') threadName.set(`${event.pid}:${event.tid}`, event.args.name);
  const byThread = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || typeof event.dur !== 'number') continue;
    const key = `${event.pid}:${event.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(event);
  }
  const result = [];
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const stack = [];
    for (const event of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
      const time = clock === 'thread' ? (event.tdur ?? 0) : event.dur;
      const kind = kindOf.get(event.name) ?? stack.at(-1)?.entry.kind ?? 'other';
      const entry = { thread: threadName.get(key) ?? key, key, name: event.name, kind, self: time, top: !stack.length };
      if (stack.length) stack.at(-1).entry.self -= time;
      stack.push({ ts: event.ts, dur: event.dur, entry });
      result.push(entry);
    }
  }
  return result;
}

/** ms per second on the renderer's main thread by kind, its total, its top names, and other threads' totals. */
export function summarize(events, seconds, clock = 'thread') {
  const entries = selfTimes(events, clock);
  // The page's renderer: the CrRendererMain with the most time.
  const mainTotals = new Map();
  for (const entry of entries)
    if (entry.thread === 'CrRendererMain') mainTotals.set(entry.key, (mainTotals.get(entry.key) ?? 0) + entry.self);
  const mainKey = [...mainTotals].sort((a, b) => b[1] - a[1])[0]?.[0];
  const perSecond = (us) => us / 1000 / seconds;
  const kinds = {};
  const names = new Map();
  let total = 0;
  for (const entry of entries) {
    if (entry.key !== mainKey) continue;
    total += entry.self;
    kinds[entry.kind] = (kinds[entry.kind] ?? 0) + entry.self;
    names.set(entry.name, (names.get(entry.name) ?? 0) + entry.self);
  }
  const renderer = mainKey?.split(':')[0];
  const threads = new Map();
  for (const entry of entries) {
    if (!entry.top || entry.key.split(':')[0] !== renderer || entry.key === mainKey) continue;
    threads.set(entry.thread, (threads.get(entry.thread) ?? 0) + entry.self);
  }
  const frames = events.filter(
    (event) => event.name === 'BeginMainThreadFrame' || event.name === 'ProxyMain::BeginMainFrame'
  ).length;
  return {
    total: perSecond(total),
    kinds: Object.fromEntries(Object.entries(kinds).map(([kind, us]) => [kind, perSecond(us)])),
    names: [...names].map(([name, us]) => [name, perSecond(us)]).sort((a, b) => b[1] - a[1]),
    threads: Object.fromEntries([...threads].map(([name, us]) => [name, perSecond(us)])),
    frames: frames / seconds,
  };
}

async function main() {
  const option = (name) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const timers = numberOption('timers', 50);
  const seconds = numberOption('seconds', 5);
  const runs = numberOption('runs', 1);
  const compare = option('compare');
  const save = option('save');
  const builds = [['this build', '/cdn/'], ...(compare ? [[compare, '/compare/']] : [])];

  const server = await serve({
    routes: { '/cdn/': 'dist/cdn/' },
    page: (path, query) => {
      if (path === TIMER_PAGE_PATH)
        return { body: TIMER_PAGE.replace('/cdn/spasm-timer.js', `${query.get('cdn') ?? '/cdn/'}spasm-timer.js`) };
      // The older build, from any folder.
      if (compare && path.startsWith('/compare/')) {
        const file = join(compare, path.slice('/compare/'.length));
        return existsSync(file) ? { body: readFileSync(file, 'utf8'), type: extname(file).slice(1) } : undefined;
      }
      return undefined;
    },
  });
  requireBrowserVersions(['chromium']);
  const browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const samples = builds.map(() => []);
  try {
    for (let run = 0; run < runs; run++) {
      for (const [index, [, cdn]] of builds.entries()) {
        const events = await traceOnce(browser, server.origin, cdn, timers, seconds);
        if (save && run === 0 && index === 0) await writeFile(save, JSON.stringify({ traceEvents: events }));
        samples[index].push({ ...summarize(events, seconds), wall: summarize(events, seconds, 'wall').total });
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  const fixed = (value) => (Number.isFinite(value) ? value.toFixed(1) : '-');
  const of = (index, read) => median(samples[index].map(read));
  const row = (title, read) => [title, ...builds.map((_, index) => fixed(of(index, read)))];
  console.log(
    `${timers} running timers on the phone (CPU ${PHONE.cpuSlowdown}x), traced ${seconds} s, median of ${runs},` +
      " in ms per second (10 ms/s = 1 % of a core). Wall time is what bench-timers counts; the thread's" +
      ' CPU time (throttling included) varies less with other work on the machine, and the kinds are in it.'
  );
  const threadNames = [...new Set(samples.flatMap((list) => list.flatMap((sample) => Object.keys(sample.threads))))];
  const rows = [
    row('main thread, wall time', (sample) => sample.wall),
    row('main thread, CPU time', (sample) => sample.total),
    ...[...Object.keys(KINDS), 'other'].map((kind) => row(`  ${kind}`, (sample) => sample.kinds[kind] ?? 0)),
    row('main-thread frames per second', (sample) => sample.frames),
    ...threadNames.sort().map((name) => row(`${name} (CPU)`, (sample) => sample.threads[name] ?? 0)),
  ];
  console.log(table(['', ...builds.map(([name]) => name)], rows).join('\n'));
  for (const [index, [name]] of builds.entries()) {
    console.log(`\n${name}: the main thread's top events by own CPU time, ms/s (first run)`);
    for (const [event, ms] of samples[index][0].names.slice(0, 15)) console.log(`  ${event}: ${fixed(ms)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
