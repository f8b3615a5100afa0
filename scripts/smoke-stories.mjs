#!/usr/bin/env node
/* global document, window, customElements, Element, getComputedStyle, matchMedia -- used inside page.evaluate(), which runs in the browser */
/**
 * Smoke test of the built Storybook (storybook-static/): opens every story and
 * every docs page in headless Chromium, waits for it to render (and a story's
 * play function to finish), runs axe-core on the story or docs root and IBM
 * Equal Access (accessibility-checker-engine) on the story's root (a docs page
 * shows the same stories: axe alone there), and fails on their violations,
 * console errors, page errors, Storybook error screens and any request that
 * leaves 127.0.0.1.
 *
 * A story with a named state is checked again, both checkers, in each of
 * LANGUAGES and THEMES (the README's dark snippet on a dark page, and forced
 * colours as Windows High Contrast shows them), switched in place: the
 * toolbar's language re-renders the story and keeps its state.
 *
 * A story tagged `state:<name>` must show that state, on its own page and in
 * every docs page that embeds it (docs pages run no play functions, so the
 * stories set their states from their render: stories/story-helpers.ts). The
 * names are in src/widgets.js, what each looks like in statePredicates below. An autodocs page must embed every story of its
 * file, and a docs page must not scroll or move focus by itself; its in-page links must lead somewhere.
 *
 * Each docs page is opened again as a reader first opens it, in Storybook's
 * whole UI (the manager, with the page in its preview frame), in a fresh
 * context: any console error of either frame fails it, and so does a page
 * that never renders (checkDocsCold). The Embedding page must state the
 * README's facts (embeddingProblems); each widget's Default story must have
 * controls for its content and every theme token, which must take effect
 * (checkControls).
 *
 *   node scripts/smoke-stories.mjs        (after `npm run storybook:build`)
 *
 * Env: CHROME_PATH (see browsers.mjs), STORYBOOK_DIR (default storybook-static),
 * SMOKE_CONCURRENCY (stories open at once, default 1), SMOKE_ONLY (a regular
 * expression: only the entries whose type and id, e.g. "docs-cold embedding--docs", match it).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, requireBrowserVersions } from './browsers.mjs';
import { PSEUDO_LOCALE } from './l10n-records.mjs';
import { serve } from './serve.mjs';
import { WIDGETS } from '../src/widgets.js';

const REPO = new URL('..', import.meta.url).pathname;
const ROOT = resolve(process.env.STORYBOOK_DIR ?? 'storybook-static');
const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const IBM_PATH = require.resolve('accessibility-checker-engine/ace.js');
const RENDER_TIMEOUT_MS = 15_000;
/**
 * A docs page opened in Storybook's whole UI, cold: the manager's ~3 MB of
 * script, then the preview and every story of the page. Not rendered by then,
 * it stalled: a widget's page took 27 s on 2 cores shared with a build.
 */
const COLD_TIMEOUT_MS = 60_000;
/**
 * How long a cold page is watched after it rendered: Storybook's stores sync
 * between the manager and the server or preview when they start, and a
 * follower that hears nothing within 1 s fails with an uncaught error.
 */
const COLD_SETTLE_MS = 2_000;
const STATE_TIMEOUT_MS = 5_000;
const SETTLE_MS = 250;
const CONCURRENCY = Math.max(1, Number(process.env.SMOKE_CONCURRENCY) || 1);

/** The toolbar languages and the themes a story with a named state is checked in; the first of each is the page's own. */
const LANGUAGES = ['en', 'es', 'ar'];
const THEMES = ['light', 'dark', 'forced'];

/** IBM's rule set: WCAG 2.2 A and AA and IBM's own requirements. */
const IBM_POLICY = 'IBM_Accessibility';

/**
 * IBM results that are no fault of the page, each with why. IBM reports what
 * it can't decide as a potential violation; those fail the run like its
 * violations, unless listed here. Matched narrowly: the same rule elsewhere
 * still fails.
 */
