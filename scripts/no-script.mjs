/* global document, getComputedStyle, MutationObserver, window -- used inside page.evaluate(), which runs in the browser */
// Server-rendered widgets in a browser without JavaScript (issue 26, §2), in Chromium (playwright-core,
// `javaScriptEnabled: false`) and Firefox ESR (puppeteer-core over BiDi, `javascript.enabled` off: BiDi has no
// command for it in ESR). Pages made from spasm-widgets/ssr (dist/: build first) in English and Arabic:
// - the checklist's emergency and advice-today signs visible, with tel: links; its steps each with a "how"
//   in a <details> that opens without a script; the timer's session length and safety line; the quiz's first
//   question and the line saying it needs JavaScript; no visible control that needs a script; axe clean;
// - the same page under `style-src 'self' 'sha256-…'` (the hashes styleSrc() prints): the styles apply and
//   the browser reports no violation; with a wrong hash they don't and it does (the check can fail);
// - a page with a site's own steps and questions (renderWidget's `content`): those show, not the defaults, a
//   hostile title as text, axe clean; then, with scripts on and the widgets' script added (no hydration
//   support), the first render shows the same content: the defaults never appear, nothing is warned.
//
//   node scripts/no-script.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, requireBrowserVersions } from './browsers.mjs';
import { check, reportAndExit } from './checks.mjs';
import { LIT_IMPORT_MAP, serve } from './serve.mjs';

requireBrowserVersions();
const { renderWidget, styleHashes } = await import('../dist/ssr/index.js');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const LANGUAGES = ['en-GB', 'ar'];
const ATTRIBUTES = { 'emergency-number': '112', 'urgent-number': '116117' };

/** A page with the three widgets, rendered in `lang`: an article as a site would serve it, without any script. */
async function articleIn(lang) {
  const widgets = [];
  for (const widget of ['checklist', 'timer', 'quiz'])
    widgets.push(await renderWidget(widget, { lang, ...ATTRIBUTES }));
  const body = `<!doctype html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Back spasm</title></head>
<body><main><h1>Back spasm</h1>
${widgets.join('\n')}
</main></body></html>`;
  return { body, hashes: styleHashes(body) };
}

