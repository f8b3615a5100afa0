#!/usr/bin/env node
/* global document, window, customElements -- used inside page.evaluate(), which runs in the browser */
/**
 * Smoke test of the built Storybook (storybook-static/): opens every story in
 * headless Chromium, waits for it to render (and its play function to finish),
 * runs axe-core on the story root and fails on axe violations, console errors,
 * page errors, Storybook error screens and any request that leaves 127.0.0.1.
 *
 *   node scripts/smoke-stories.mjs        (after `npm run storybook:build`)
 *
 * Env: CHROME_PATH (see browsers.mjs), STORYBOOK_DIR (default storybook-static),
 * SMOKE_CONCURRENCY (stories open at once, default 1).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { serveFiles } from './static-server.mjs';

const ROOT = resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const RENDER_TIMEOUT_MS = 15_000;
const SETTLE_MS = 250;
const CONCURRENCY = Math.max(1, Number(process.env.SMOKE_CONCURRENCY) || 1);

/** Resolves once the story has rendered: root filled, custom elements upgraded with a shadow root, play done. */
function storyRendered() {
  const root = document.querySelector('#storybook-root');
  if (document.body.classList.contains('sb-show-errordisplay')) return 'error-display';
  const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  if (phase === 'errored' || phase === 'aborted') return `phase:${phase}`;
  if (!root || root.childElementCount === 0) return false;
  const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
  if (elements.length === 0) return false;
  if (!elements.every((element) => customElements.get(element.localName) && element.shadowRoot?.childElementCount))
    return false;
  // Storybook's own render phases, when exposed: wait for play and afterEach (the a11y addon) to finish.
  if (phase !== undefined && phase !== 'finished' && phase !== 'completed') return false;
  return 'ok';
}

/** A message's first line, at most 300 characters: stack traces stay out of the report. */
function firstLine(text) {
  const line = text.split('\n', 1)[0].trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

function describeViolation(violation) {
  const nodes = violation.nodes
    .slice(0, 5)
    .map(
      (node) =>
        `      ${node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >>> ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`
    )
    .join('\n');
  return `axe ${violation.id} (${violation.impact}): ${violation.help}\n${nodes}`;
}

/** Opens one story; returns its problems (failures) and console warnings (reported, not failures). */
async function checkStory(browser, baseUrl, story) {
  const problems = [];
  const warnings = new Set();
  // Stories tagged "forced-colors" are checked as Windows High Contrast shows them.
  const context = await browser.newContext(story.tags?.includes('forced-colors') ? { forcedColors: 'active' } : {});
  try {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') {
        problems.push(`external request: ${url.href}`);
        return route.abort();
      }
      return route.continue();
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${firstLine(message.text())}`);
      else if (message.type() === 'warning') warnings.add(`console warning: ${firstLine(message.text())}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${firstLine(error.message)}`));
    page.on('requestfailed', (request) => {
      const url = new URL(request.url());
      if (url.hostname === '127.0.0.1')
        problems.push(`request failed: ${url.pathname} (${request.failure()?.errorText})`);
    });

    // a11y.manual: the a11y addon skips its own axe run; this script runs axe itself.
    const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load' });
    let state;
    try {
      const handle = await page.waitForFunction(storyRendered, undefined, { timeout: RENDER_TIMEOUT_MS, polling: 50 });
      state = await handle.jsonValue();
    } catch {
      state = 'timeout';
    }
    if (state !== 'ok') {
      const detail = await page
        .evaluate(() => document.querySelector('#error-message')?.textContent ?? '')
        .catch(() => '');
      problems.push(`story did not render (${state})${detail.trim() ? `: ${firstLine(detail.trim())}` : ''}`);
      return { problems, warnings };
    }
    await page.waitForTimeout(SETTLE_MS);

    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
      }));
    });
    for (const violation of violations) problems.push(describeViolation(violation));
    return { problems, warnings };
  } finally {
    await context.close().catch(() => {});
  }
}

async function main() {
  requireBrowserVersions(['chromium']);
  let stories = [];
  try {
    const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
    stories = Object.values(index.entries ?? {}).filter((entry) => entry.type === 'story');
  } catch (error) {
    console.error(`Cannot read the built Storybook (run \`npm run storybook:build\` first): ${error.message}`);
  }
  if (stories.length === 0) {
    console.error(`No stories found in ${join(ROOT, 'index.json')}.`);
    console.log('0 passed, 0 failed');
    return 1;
  }

  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    server = await serveFiles({ routes: [['/', ROOT]] });
    const baseUrl = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    // A few stories at a time, each in its own browser context (own localStorage); reported in index order.
    const results = new Array(stories.length);
    let reported = 0;
    let next = 0;
    const report = () => {
      while (reported < stories.length && results[reported]) {
        const { story, problems, warnings, ms } = results[reported++];
        const label = `${story.title} › ${story.name} (${story.id}, ${ms} ms)`;
        if (problems.length === 0) passed++;
        else failed++;
        console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${label}`);
        for (const problem of problems) console.log(`  - ${problem}`);
        for (const warning of warnings) console.log(`  ~ ${warning}`);
      }
    };
    const worker = async () => {
      while (next < stories.length) {
        const position = next++;
        const story = stories[position];
        const started = Date.now();
        let result;
        try {
          result = await checkStory(browser, baseUrl, story);
        } catch (error) {
          result = {
            problems: [`smoke test error: ${error instanceof Error ? error.message : String(error)}`],
            warnings: [],
          };
        }
        results[position] = { story, ...result, ms: Date.now() - started };
        report();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, stories.length) }, worker));
  } catch (error) {
    console.error(`smoke test aborted: ${error instanceof Error ? error.message : String(error)}`);
    failed = stories.length - passed;
  } finally {
    await browser?.close().catch(() => {});
    if (server) {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  }
);