const IBM_FALSE_POSITIVES = [
  {
    rule: 'text_block_heading',
    why: 'bold text that is a heading already (IBM reads the children, never the role="heading" on the element itself)',
    matches: (result) => /^<[^>]*\srole="heading"/.test(result.snippet),
  },
  {
    rule: 'text_block_heading',
    why: 'the dial\'s readout, large by design: the countdown (role="timer") or "Next session at 15:22"',
    matches: (result) => /^<[^>]*\s(role="timer"|part="next")/.test(result.snippet),
  },
  {
    rule: 'text_block_heading',
    why: "text larger than the page body's (200 % text, the example article's type), not bold: IBM takes size for emphasis",
    matches: (result) => !result.bold,
  },
  {
    rule: 'text_block_heading',
    why: 'the All languages story\'s captions, "español ( es )": each names a section its aria-label names already',
    matches: (result) => /\(\s*[a-z]{2,3}(-[A-Za-z0-9]+)?\s*\)$/.test(result.messageArgs[0] ?? ''),
  },
  {
    rule: 'text_block_heading',
    why: 'the example article\'s header: its kicker ("Back pain") and the label of its list of contents',
    matches: (result) => result.path.includes('/article[1]/header[1]/'),
  },
  {
    rule: 'input_checkboxes_grouped',
    why: "the checklist's steps are a list named by its title; IBM counts only a fieldset or a shared name as a group",
    matches: (result) => result.reasonId === 'potential_unnamedcheckbox',
  },
  {
    rule: 'input_checkboxes_grouped',
    why: 'HTML groups radios by name within one tree: each widget\'s shadow root has its own "mode" or "answer" group',
    matches: (result) => result.reasonId === 'fail_notsamegroup' && result.path.includes('/#document-fragment'),
  },
  {
    rule: 'widget_tabbable_single',
    why: 'the start-day answers are native radios of one name in a role="radiogroup": the browser makes them one tab stop',
    matches: (result) => /^<div [^>]*role="radiogroup"/.test(result.snippet),
  },
  {
    rule: 'aria_keyboard_handler_exists',
    why: 'the same radiogroup: its native radios take the arrow keys themselves',
    matches: (result) => /^<div [^>]*role="radiogroup"/.test(result.snippet),
  },
  {
    rule: 'text_sensory_misuse',
    why: '"right" is "correct" here ("Right!", "You got 3 of 8 right"), never a place on the screen',
    matches: (result) => result.messageArgs[0]?.toLowerCase() === 'right',
  },
  {
    rule: 'text_sensory_misuse',
    why: '"the self-care steps below" the advice card: they come next in reading order too',
    matches: (result) => result.messageArgs[0] === 'below' && result.path.includes('/spasm-checklist['),
  },
  {
    rule: 'text_sensory_misuse',
    why: 'the example article\'s "a small movement" and "the check at the top of the checklist" (first in reading order too)',
    matches: (result) => ['small', 'top'].includes(result.messageArgs[0]) && result.path.includes('/article['),
  },
  {
    rule: 'text_quoted_correctly',
    why: "Korean names the urgent list by its title in quotes ('오늘 진료 필요'): a reference, not a quotation",
    matches: (result) => result.message.includes('오늘 진료 필요'),
  },
  {
    rule: 'style_color_misuse',
    why: "asked of every <style> that sets a colour, here an example site's theme; the widgets say everything in words too",
    matches: (result) => result.snippet === '<style>' && !result.path.includes('/#document-fragment'),
  },
  {
    rule: 'style_viewport_resizable',
    why: "the example article's heading sizes are clamp(rem, vw, rem): they grow with the text size, as the rule asks",
    matches: (result) => result.snippet === '<style>' && !result.path.includes('/#document-fragment'),
  },
];

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