/** A site's own content, with a title that tries to end its JSON child and open markup of its own. */
const OWN_STEPS = [
  {
    id: 'walk',
    title: 'Walk for five minutes',
    detail: 'Slowly, on flat ground, twice a day, as far as is comfortable.',
  },
  { id: 'nameless', title: '' },
  {
    id: 'rest',
    title: 'Lie down </script><script>document.title="broken"</script><!-- <b id="injected">a</b>',
    detail: 'On your side with a pillow between your knees, </SCRIPT> for a few minutes <!-- at a time.',
  },
];
const OWN_TITLES = [OWN_STEPS[0].title, OWN_STEPS[2].title];
const OWN_QUESTIONS = [
  {
    id: 'posture',
    type: 'true-false',
    prompt: 'Sitting up straight all day prevents every back spasm.',
    correct: ['false'],
    explanation: 'Moving often matters more than any one posture.',
  },
];
/** The article with the site's own steps and questions, rendered in English; `withScript` adds Lit's import map. */
async function ownContentArticle(withScript) {
  const warn = console.warn;
  console.warn = () => {}; // The bad step's warning, checked by test-ssr.mjs.
  const checklist = await renderWidget('checklist', { lang: 'en-GB', ...ATTRIBUTES }, { steps: OWN_STEPS });
  console.warn = warn;
  const quiz = await renderWidget('quiz', { lang: 'en-GB', ...ATTRIBUTES }, { questions: OWN_QUESTIONS });
  const head = withScript ? `<script type="importmap">${LIT_IMPORT_MAP}</script>` : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Back spasm</title>${head}</head>
<body><main><h1>Back spasm</h1>
${checklist}
${quiz}
</main></body></html>`;
}
const ownContentPages = {
  '/own-content': await ownContentArticle(false),
  '/own-content-script': await ownContentArticle(true),
};
const pages = Object.fromEntries(await Promise.all(LANGUAGES.map(async (lang) => [lang, await articleIn(lang)])));
/** The default steps' titles and first question, from the English page: a page with its own content never shows them. */
const englishPage = pages['en-GB'].body.replace(/<!--[^>]*-->/g, '');
const DEFAULT_TEXTS = [
  ...[...englishPage.matchAll(/<li part="step">\s*<label>\s*<input[^>]*>\s*([^<]*?)\s*<\/label>/g)].map(
    ([, title]) => title
  ),
  /<legend>[\s\S]*?<\/span>\s*([^<]*?)\s*<\/legend>/.exec(englishPage)?.[1],
];

/** CSP reports the browsers sent, by the page that caused them. */
const reports = [];
const server = await serve({
  page(path, query) {
    if (path === '/csp-report') {
      reports.push(query.get('page'));
      return { body: '', type: 'text' };
    }
    if (ownContentPages[path]) return { body: ownContentPages[path] };
    const lang = path.slice(1);
    if (!pages[lang]) return undefined;
    const { body, hashes } = pages[lang];
    const csp = query.get('csp');
    if (!csp) return { body };
    const sources = csp === 'hashes' ? hashes.join(' ') : "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='";
    const report = `/csp-report?page=${lang}-${csp}`;
    return {
      body,
      headers: {
        'content-security-policy': `default-src 'self'; style-src 'self' ${sources}; report-uri ${report}`,
      },
    };
  },
});

/** What the page shows, read in the browser (evaluate runs with the page's scripts off). */
function inspect() {
  const shown = (element) => !!element && element.getClientRects().length > 0;
  const root = (tag) => document.querySelector(tag)?.shadowRoot;
  const checklist = root('spasm-checklist');
  const timer = root('spasm-timer');
  const quiz = root('spasm-quiz');
  const flags = checklist?.querySelector('[part~="red-flags"]');
  const telLinks = (scope) =>
    [...(scope?.querySelectorAll('a[href^="tel:"]') ?? [])].filter(shown).map((a) => a.getAttribute('href'));
  const roots = [checklist, timer, quiz].filter(Boolean);
  const controls = roots.flatMap((scope) =>
    [...scope.querySelectorAll('button, input:not([type="checkbox"]), select, textarea')]
      .filter(shown)
      .map((control) => `${scope.host.localName} ${control.localName}: ${control.textContent.trim().slice(0, 30)}`)
  );
  return {
    roots: roots.length,
    flagsShown: shown(flags),
    signLists: [...(flags?.querySelectorAll('ul') ?? [])].filter(shown).map((list) => list.children.length),
    flagLinks: telLinks(flags),
    steps: checklist?.querySelectorAll('[part="step"]').length ?? 0,
    hows: [...(checklist?.querySelectorAll('details[part="detail"] > p') ?? [])].map(
      (p) => p.textContent.trim().length
    ),
    time: shown(timer?.querySelector('[part="time"]')) ? timer.querySelector('[part="time"]').textContent.trim() : '',
    safety: shown(timer?.querySelector('[part="safety"]'))
      ? timer.querySelector('[part="safety"]').textContent.trim()
      : '',
    question: shown(quiz?.querySelector('legend')) ? quiz.querySelector('legend').textContent.trim() : '',
    needsScript: shown(quiz?.querySelector('.no-script')) ? quiz.querySelector('.no-script').textContent.trim() : '',
    footerLinks: roots.map((scope) => telLinks(scope.querySelector('[part="footer"]')).length),
    controls,
    styled: roots.map((scope) => getComputedStyle(scope.querySelector('[part="base"]')).display),
    minHeights: roots.map((scope) => getComputedStyle(scope.host).minHeight),
  };
}

/** The first step's "how", opened by a click as a reader would: its text shown. */
async function openFirstHow(page) {
  const at = await page.evaluate(() => {
    const summary = document
      .querySelector('spasm-checklist')
      .shadowRoot.querySelector('details[part="detail"] summary');
    summary.scrollIntoView({ block: 'center' });
    const box = summary.getBoundingClientRect();
    return { x: box.x + 10, y: box.y + box.height / 2 };
  });
  await page.mouse.click(at.x, at.y);
  return page.evaluate(() => {
    const details = document.querySelector('spasm-checklist').shadowRoot.querySelector('details[part="detail"]');
    return details.open && details.querySelector('p').getClientRects().length > 0;
  });
}

async function axeViolations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      ({ id, nodes }) => `${id}: ${nodes.map(({ target }) => target.join(' ')).join(', ')}`
    );
  });
}

/** What the page with a site's own content shows of it, read in the browser. */
function inspectOwnContent() {
  const checklist = document.querySelector('spasm-checklist').shadowRoot;
  const quiz = document.querySelector('spasm-quiz').shadowRoot;
  const shown = (element) => !!element && element.getClientRects().length > 0;
  return {
    titles: [...checklist.querySelectorAll('[part="step"] label')]
      .filter(shown)
      .map((label) => label.textContent.trim()),
    hows: [...checklist.querySelectorAll('details[part="detail"] > p')].map((p) => p.textContent.trim()),
    question: quiz.querySelector('legend')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    sections: [checklist, quiz].map((root) => root.querySelectorAll('section').length),
    // Markup a title or "how" might have smuggled in: every script of the page is one of the two JSON children.
    scripts: [...document.querySelectorAll('script:not([type="importmap"])')].map(
      (script) => `${script.parentElement.localName} ${script.type}`
    ),
    injected: !!document.getElementById('injected') || document.title !== 'Back spasm',
    pageText: document.body.innerText + checklist.textContent + quiz.textContent,
  };
}

/** The page with a site's own steps and questions: without JavaScript, then with the widgets' script (no hydration support). */
async function ownContentIn(browserName, newPage) {
  const what = `${browserName}, a site's own content`;
  const page = await newPage();
  await page.goto(`${server.origin}/own-content`);
  const seen = await page.evaluate(inspectOwnContent);
  check(
    `${what}, without JavaScript: the site's steps, in order`,
    JSON.stringify(seen.titles) === JSON.stringify(OWN_TITLES),
    seen.titles
  );
  check(
    `${what}, without JavaScript: each step's own "how"`,
    JSON.stringify(seen.hows) === JSON.stringify([OWN_STEPS[0].detail, OWN_STEPS[2].detail]),
    seen.hows
  );
  check(
    `${what}, without JavaScript: the quiz's own first question`,
    seen.question.includes(OWN_QUESTIONS[0].prompt),
    seen.question
  );
  check(
    `${what}, without JavaScript: no default step or question shown`,
    DEFAULT_TEXTS.length === 7 && DEFAULT_TEXTS.every((text) => text && !seen.pageText.includes(text)),
    DEFAULT_TEXTS.filter((text) => seen.pageText.includes(text))
  );
  check(
    `${what}, without JavaScript: the hostile title is text; the only scripts are the two JSON children`,
    !seen.injected &&
      JSON.stringify(seen.scripts) ===
        JSON.stringify(['spasm-checklist application/json', 'spasm-quiz application/json']),
    seen
  );
  await page.close();
  const withAxe = await newPage(true);
  await withAxe.goto(`${server.origin}/own-content`);
  const violations = await axeViolations(withAxe);
  check(`${what}, without JavaScript: axe finds nothing`, violations.length === 0, violations.join('\n'));
  await withAxe.close();

  // With scripts: the widgets' script arrives after the page, without Lit's hydration support.
  const scripted = await newPage(true);
  const warnings = [];
  scripted.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning' || message.type() === 'error')
      warnings.push(message.text());
  });
  await scripted.goto(`${server.origin}/own-content-script`);
  await scripted.evaluate(() => {
    // Every text the widgets' roots show from now on, to catch a flash of the defaults.
    window.shownTexts = [];
    for (const tag of ['spasm-checklist', 'spasm-quiz']) {
      new MutationObserver((records) => {
        for (const record of records) {
          window.shownTexts.push(record.type === 'characterData' ? record.target.data : '');
          for (const node of record.addedNodes) window.shownTexts.push(node.textContent);
        }
      }).observe(document.querySelector(tag).shadowRoot, { childList: true, subtree: true, characterData: true });
    }
  });
  await scripted.addScriptTag({ type: 'module', content: "import '/dist/define.js';" });
  await scripted.waitForFunction(() =>
    ['spasm-checklist', 'spasm-quiz'].every(
      (tag) => window.customElements.get(tag) && document.querySelector(tag).hasUpdated
    )
  );
  const after = await scripted.evaluate(inspectOwnContent);
  const shownTexts = await scripted.evaluate(() => window.shownTexts.join('\n'));
  check(
    `${what}, once its script ran: the site's steps`,
    JSON.stringify(after.titles) === JSON.stringify(OWN_TITLES),
    after.titles
  );
  check(
    `${what}, once its script ran: the quiz's own first question`,
    after.question.includes(OWN_QUESTIONS[0].prompt),
    after.question
  );
  check(
    `${what}, once its script ran: one copy of each widget`,
    after.sections.every((n) => n === 1),
    after.sections
  );
  check(
    `${what}, once its script ran: the first render was the site's content, never the defaults`,
    shownTexts.includes(OWN_TITLES[0]) && DEFAULT_TEXTS.every((text) => !shownTexts.includes(text)),
    DEFAULT_TEXTS.filter((text) => shownTexts.includes(text))
  );
  check(
    `${what}, once its script ran: no warning (the content was checked on the server)`,
    warnings.length === 0,
    warnings
  );
  await scripted.close();
}

