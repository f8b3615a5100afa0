/* global document, getComputedStyle, window -- used inside page.evaluate(), which runs in the browser */
// Server-rendered widgets in a browser without JavaScript (issue 26, §2), in Chromium (playwright-core,
// `javaScriptEnabled: false`) and Firefox ESR (puppeteer-core over BiDi, `javascript.enabled` off: BiDi has no
// command for it in ESR). Pages made from spasm-widgets/ssr (dist/: build first) in English and Arabic:
// - the checklist's emergency and advice-today signs visible, with tel: links; its steps each with a "how"
//   in a <details> that opens without a script; the timer's session length and safety line; the quiz's first
//   question and the line saying it needs JavaScript; no visible control that needs a script; axe clean;
// - the same page under `style-src 'self' 'sha256-…'` (the hashes styleSrc() prints): the styles apply and
//   the browser reports no violation; with a wrong hash they don't and it does (the check can fail).
//
//   node scripts/no-script.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, firefoxPath, requireBrowserVersions } from './browsers.mjs';
import { check, reportAndExit } from './checks.mjs';
import { serve } from './serve.mjs';

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

const pages = Object.fromEntries(await Promise.all(LANGUAGES.map(async (lang) => [lang, await articleIn(lang)])));
/** CSP reports the browsers sent, by the page that caused them. */
const reports = [];
const server = await serve({
  page(path, query) {
    if (path === '/csp-report') {
      reports.push(query.get('page'));
      return { body: '', type: 'text' };
    }
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

async function runIn(browserName, newPage) {
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