/** Resolves once the docs page has rendered: its root filled, and the custom elements of `blocks` upgraded. */
function docsRendered(blocks) {
  if (document.body.classList.contains('sb-show-errordisplay')) return 'error-display';
  const root = document.querySelector('#storybook-docs');
  if (!root || root.hidden || !root.querySelector('.sbdocs-content')) return false;
  for (const id of blocks) {
    const block = document.querySelector(`[id="${id}"]`);
    if (!block) return false;
    const elements = [...block.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    if (elements.length === 0) return false;
    if (!elements.every((element) => customElements.get(element.localName) && element.shadowRoot?.childElementCount))
      return false;
  }
  return 'ok';
}

/** The story blocks a docs page shows (ids `story--<story id>` and, for the primary story, `…--primary`). */
function docsStoryBlocks() {
  return [...document.querySelectorAll('#storybook-docs .sb-story[id^="story--"]')].map((block) => block.id);
}

/**
 * What each `state:` name of src/widgets.js looks like, by the widget that
 * has it: a test its element must pass and what to report instead. `<n>` in
 * a name stands for a number, given to the test. Runs in the page (added to
 * each story's context as `window.statePredicates`), and in Node for its
 * names only.
 */
function statePredicates() {
  const part = (element, name) => element.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
  const timerState = (timer) => timer.state;
  const checklistState = (checklist) => {
    return [
      `${checklist.done}/${checklist.total} ticked`,
      checklist.shadowRoot?.querySelector('#red-flags-question') ? 'red-flag check asked' : 'red-flag check answered',
      part(checklist, 'emergency-card') ? 'emergency card' : 'no emergency card',
      part(checklist, 'advice-card') ? 'advice card' : 'no advice card',
      part(checklist, 'signoff') ? `sign-off: ${part(checklist, 'signoff').textContent.trim()}` : 'no sign-off shown',
      part(checklist, 'sources')?.open ? 'sources open' : 'sources closed',
    ].join(', ');
  };
  const quizState = (quiz) => {
    const feedback = part(quiz, 'feedback');
    if (part(quiz, 'results')) return 'results';
    if (feedback) return `feedback (${feedback.classList.contains('right') ? 'right' : 'wrong'})`;
    return part(quiz, 'question') ? 'a question, unanswered' : 'no question';
  };
  return {
    'ticked-<n>': [(list, count) => list.done === count, checklistState],
    idle: [(timer) => timer.state === 'idle', timerState],
    running: [(timer) => timer.state === 'running', timerState],
    paused: [(timer) => timer.state === 'paused', timerState],
    done: [(timer) => timer.state === 'done', timerState],
    // Issue 11 §1: "Your cold session ended at 14:05", after an end the user did not see.
    'ended-banner': [(timer) => part(timer, 'ended') !== null, timerState],
    // Issue 11 §2: the start day is known, so its therapy is chosen and the reason shown.
    'start-day-known': [(timer) => part(timer, 'episode-reason') !== null, timerState],
    // Issue 11 §3: after a session, "Add the next sessions to my calendar".
    'calendar-button': [(timer) => part(timer, 'calendar-button') !== null, timerState],
    'ticked-all': [(list) => list.total > 0 && list.done === list.total, checklistState],
    'red-flags-asked': [(list) => list.shadowRoot?.querySelector('#red-flags-question') !== null, checklistState],
    // "None of these": the answer, the number in view, both lists one click away, and the steps.
    'red-flags-none': [
      (list) =>
        Boolean(
          list.shadowRoot?.querySelector('#red-flags-answer') &&
          part(list, 'red-flags-lists') &&
          !part(list, 'advice-card') &&
          part(list, 'steps') &&
          !part(list, 'emergency-card')
        ),
      checklistState,
    ],
    // A sign of the urgent list: "Get medical advice today" above the steps.
    'advice-card': [(list) => Boolean(part(list, 'advice-card') && part(list, 'steps')), checklistState],
    'emergency-card': [(list) => part(list, 'emergency-card') !== null, checklistState],
    // A site clinician's sign-off in the opened sources panel: valid, or cancelled by a change.
    'signed-off': [
      (list) => /Reviewed for this site by/.test(part(list, 'signoff')?.textContent ?? ''),
      checklistState,
    ],
    'signoff-changed': [(list) => /has changed since/.test(part(list, 'signoff')?.textContent ?? ''), checklistState],
    // A number guessed from the language's region, shown with the country's name.
    'number-with-country': [
      (list) => /999 \(United Kingdom\)/.test(part(list, 'red-flags')?.textContent.replace(/\s+/g, ' ') ?? ''),
      checklistState,
    ],
    'sources-open': [
      (list) => Boolean(part(list, 'sources')?.open && part(list, 'sources').querySelector('p')),
      checklistState,
    ],
    question: [
      (quiz) => Boolean(part(quiz, 'question') && !part(quiz, 'feedback') && !part(quiz, 'results')),
      quizState,
    ],
    'answered-right': [(quiz) => part(quiz, 'feedback')?.classList.contains('right') === true, quizState],
    'answered-wrong': [(quiz) => part(quiz, 'feedback')?.classList.contains('wrong') === true, quizState],
    results: [(quiz) => part(quiz, 'results') !== null, quizState],
  };
}

/** Each state name of the registry, with the tag of the widget that has it. */
const TAG_OF_STATE = Object.fromEntries(WIDGETS.flatMap((widget) => widget.states.map((state) => [state, widget.tag])));

/** The registry's state names and the predicates' names must be the same: a name on one side only fails here. */
function checkStateNames() {
  const predicates = Object.keys(statePredicates());
  const missing = Object.keys(TAG_OF_STATE).filter((state) => !predicates.includes(state));
  const extra = predicates.filter((state) => !(state in TAG_OF_STATE));
  if (missing.length + extra.length === 0) return;
  if (missing.length) console.error(`src/widgets.js states without a predicate here: ${missing.join(', ')}`);
  if (extra.length) console.error(`Predicates here for states src/widgets.js does not list: ${extra.join(', ')}`);
  process.exit(1);
}

/**
 * The `state:` tags of a story that its rendered widgets do not show, each
 * with what they show instead; [] once all are shown. `root` is a selector:
 * a story page's root, or a docs page's story block; `tags` is TAG_OF_STATE.
 * With `wait`, true once all are shown instead (for waitForFunction). Runs
 * in the page.
 */
function unmetStates({ root: selector, states, tags, wait = false }) {
  const root = document.querySelector(selector);
  if (!root) return [`nothing at ${selector}`];
  const predicates = window.statePredicates();
  const unmet = [];
  for (const state of states) {
    const number = /-(\d+)$/.exec(state)?.[1];
    const name = number === undefined ? state : state.replace(/\d+$/, '<n>');
    const tag = tags[name];
    if (!tag || !predicates[name]) {
      unmet.push(`state:${state} is not a known state (src/widgets.js)`);
      continue;
    }
    const [shows, describe] = predicates[name];
    const found = [...root.querySelectorAll(tag)];
    if (found.length === 0) unmet.push(`state:${state}: no <${tag}>`);
    else if (!found.every((element) => shows(element, Number(number))))
      unmet.push(`state:${state}: <${tag}> shows ${found.map(describe).join('; ')}`);
  }
  return wait ? unmet.length === 0 : unmet;
}

/** The `state:` tags of an index entry, without the prefix. */
const statesOf = (entry) =>
  (entry.tags ?? []).filter((tag) => tag.startsWith('state:')).map((tag) => tag.slice('state:'.length));

/**
 * Waits until the widgets under `root` show `states`; returns what is still
 * unmet after STATE_TIMEOUT_MS (empty when all are shown).
 */
async function waitForStates(page, root, states) {
  if (states.length === 0) return [];
  try {
    await page.waitForFunction(
      unmetStates,
      { root, states, tags: TAG_OF_STATE, wait: true },
      { timeout: STATE_TIMEOUT_MS, polling: 50 }
    );
  } catch {
    // Reported below.
  }
  return page.evaluate(unmetStates, { root, states, tags: TAG_OF_STATE });
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

/** Runs axe on `context` (a selector, or axe's `{ include, exclude }`) and returns each violation as a problem. */
async function axeProblems(page, context) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async (context) => {
    const results = await window.axe.run(typeof context === 'string' ? document.querySelector(context) : context, {
      resultTypes: ['violations'],
      // In forced colours the system's colours are painted, not the page's, but Chromium still computes
      // -webkit-text-fill-color (which axe reads as the text's colour) from the page's: on a dark site axe
      // reports light text on the forced white, which is never painted. Contrast there is the system's.
      rules: { 'color-contrast': { enabled: !matchMedia('(forced-colors: active)').matches } },
    });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, context);
  return violations.map(describeViolation);
}

/** Why an IBM result is no fault of the page, or undefined when it is one. */
function ibmFalsePositive(result) {
  return IBM_FALSE_POSITIVES.find(({ rule, matches }) => rule === result.ruleId && matches(result))?.why;
}

/**
 * Runs IBM Equal Access on the element at `selector` (it walks into shadow
 * roots itself) and returns each violation, certain or potential, that is not
 * a known false positive, as a problem.
 */
async function ibmProblems(page, selector) {
  if (!(await page.evaluate(() => 'ace' in window))) await page.addScriptTag({ path: IBM_PATH });
  const results = await page.evaluate(
    async ({ selector, policy }) => {
      // One checker per page: it builds its rule tables when made.
      window.smokeIbmChecker ??= new window.ace.Checker();
      const report = await window.smokeIbmChecker.check(document.querySelector(selector), [policy]);
      return report.results
        .filter(({ value: [kind, outcome] }) => kind === 'VIOLATION' && (outcome === 'FAIL' || outcome === 'POTENTIAL'))
        .map(({ ruleId, reasonId, value, message, messageArgs, path, snippet, node }) => ({
          ruleId,
          reasonId,
          outcome: value[1],
          message,
          messageArgs: messageArgs ?? [],
          path: path.dom,
          snippet,
          // Whether any text in the element is bold: text_block_heading also counts large text as emphasis.
          bold:
            node instanceof Element &&
            [node, ...node.querySelectorAll('*')].some(
              (element) =>
                Number(getComputedStyle(element).fontWeight) >= 700 &&
                [...element.childNodes].some((child) => child.nodeType === 3 && child.textContent.trim())
            ),
        }));
    },
    { selector, policy: IBM_POLICY }
  );
  return results
    .filter((result) => !ibmFalsePositive(result))
    .map(
      ({ ruleId, reasonId, outcome, message, path, snippet }) =>
        `IBM ${ruleId} (${outcome === 'FAIL' ? 'violation' : 'potential violation'}, ${reasonId}): ${message}\n      ${path}: ${snippet}`
    );
}

/** The text of Storybook's error screen, if any, for a failure message. */
async function errorDetail(page) {
  const detail = await page.evaluate(() => document.querySelector('#error-message')?.textContent ?? '').catch(() => '');
  return detail.trim() ? `: ${firstLine(detail.trim())}` : '';
}

/** Waits for `condition` (a function run in the page) to return a truthy value; 'timeout' if it never does. */
async function waitFor(page, condition, arg) {
  try {
    const handle = await page.waitForFunction(condition, arg, { timeout: RENDER_TIMEOUT_MS, polling: 50 });
    return await handle.jsonValue();
  } catch {
    return 'timeout';
  }
}

/** A story's own page: rendered, play done, its named state shown, axe clean. */
async function checkStoryPage(page, baseUrl, story, problems) {
  // a11y.manual: the a11y addon skips its own axe run; this script runs axe itself.
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
  await page.goto(url, { waitUntil: 'load' });
  const state = await waitFor(page, storyRendered);
  if (state !== 'ok') {
    problems.push(`story did not render (${state})${await errorDetail(page)}`);
    return;
  }
  for (const unmet of await waitForStates(page, '#storybook-root', statesOf(story))) problems.push(unmet);
  await page.waitForTimeout(SETTLE_MS);
  problems.push(...(await checkerProblems(page)));
  if (statesOf(story).length > 0) await checkVariants(page, story, problems);
}

/** Both checkers' problems on the story's root. */
async function checkerProblems(page) {
  return [...(await axeProblems(page, '#storybook-root')), ...(await ibmProblems(page, '#storybook-root'))];
}

/**
 * A story with a named state, again in each other language of the toolbar
 * and each theme: still in its state, both checkers clean. Switched in place,
 * not reloaded: the state setters run once, and a variant costs a re-render.
 * A story whose widgets all have a language of their own is checked in its
 * language only.
 */
async function checkVariants(page, story, problems) {
  const languages = (await page.evaluate(followsToolbar)) ? LANGUAGES : LANGUAGES.slice(0, 1);
  let shown = LANGUAGES[0];
  for (const [index, theme] of THEMES.entries()) {
    await showTheme(page, theme);
    // Each next theme walks the languages back from the last one shown: one switch fewer.
    for (const locale of index % 2 === 0 ? languages : [...languages].reverse()) {
      if (theme === THEMES[0] && locale === LANGUAGES[0]) continue; // The page as it loaded: checked already.
      const label = `${locale}, ${theme}`;
      if (locale !== shown) {
        await page.evaluate(
          (locale) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale } }),
          locale
        );
        shown = locale;
        if ((await waitFor(page, renderedInLocale, locale)) !== true) {
          problems.push(`${label}: the widgets did not render in "${locale}"`);
          continue;
        }
        // A new language renders anew; a theme is only CSS, with no transition to wait for.
        await page.waitForTimeout(SETTLE_MS);
      }
      for (const unmet of await waitForStates(page, '#storybook-root', statesOf(story)))
        problems.push(`${label}: ${unmet}`);
      for (const problem of await checkerProblems(page)) problems.push(`${label}: ${problem}`);
    }
  }
}

