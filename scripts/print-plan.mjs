#!/usr/bin/env node
/* global document, window, localStorage -- used inside page.evaluate(), which runs in the browser */
/**
 * The printed take-home plan, printed for real: a page with the three built
 * drop-ins (npm run build) in English, Spanish and Arabic, some steps ticked,
 * a session done today and the quiz finished; "Print my plan" is pressed and
 * Chromium prints the page to PDF on A4 and on Letter. Poppler's pdftotext
 * and pdfinfo then check, for each PDF: one page; the plan's title, date,
 * every checklist step with the ticked ones marked, today's sessions and the
 * next, the quiz score and what to remember, the warning signs with the
 * number and the general-information line; and no button or control.
 * Prints a line per check and "N passed, M failed"; exits 1 on any failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { check, reportAndExit } from './checks.mjs';
import { serve } from './serve.mjs';
import { WIDGETS } from '../src/widgets.js';

const LANGUAGES = ['en-GB', 'es', 'ar'];
const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Plan</title>
  <script type="module" src="/cdn/spasm-widgets.js"></script></head>
  <body><h1>An article</h1><p>Zebra quokka xylophone.</p>
  <spasm-checklist timer="t"></spasm-checklist><spasm-timer id="t" persist storage-key="plan-timer"></spasm-timer>
  <spasm-quiz></spasm-quiz></body></html>`;

/** Words of a text, for comparing DOM text with what pdftotext extracts (line breaks and bidi order aside). */
// Arabic comes out of pdftotext with its lam-alef ligatures taken apart in another order: alef and lam,
// and the vowel marks, are left out of the comparison. A mark may come out as its spacing presentation form
// (U+FE70 to U+FE7F), which NFKC would turn into a space and a mark, splitting the word: it goes first.
const words = (text) =>
  (
    text
      .replace(/[\uFE70-\uFE7F]/g, '')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}\p{M}]+/gu) ?? []
  )
    .map((word) => word.replace(/\p{M}/gu, '').replace(/[\u0622\u0623\u0625\u0627\u0644]/g, ''))
    .filter(Boolean);