async function runIn(browserName, newPage) {
  await ownContentIn(browserName, newPage);
  for (const lang of LANGUAGES) {
    const what = `${browserName}, ${lang}, without JavaScript`;
    const page = await newPage();
    page.on('error', (error) => console.error(`${what}: the page crashed`, error));
    await page.goto(`${server.origin}/${lang}`);
    const seen = await page.evaluate(inspect);
    check(`${what}: three declarative shadow roots`, seen.roots === 3, seen.roots);
    check(
      `${what}: the script never ran (widgets not defined)`,
      await page.evaluate(() => !window.customElements.get('spasm-checklist')),
      ''
    );
    check(`${what}: the checklist's red-flag check is shown`, seen.flagsShown, '');
    check(
      `${what}: both lists of signs shown (emergency, advice today)`,
      seen.signLists.length === 2 && seen.signLists.every((n) => n >= 5),
      seen.signLists
    );
    check(
      `${what}: the emergency and advice numbers as tel: links there`,
      seen.flagLinks.includes('tel:112') && seen.flagLinks.includes('tel:116117'),
      seen.flagLinks
    );
    check(
      `${what}: every step has its "how" (6 steps)`,
      seen.steps === 6 && seen.hows.length === 6 && seen.hows.every((n) => n > 40),
      seen.hows
    );
    check(`${what}: a step's "how" opens without a script`, await openFirstHow(page), '');
    check(`${what}: the timer's session length`, /15|١٥/.test(seen.time), seen.time);
    check(`${what}: the timer's safety line`, seen.safety.length > 60, seen.safety);
    check(`${what}: the quiz's first question`, seen.question.length > 20, seen.question);
    check(
      `${what}: the line saying the quiz needs JavaScript`,
      seen.needsScript.includes('JavaScript'),
      seen.needsScript
    );
    check(
      `${what}: the timer's and quiz's footers name the emergency number`,
      seen.footerLinks.slice(1).every((n) => n >= 1),
      seen.footerLinks
    );
    check(`${what}: no control that needs a script is shown`, seen.controls.length === 0, seen.controls.join('; '));
    check(
      `${what}: no widget holds a screen's height`,
      seen.minHeights.every((h) => h === '0px' || h === 'auto'),
      seen.minHeights
    );
    await page.close();
    // axe is a script: run in a page that allows scripts, the same page (it has none, so its widgets stay undefined).
    const withAxe = await newPage(true);
    await withAxe.goto(`${server.origin}/${lang}`);
    const defined = await withAxe.evaluate(() => !!window.customElements.get('spasm-checklist'));
    const violations = await axeViolations(withAxe);
    check(`${what}: axe finds nothing`, !defined && violations.length === 0, violations.join('\n'));
    await withAxe.close();

    for (const csp of ['hashes', 'wrong']) {
      const strict = await newPage();
      await strict.goto(`${server.origin}/${lang}?csp=${csp}`);
      const { styled } = await strict.evaluate(inspect);
      // Reports are sent after the page: give them a moment.
      await new Promise((done) => setTimeout(done, 1000));
      const reported = reports.filter((page) => page === `${lang}-${csp}`).length;
      if (csp === 'hashes') {
        check(
          `${what}, style-src with the printed hashes: every widget styled`,
          styled.every((d) => d === 'grid'),
          styled
        );
        check(`${what}, style-src with the printed hashes: no CSP violation`, reported === 0, `${reported} reports`);
      } else {
        check(
          `${what}, style-src with a wrong hash (control): styles refused`,
          styled.every((d) => d !== 'grid'),
          styled
        );
        check(
          `${what}, style-src with a wrong hash (control): violations reported`,
          reported > 0,
          `${reported} reports`
        );
      }
      await strict.close();
    }
  }
}

try {
  const chromiumBrowser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const noScript = await chromiumBrowser.newContext({ javaScriptEnabled: false });
  const withScript = await chromiumBrowser.newContext();
  try {
    await runIn('Chromium', (scripts = false) => (scripts ? withScript : noScript).newPage());
  } finally {
    await chromiumBrowser.close();
  }
  // BiDi in Firefox ESR has no command to turn scripts off for one page: its preference, in a browser of its own.
  const launchFirefox = (scripts) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: { 'javascript.enabled': scripts },
    });
  const [firefox, firefoxWithScript] = await Promise.all([launchFirefox(false), launchFirefox(true)]);
  try {
    await runIn('Firefox', (scripts = false) => (scripts ? firefoxWithScript : firefox).newPage());
  } finally {
    await Promise.all([firefox.close(), firefoxWithScript.close()]);
  }
} finally {
  await server.stop();
}
reportAndExit('Without JavaScript');