/**
 * Whether any widget of the story takes its language from the toolbar's
 * wrapper (.storybook/preview.ts), not from a `lang` of its own or of a
 * closer wrapper. Runs in the page.
 */
function followsToolbar() {
  const wrapper = document.querySelector('#storybook-root [lang]');
  return [...(wrapper?.querySelectorAll('*') ?? [])].some(
    (element) => element.localName.startsWith('spasm-') && element.closest('[lang]') === wrapper
  );
}

/** Whether the widgets that follow the toolbar have rendered in `locale`, with no update pending. Runs in the page. */
function renderedInLocale(locale) {
  const wrapper = document.querySelector('#storybook-root [lang]');
  if (wrapper?.getAttribute('lang') !== locale) return false;
  return [...wrapper.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('spasm-') && element.closest('[lang]') === wrapper)
    .every(
      (widget) =>
        !widget.isUpdatePending && widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === locale
    );
}

let readmeText;

/** README.md, read once. */
const readme = () => (readmeText ??= readFile(join(REPO, 'README.md'), 'utf8'));

/** The README's dark-mode snippet, as sites copy it: the first CSS block of "Theming and dark mode". */
async function readmeDarkSnippet() {
  const snippet = /### Theming and dark mode[\s\S]*?```css\n([\s\S]*?)```/.exec(await readme())?.[1];
  if (!snippet) throw new Error('README.md has no dark-mode snippet');
  return snippet;
}