async function printIn(browser, base, lang, directory) {
  const context = await browser.newContext({ locale: lang });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  // A cold session that ended 20 minutes ago, so the plan has today's sessions and the next one.
  await tab.addInitScript(() => {
    const end = Date.now() - 20 * 60_000;
    const session = { mode: 'cold', startedAt: end - 900_000, endedAt: end, ranMs: 900_000 };
    localStorage.setItem(
      'plan-timer',
      JSON.stringify({ version: 2, state: { status: 'idle' }, changedAt: end, history: [session] })
    );
  });
  await tab.goto(`${base}/pages/${lang}.html`, { waitUntil: 'load' });
  await tab.waitForFunction(
    (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount),
    WIDGETS.map((widget) => widget.tag)
  );
  // Two steps ticked; every quiz answer "true" or the first option, so some are missed.
  const plan = await tab.evaluate(async () => {
    const list = document.querySelector('spasm-checklist');
    const boxes = list.shadowRoot.querySelectorAll('input[type=checkbox]');
    boxes[0].click();
    boxes[1].click();
    const quiz = document.querySelector('spasm-quiz');
    for (let question = 0; question < quiz.total; question++) {
      await quiz.updateComplete;
      quiz.shadowRoot.querySelector('[part="question"] input').click();
      await quiz.updateComplete;
      quiz.shadowRoot.querySelector('[part="check-button"]').click();
      await quiz.updateComplete;
      quiz.shadowRoot.querySelector('[part="next-button"]').click();
    }
    await quiz.updateComplete;
    await list.updateComplete;
    window.print = () => {}; // the browser's dialog would block; the PDF below is the print
    list.shadowRoot.querySelector('[part="print-button"]').click();
    for (let tries = 0; tries < 100 && !document.querySelector('.spasm-print-plan'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const root = document.querySelector('.spasm-print-plan')?.shadowRoot;
    if (!root) return undefined;
    const text = (selector) => [...root.querySelectorAll(selector)].map((element) => element.textContent.trim());
    return {
      headings: text('h1, h2'),
      items: text('li'),
      paragraphs: text('p'),
      done: text('li.done').length,
      hidden: [list, quiz].flatMap((widget) =>
        [...widget.shadowRoot.querySelectorAll('button')].map((button) => button.textContent.trim())
      ),
    };
  });
  check(`${lang}: "Print my plan" builds the plan without errors`, plan && errors.length === 0, { plan, errors });
  if (!plan) return;
  check(
    `${lang}: the plan has the checklist, the timer, the quiz and the warning signs, two steps done`,
    plan.headings.length === 5 && plan.done === 2,
    plan
  );

  for (const format of ['A4', 'Letter']) {
    // Printing ends with afterprint, which takes the plan away: press the button again for each paper size.
    await tab.evaluate(async () => {
      document.querySelector('spasm-checklist').shadowRoot.querySelector('[part="print-button"]').click();
      for (let tries = 0; tries < 100 && !document.querySelector('.spasm-print-plan'); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    const file = join(directory, `plan-${lang}-${format}.pdf`);
    await tab.pdf({ path: file, format, printBackground: false });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pdfWords = new Set(words(pdfText));
    // pdftotext may also split a word where a mark sits ("جّر ب" for "جرّب"): a text counts as printed
    // when its words are there, or its letters in the same order once spaces are out.
    const squash = (text) => words(text).join('');
    const pdfLetters = squash(pdfText);
    const missing = (texts) =>
      texts.filter((text) => {
        const expected = words(text);
        const found = expected.filter((word) => pdfWords.has(word)).length >= expected.length * 0.9;
        return !found && !pdfLetters.includes(squash(text));
      });
    check(`${lang} ${format}: one page`, pages === 1, { pages });
    const absent = missing([...plan.headings, ...plan.items, ...plan.paragraphs]);
    check(
      `${lang} ${format}: every part of the plan is printed`,
      absent.length === 0,
      absent.map((text) => ({ text, notFound: words(text).filter((word) => !pdfWords.has(word)) }))
    );
    // A label as a phrase, not as loose words: "Start over" in Arabic is three words the warning signs use too.
    const flat = (text) => words(text).join(' ');
    const controls = plan.hidden.filter((label) => words(label).length > 1 && flat(pdfText).includes(flat(label)));
    check(`${lang} ${format}: no button or control is printed`, controls.length === 0, controls);
    check(
      `${lang} ${format}: the article around the widgets is not printed`,
      !pdfWords.has('quokka'),
      [...pdfWords].slice(0, 30)
    );
  }
  if (lang === 'en-GB') {
    check(
      'en-GB: the emergency number is printed',
      plan.paragraphs.some((text) => text.includes('999')),
      plan.paragraphs
    );
  }
  await context.close();
}

requireBrowserVersions(['chromium']);
const server = await serve({
  routes: { '/cdn/': 'dist/cdn/' },
  page: (path) => {
    const lang = /^\/pages\/(.+)\.html$/.exec(path)?.[1];
    return lang && LANGUAGES.includes(lang) ? { body: page(lang) } : undefined;
  },
});
const base = server.origin;
const directory = mkdtempSync(join(tmpdir(), 'spasm-plan-'));
try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const lang of LANGUAGES) await printIn(browser, base, lang, directory);
  } finally {
    await browser.close();
  }
} catch (error) {
  check('the print checks ran to the end', false, String(error?.stack ?? error));
} finally {
  await server.stop();
  if (!process.env.KEEP_PLAN_PDFS) rmSync(directory, { recursive: true, force: true });
  else writeFileSync(join(directory, 'README'), 'PDFs printed by scripts/print-plan.mjs\n');
}

reportAndExit();