/** The README's dark-mode snippet in its prefers-color-scheme query, and a dark page under it. */
async function darkPageCss() {
  return `${await readmeDarkSnippet()}\n@media (prefers-color-scheme: dark) { body { background: #1f2428; color: #f1f3f4; } }`;
}

/**
 * Shows the page in `theme`: the dark snippet is added once, and the emulated
 * colour scheme picks it up or not; "forced" is forced colours over the light page.
 */
async function showTheme(page, theme) {
  if (theme === 'dark') {
    await page.evaluate(
      (css) => {
        if (document.getElementById('smoke-dark-theme')) return;
        document.head.append(
          Object.assign(document.createElement('style'), { id: 'smoke-dark-theme', textContent: css })
        );
      },
      await darkPageCss()
    );
  }
  await page.emulateMedia(
    theme === 'forced' ? { colorScheme: 'light', forcedColors: 'active' } : { colorScheme: theme, forcedColors: 'none' }
  );
}

/**
 * A docs page: rendered, with every story of its file when it is an autodocs
 * page; each embedded story in its named state; the page still at its top
 * with focus where it was; axe clean on each story block and on the page
 * around them.
 */
async function checkDocsPage(page, baseUrl, docs, stories, problems) {
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(docs.id)}&viewMode=docs&globals=a11y.manual:!true`;
  // An autodocs page shows every story of its file (the first one twice: as the primary story and in the list).
  const expected = docs.tags?.includes('autodocs')
    ? stories.filter((story) => story.importPath === docs.importPath && story.tags?.includes('autodocs'))
    : [];
  await page.goto(url, { waitUntil: 'load' });
  const state = await waitFor(
    page,
    docsRendered,
    expected.map((story) => `story--${story.id}`)
  );
  if (state !== 'ok') {
    problems.push(`docs page did not render (${state})${await errorDetail(page)}`);
    return { blocks: 0, named: 0 };
  }
  const blocks = await page.evaluate(docsStoryBlocks);
  if ((await waitFor(page, docsRendered, blocks)) !== 'ok') problems.push('docs page: not every story block rendered');
  const byId = new Map(stories.map((story) => [story.id, story]));
  let named = 0;
  for (const block of blocks) {
    const story = byId.get(block.replace(/^story--/, '').replace(/--primary$/, ''));
    if (!story) {
      problems.push(`docs page shows ${block}, which is no story of the index`);
      continue;
    }
    if (statesOf(story).length > 0) named++;
    const unmet = await waitForStates(page, `[id="${block}"]`, statesOf(story));
    for (const problem of unmet) problems.push(`${story.name} (${block}): ${problem}`);
  }
  for (const story of expected) {
    if (!blocks.includes(`story--${story.id}`) && !blocks.includes(`story--${story.id}--primary`))
      problems.push(`docs page does not show the story ${story.name} (${story.id})`);
  }
  for (const href of await page.evaluate(brokenAnchors)) problems.push(`docs page: the link to ${href} leads nowhere`);
  if (docs.id === 'embedding--docs') problems.push(...(await embeddingProblems(page)));
  await page.waitForTimeout(SETTLE_MS);
  const moved = await page.evaluate(() => ({ top: window.scrollY, focus: document.activeElement?.localName ?? '' }));
  if (moved.top !== 0) problems.push(`docs page scrolled by itself to ${moved.top} px`);
  if (moved.focus !== 'body') problems.push(`docs page moved focus by itself to <${moved.focus}>`);
  // Axe runs on each story block alone, as on the story's own page, then on the docs page around them: a docs
  // page shows each widget many times (its first story twice), and landmark-unique would flag their regions'
  // shared names, which no page a patient reads has.
  for (const block of blocks) {
    for (const problem of await axeProblems(page, { include: [`[id="${block}"]`] }))
      problems.push(`${block}: ${problem}`);
  }
  const around = { include: ['#storybook-docs'], exclude: blocks.map((block) => `[id="${block}"]`) };
  problems.push(...(await axeProblems(page, around)));
  return { blocks: blocks.length, named };
}

/** The in-page links of a docs page (`#id`) that lead to no element on it. Runs in the page. */
function brokenAnchors() {
  return [...document.querySelectorAll('#storybook-docs a[href^="#"]')]
    .map((link) => link.getAttribute('href'))
    .filter((href) => href.length > 1 && !document.getElementById(decodeURIComponent(href.slice(1))));
}

/** The languages the widgets ship: every locale of src/generated/locale-codes.ts but the pseudo-locale. */
async function shippedLocales() {
  const codes = await readFile(join(REPO, 'src/generated/locale-codes.ts'), 'utf8');
  const all = /export const allLocales = \[([^\]]*)\]/.exec(codes)?.[1];
  if (!all) throw new Error('src/generated/locale-codes.ts has no allLocales (run `npm run generate`)');
  return [...all.matchAll(/`([^`]+)`/g)].map((match) => match[1]).filter((locale) => locale !== PSEUDO_LOCALE);
}

/**
 * Which of `words` the docs page says and which of `snippets` it shows as a
 * code block, exactly; with `wait`, whether it has them all. Runs in the page.
 */
function embeddingShows({ words, snippets, wait }) {
  const text = document.querySelector('#storybook-docs')?.textContent.replace(/\s+/g, ' ') ?? '';
  const blocks = [...document.querySelectorAll('#storybook-docs pre')].map((pre) => {
    const code = pre.cloneNode(true);
    for (const style of code.querySelectorAll('style')) style.remove(); // The scroll area's own CSS.
    return code.textContent.trim();
  });
  const shown = {
    words: words.filter((word) => text.includes(word)),
    snippets: snippets.filter((snippet) => blocks.includes(snippet.trim())),
  };
  return wait ? shown.words.length === words.length && shown.snippets.length === snippets.length : shown;
}

/**
 * The Embedding page against the facts (issue 27 §5; it once said "eight
 * languages"). It is made of the README's sections (stories/readme-section.ts);
 * this checks the page as it renders: it says how many languages ship, as
 * src/generated/locale-codes.ts counts them, names the attributes that set
 * the numbers to call, and shows the Quick start's paste block and the tested
 * dark-mode snippet exactly as the README has them.
 */
async function embeddingProblems(page) {
  const languages = `${(await shippedLocales()).length} languages`;
  const pasteBlock = /## Quick start[\s\S]*?```html\n([\s\S]*?)```/.exec(await readme())?.[1];
  const snippets = { 'the paste block': pasteBlock, 'the dark-mode snippet': await readmeDarkSnippet() };
  const words = [languages, 'emergency-number="', 'urgent-number="'];
  // Code blocks render once the highlighter's chunk has loaded: wait for them, then report what is still missing.
  const wanted = { words, snippets: Object.values(snippets).filter(Boolean) };
  await page
    .waitForFunction(embeddingShows, { ...wanted, wait: true }, { timeout: STATE_TIMEOUT_MS, polling: 100 })
    .catch(() => {});
  const shown = await page.evaluate(embeddingShows, wanted);
  const problems = [];
  for (const word of words) {
    if (!shown.words.includes(word)) problems.push(`Embedding page: it does not say ${word}`);
  }
  for (const [what, snippet] of Object.entries(snippets)) {
    if (!snippet) problems.push(`README.md: no ${what} found`);
    else if (!shown.snippets.includes(snippet)) problems.push(`Embedding page: ${what} is not the README's`);
  }
  return problems;
}

/**
 * A docs page as a reader first opens it: Storybook's whole UI
 * (`/?path=/docs/…`, the manager with the page in its preview frame), in a
 * fresh browser context, so nothing is cached or stored. Console errors and
 * uncaught exceptions of either frame fail it (checkEntry listens); so does a
 * page not rendered, story blocks and all, within COLD_TIMEOUT_MS (a stall),
 * and Storybook's onboarding checklist left on.
 */
async function checkDocsCold(page, baseUrl, docs, problems) {
  await page.goto(`${baseUrl}/?path=/docs/${encodeURIComponent(docs.id)}`, { waitUntil: 'load' });
  const started = Date.now();
  const frame = await page
    .waitForSelector('#storybook-preview-iframe', { timeout: COLD_TIMEOUT_MS })
    .then((iframe) => iframe.contentFrame())
    .catch(() => null);
  const rendered = async (blocks) => {
    const timeout = Math.max(0, COLD_TIMEOUT_MS - (Date.now() - started));
    return frame
      ?.waitForFunction(docsRendered, blocks, { timeout, polling: 100 })
      .then((handle) => handle.jsonValue())
      .catch(() => 'timeout');
  };
  let state = frame ? await rendered([]) : 'no preview frame';
  if (state === 'ok') state = await rendered(await frame.evaluate(docsStoryBlocks));
  if (state !== 'ok') {
    problems.push(`cold: the docs page did not render within ${COLD_TIMEOUT_MS / 1000} s (${state})`);
    return;
  }
  await page.waitForTimeout(COLD_SETTLE_MS);
  const features = await page.evaluate(() => window.FEATURES ?? {});
  for (const flag of ['sidebarOnboardingChecklist', 'menuOnboardingChecklist']) {
    if (features[flag] !== false) problems.push(`cold: Storybook's onboarding checklist is on (features.${flag})`);
  }
}

/** The CSS custom properties and the content properties (arrays, set as JSON) the manifest lists for `tag`. */
async function manifestControls(tag) {
  const manifest = JSON.parse(await readFile(join(REPO, 'custom-elements.json'), 'utf8'));
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tag);
  const content = (element?.members ?? [])
    .filter((member) => member.kind === 'field' && !member.attribute && /\[\]( \| undefined)?$/.test(member.type?.text))
    .map((member) => member.name);
  return { tokens: (element?.cssProperties ?? []).map((property) => property.name), content };
}

/** Each arg's control on the story shown: its type, or null when it has none. Runs in the page. */
function storyControls() {
  const argTypes = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.argTypes ?? {};
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      argType.control && !argType.control.disable ? (argType.control.type ?? null) : null,
    ])
  );
}

/** The checklist shown, as the control check reads it. Runs in the page. */
function checklistShown() {
  const checklist = document.querySelector('#storybook-root spasm-checklist');
  const base = checklist?.shadowRoot?.querySelector('[part~="base"]');
  return {
    total: checklist?.total,
    text: checklist?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
    surface: base ? getComputedStyle(base).backgroundColor : '',
    font: checklist ? getComputedStyle(checklist).fontFamily : '',
    bodyFont: getComputedStyle(document.body).fontFamily,
  };
}

/**
 * Controls a reader can try (issue 27 §5): on each widget's first story,
 * every CSS custom property the manifest lists has a control (a colour
 * picker for a colour) and so has its content (`steps`, `questions`, as
 * JSON). On the checklist, setting one of each as the Controls panel does
 * changes what renders: custom steps replace the default ones, and a surface
 * colour paints the card. The widgets take the preview's font, the system's,
 * not the browser's Times.
 */
async function checkControls(page, baseUrl, stories, problems) {
  for (const { tag } of WIDGETS) {
    // The first story of the widget's file: its docs page shows it with the controls.
    const story = stories.find((entry) => entry.importPath.endsWith(`/${tag}.stories.ts`));
    if (!story) {
      problems.push(`<${tag}>: no story`);
      continue;
    }
    await page.goto(`${baseUrl}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`, {
      waitUntil: 'load',
    });
    const state = await waitFor(page, storyRendered);
    if (state !== 'ok') {
      problems.push(`${story.id}: story did not render (${state})`);
      continue;
    }
    const controls = await page.evaluate(storyControls);
    const { tokens, content } = await manifestControls(tag);
    if (tokens.length === 0) problems.push(`<${tag}>: the manifest lists no CSS custom properties`);
    for (const token of tokens) {
      const expected = token.startsWith('--spasm-color-') ? 'color' : 'text';
      if (controls[token] !== expected)
        problems.push(`${story.id}: ${token} has ${controls[token] ?? 'no'} control, not ${expected}`);
    }
    for (const name of content) {
      if (controls[name] !== 'object')
        problems.push(`${story.id}: ${name} has ${controls[name] ?? 'no'} control, not object (JSON)`);
    }
    if (tag !== 'spasm-checklist') continue;
    if (!content.includes('steps')) problems.push(`<${tag}>: the manifest lists no steps property`);
    const shown = await page.evaluate(checklistShown);
    if (!shown.bodyFont.startsWith('system-ui'))
      problems.push(`the preview's font is ${shown.bodyFont}, not the system's`);
    if (shown.font !== shown.bodyFont) problems.push(`<${tag}> is in ${shown.font}, not the page's font`);
    const steps = [{ id: 'smoke', title: 'A step set in its control' }];
    const surface = 'rgb(18, 52, 86)';
    await page.evaluate(
      ({ storyId, updatedArgs }) =>
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs }),
      { storyId: story.id, updatedArgs: { steps, '--spasm-color-surface': '#123456' } }
    );
    const took = await page
      .waitForFunction(
        ({ title, surface }) => {
          const checklist = document.querySelector('#storybook-root spasm-checklist');
          const base = checklist?.shadowRoot?.querySelector('[part~="base"]');
          return (
            checklist?.total === 1 &&
            checklist.shadowRoot.textContent.includes(title) &&
            base &&
            getComputedStyle(base).backgroundColor === surface
          );
        },
        { title: steps[0].title, surface },
        { timeout: STATE_TIMEOUT_MS, polling: 50 }
      )
      .then(() => true)
      .catch(() => false);
    if (!took) {
      const after = await page.evaluate(checklistShown);
      problems.push(
        `${story.id}: the steps and --spasm-color-surface controls did not take effect (${after.total} steps, background ${after.surface})`
      );
    }
  }
}

/**
 * Opens one story or docs page; returns its problems (failures), console
 * warnings (reported, not failures) and, for a docs page, how many story
 * blocks it showed and how many of them have a named state.
 */
async function checkEntry(browser, baseUrl, entry, stories) {
  const problems = [];
  const warnings = new Set();
  // Stories tagged "forced-colors" are checked as Windows High Contrast shows them.
  const forced = entry.type === 'story' && entry.tags?.includes('forced-colors');
  const context = await browser.newContext(forced ? { forcedColors: 'active' } : {});
  await context.addInitScript({ content: `window.statePredicates = ${statePredicates};` });
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

    if (entry.type === 'docs') {
      const embedded = await checkDocsPage(page, baseUrl, entry, stories, problems);
      return { problems, warnings, embedded };
    }
    if (entry.type === 'docs-cold') await checkDocsCold(page, baseUrl, entry, problems);
    else if (entry.type === 'controls') await checkControls(page, baseUrl, stories, problems);
    else await checkStoryPage(page, baseUrl, entry, problems);
    return { problems, warnings };
  } finally {
    await context.close().catch(() => {});
  }
}

async function main() {
  requireBrowserVersions(['chromium']);
  checkStateNames();
  let stories = [];
  let docsPages = [];
  try {
    const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
    const entries = Object.values(index.entries ?? {});
    stories = entries.filter((entry) => entry.type === 'story');
    docsPages = entries.filter((entry) => entry.type === 'docs');
  } catch (error) {
    console.error(`Cannot read the built Storybook (run \`npm run storybook:build\` first): ${error.message}`);
  }
  if (stories.length === 0) {
    console.error(`No stories found in ${join(ROOT, 'index.json')}.`);
    console.log('0 passed, 0 failed');
    return 1;
  }

  // Story pages, then docs pages; each docs page again as a reader first opens it, in Storybook's whole UI; the controls.
  const entries = [
    ...stories,
    ...docsPages,
    ...docsPages.map((docs) => ({ ...docs, type: 'docs-cold', name: `${docs.name}, cold in Storybook's UI` })),
    { type: 'controls', title: 'Widgets', name: 'Controls for content and theme tokens', id: 'widgets-*' },
  ].filter((entry) => !process.env.SMOKE_ONLY || new RegExp(process.env.SMOKE_ONLY).test(`${entry.type} ${entry.id}`));
  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  const docsTotals = { pages: 0, blocks: 0, named: 0 };
  try {
    server = await serve({ routes: { '/': `${relative(REPO, ROOT)}/` } });
    const baseUrl = server.origin;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    // A few pages at a time, each in its own browser context (own localStorage); reported in index order.
    const results = new Array(entries.length);
    let reported = 0;
    let next = 0;
    const report = () => {
      while (reported < entries.length && results[reported]) {
        const { entry, problems, warnings, ms, embedded } = results[reported++];
        const what = entry.type === 'docs' ? `, ${embedded?.blocks ?? 0} story blocks` : '';
        const label = `${entry.title} › ${entry.name} (${entry.id}${what}, ${ms} ms)`;
        if (problems.length === 0) passed++;
        else failed++;
        if (entry.type === 'docs') {
          docsTotals.pages++;
          docsTotals.blocks += embedded?.blocks ?? 0;
          docsTotals.named += embedded?.named ?? 0;
        }
        console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${label}`);
        for (const problem of problems) console.log(`  - ${problem}`);
        for (const warning of warnings) console.log(`  ~ ${warning}`);
      }
    };
    const worker = async () => {
      while (next < entries.length) {
        const position = next++;
        const entry = entries[position];
        const started = Date.now();
        let result;
        try {
          result = await checkEntry(browser, baseUrl, entry, stories);
        } catch (error) {
          result = {
            problems: [`smoke test error: ${error instanceof Error ? error.message : String(error)}`],
            warnings: [],
          };
        }
        results[position] = { entry, ...result, ms: Date.now() - started };
        report();
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));
  } catch (error) {
    console.error(`smoke test aborted: ${error instanceof Error ? error.message : String(error)}`);
    failed = entries.length - passed;
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
  }
  const { pages, blocks, named } = docsTotals;
  console.log(`${pages} docs pages, with ${blocks} story blocks (${named} in a named state, checked)`);
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
