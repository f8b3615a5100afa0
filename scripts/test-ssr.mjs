// Server rendering in Node (issue 26), on the built package (dist/: run `npx tsc -p tsconfig.build.json`
// or `npm run build` first). Each check prints what it checks; any failure exits 1.
//  1. Importing every entry point, in a fresh Node, never throws and registers nothing (with and without
//     the `browser` condition; with it Lit's browser build needs Lit's global DOM shim, as any Lit element).
//  2. `spasm-widgets/ssr` renders each widget in several languages to declarative shadow DOM with the
//     warning signs of both tiers, the number and its tel: link, the footer's disclaimer and sources.
//  3. The CLI prints a snippet and the CSP hashes its styles need.
//  4. A site's own content (`renderWidget(widget, attributes, { steps })`, `--content`): the server HTML shows
//     the site's steps with their "how" and the quiz's own first question, not the defaults; bad items are
//     dropped with one warning, as in a browser; the valid content goes to the client as the widget's JSON
//     child, escaped so that a hostile title cannot end the script.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/ssr/index.js`)) {
  console.error('dist/ssr/index.js is missing: build first (npx tsc -p tsconfig.build.json).');
  process.exit(1);
}

let failures = 0;
function check(what, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `\n     ${detail}`}`);
  if (!ok) failures++;
}

// 1. Imports.
const ENTRIES = ['spasm-widgets', 'spasm-widgets/timer', 'spasm-widgets/checklist', 'spasm-widgets/quiz'];
const DEFINE_ENTRIES = ['spasm-widgets/define', 'spasm-widgets/timer/define', 'spasm-widgets/checklist/define'];
const ALL = [...ENTRIES, ...DEFINE_ENTRIES, 'spasm-widgets/quiz/define', 'spasm-widgets/react', 'spasm-widgets/ssr'];
/** Imports `entry` in a new Node process; prints the tags registered, or the error. */
function importIn(entry, conditions = []) {
  const shim = conditions.includes('browser') ? "await import('@lit-labs/ssr/lib/install-global-dom-shim.js');" : '';
  const code = `${shim}
    const errors = [];
    const log = console.error;
    console.error = (...args) => { errors.push(args.join(' ')); log(...args); };
    await import(${JSON.stringify(entry)});
    const tags = ['spasm-checklist', 'spasm-timer', 'spasm-quiz'].filter((tag) => globalThis.customElements?.get(tag));
    console.log(JSON.stringify({ tags, errors }));`;
  try {
    const out = execFileSync(
      process.execPath,
      [...conditions.map((c) => `--conditions=${c}`), '--input-type=module', '-e', code],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
    );
    return JSON.parse(out.trim().split('\n').at(-1));
  } catch (error) {
    return { thrown: (error.stderr || error.message).trim().split('\n').slice(0, 6).join(' | ') };
  }
}
for (const conditions of [[], ['browser']]) {
  const how = conditions.length ? ' (browser condition, Lit DOM shim)' : '';
  for (const entry of ALL) {
    const result = importIn(entry, conditions);
    check(`import ${entry}${how} does not throw`, !result.thrown, result.thrown);
    if (result.thrown) continue;
    const expected = entry.endsWith('/define') ? 'its widgets' : 'nothing';
    const registersOnlyAsked = entry.endsWith('/define') || entry === 'spasm-widgets/react' || result.tags.length === 0;
    check(`import ${entry}${how} registers ${expected}`, registersOnlyAsked, `registered ${result.tags}`);
    check(`import ${entry}${how} logs no error`, result.errors.length === 0, result.errors.join(' | '));
  }
}

// 2. Rendering.
const { prepare, registerTranslation, renderWidget, styleHashes, styleSrc } = await import('spasm-widgets/ssr');
const errors = [];
const { error: logError, warn: logWarn } = console;
console.error = (...args) => errors.push(args.join(' '));
console.warn = (...args) => errors.push(args.join(' '));

/** What each language must show: its emergency and advice-today headings, the number, a sentence of the footer. */
const EXPECTED = {
  en: { emergency: 'Emergency:', urgent: 'Urgent:', disclaimer: 'doctor&#39;s advice', stepHow: 'How to do it' },
  es: { emergency: 'Emergencia:', urgent: 'Urgente:', disclaimer: 'consejo', stepHow: 'Cómo hacerlo' },
  ar: { emergency: 'طوارئ', urgent: 'عاجل', disclaimer: 'الطبيب', stepHow: null },
  ja: { emergency: '緊急：', urgent: '今日中に受診：', disclaimer: '医師の助言', stepHow: null },
};
await prepare(Object.keys(EXPECTED));
const text = (markup) => markup.replace(/<!--[^>]*-->|<\?>/g, '');
const stylesOf = (markup) => [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
for (const [lang, expected] of Object.entries(EXPECTED)) {
  for (const widget of ['checklist', 'timer', 'quiz']) {
    const markup = await renderWidget(widget, { lang, 'emergency-number': '112', 'urgent-number': '116 117' });
    const page = text(markup);
    const what = `${widget} in ${lang}`;
    check(
      `${what}: declarative shadow root`,
      /^<spasm-[a-z]+ [^>]*><template shadowroot="open" shadowrootmode="open">/.test(markup),
      markup.slice(0, 120)
    );
    check(`${what}: in its language (lang="${lang}")`, page.includes(`lang="${lang}"`), '');
    check(`${what}: the emergency signs`, page.includes(expected.emergency), 'no emergency tier');
    check(`${what}: the advice-today signs`, page.includes(expected.urgent), 'no urgent tier');
    check(
      `${what}: the emergency number as a tel: link`,
      page.includes('<a href="tel:112">112</a>'),
      'no tel:112 link'
    );
    check(
      `${what}: the advice line as a tel: link`,
      page.includes('href="tel:116117"') || page.includes('href="tel:116 117"'),
      'no tel:116117 link'
    );
    check(`${what}: the disclaimer`, page.includes(expected.disclaimer), `no "${expected.disclaimer}"`);
    check(
      `${what}: the sources, open without a script`,
      /<details part="sources"[^>]*>[\s\S]*nhs\.uk/.test(page),
      'sources panel empty'
    );
    const hashes = styleHashes(markup);
    const computed = stylesOf(markup).map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    check(
      `${what}: style hashes match its <style>`,
      hashes.length > 0 && computed.every((h) => hashes.includes(h)),
      hashes.join(' ')
    );
    check(`${what}: CSP directive`, styleSrc(markup).startsWith("style-src 'self' 'sha256-"), styleSrc(markup));
    if (widget === 'checklist') {
      check(`${what}: the red-flag question`, page.includes('id="red-flags-question"'), '');
      const details = [...page.matchAll(/<details part="detail"[^>]*>[\s\S]*?<p>([\s\S]*?)<\/p>/g)].map(([, how]) =>
        how.trim()
      );
      check(
        `${what}: every step's "how" in a <details>`,
        details.length >= 6 && details.every((how) => how.length > 40),
        details.join(' / ').slice(0, 200)
      );
      if (expected.stepHow) check(`${what}: "${expected.stepHow}"`, page.includes(expected.stepHow), '');
      check(`${what}: no checkbox checked`, !/type="checkbox"[^>]*checked/.test(page), 'a checkbox is checked');
    }
    if (widget === 'timer') {
      check(`${what}: the safety line`, page.includes('part="safety"'), '');
      check(`${what}: the session length`, page.includes('15:00') || page.includes('١٥:٠٠'), '');
      check(`${what}: one therapy checked`, (page.match(/type="radio"[^>]*checked/g) ?? []).length === 1, '');
    }
    if (widget === 'quiz') {
      check(`${what}: the first question`, /<legend>[\s\S]*\S[\s\S]*<\/legend>/.test(page), '');
      check(
        `${what}: the line that it needs JavaScript`,
        /class="note no-script">\S/.test(page.replace(/>\s+/g, '>')),
        ''
      );
      check(`${what}: no option checked`, !/type="radio"[^>]*checked/.test(page), '');
    }
  }
}
check('no warnings or errors while rendering prepared languages', errors.length === 0, errors.join(' | '));
errors.length = 0;
const unprepared = await renderWidget('checklist', { lang: 'de' });
check(
  'a language rendered without prepare() first is prepared by renderWidget',
  text(unprepared).includes('lang="de"'),
  ''
);
const inherits = await renderWidget('timer', { lang: 'en-GB' });
check(
  "en-GB: the table's numbers for its region (999, NHS 111)",
  inherits.includes('tel:999') && inherits.includes('NHS 111'),
  ''
);
// A language a site registers (registerTranslation), rendered on the server: its own words, English for the rest.
await registerTranslation('ms', { 'quiz.title': 'Kuiz sakit belakang', 'checklist.title': 'Pertolongan cemas' });
const [registeredQuiz, registeredChecklist] = await Promise.all([
  renderWidget('quiz', { lang: 'ms' }),
  renderWidget('checklist', { lang: 'ms' }),
]);
check(
  'a registered language (ms) renders its own titles on the server, the quiz and the checklist',
  text(registeredQuiz).includes('Kuiz sakit belakang') && text(registeredChecklist).includes('Pertolongan cemas'),
  text(registeredQuiz).slice(0, 300)
);
console.error = logError;
console.warn = logWarn;

// 3. The CLI.
const cli = (...args) =>
  execFileSync(process.execPath, ['bin/spasm-widgets.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const snippet = cli('render', 'checklist', '--lang', 'es-ES', '--emergency-number', '112');
check(
  'CLI: render checklist --lang es-ES --emergency-number 112 prints the widget',
  /<spasm-checklist\s+lang="es-ES" emergency-number="112">/.test(snippet) && snippet.includes('tel:112'),
  snippet.slice(0, 200)
);
check('CLI: the snippet names the CSP its styles need', /style-src 'self' 'sha256-[^']+'/.test(snippet), '');
let refused = '';
try {
  cli('render', 'calendar');
} catch (error) {
  refused = error.stderr;
}
check('CLI: an unknown widget is refused with the list', refused.includes('checklist, timer, quiz'), refused);

// 4. A site's own content.
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));
/** A title that tries to end the JSON child and open markup of its own. */
const HOSTILE = 'Rest </script><script>alert(1)</script><!-- <b>bold</b>';
const OWN_STEPS = [
  { id: 'walk', title: 'Walk for five minutes', detail: 'Slowly, on flat ground, twice a day.' },
  { id: 'nameless', title: '   ' },
  { id: 'rest', title: HOSTILE, detail: 'Lie on your side </SCRIPT > with a pillow <!-- between your knees.' },
];
const VALID_STEPS = [OWN_STEPS[0], OWN_STEPS[2]];
const OWN_QUESTIONS = [
  {
    id: 'posture',
    type: 'true-false',
    prompt: 'Sitting up straight all day prevents every back spasm.',
    correct: ['false'],
    explanation: 'Moving often matters more than one posture.',
  },
];
/** The text of each step's label, of each "how", and of the quiz's first legend, as a browser shows them. */
const unescape = (value) =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const stepTitles = (markup) =>
  [...text(markup).matchAll(/<li part="step">\s*<label>\s*<input[^>]*>\s*([\s\S]*?)\s*<\/label>/g)].map(([, t]) =>
    unescape(t.trim())
  );
const stepHows = (markup) =>
  [...text(markup).matchAll(/<details part="detail"[^>]*>[\s\S]*?<p>([\s\S]*?)<\/p>/g)].map(([, how]) =>
    unescape(how.trim())
  );
/** The JSON child: the text from its start tag to the first `</script` after it, which is where a browser ends it. */
function jsonChildOf(markup, tag) {
  const at = markup.indexOf('</template><script type="application/json">');
  if (at < 0) return undefined;
  const start = at + '</template><script type="application/json">'.length;
  const end = markup.toLowerCase().indexOf('</script', start);
  return { source: markup.slice(start, end), rest: markup.slice(end), tag };
}
/** What a render gives, or what it threw. */
const orThrown = (rendering) => rendering.catch((error) => `threw ${error.message}`);
const parsed = (source) => {
  try {
    return JSON.parse(source);
  } catch {
    return undefined;
  }
};

const defaultChecklist = await renderWidget('checklist', { lang: 'en' });
const defaultTitles = stepTitles(defaultChecklist);
check('own content: the default checklist has its 6 steps (the control)', defaultTitles.length === 6, defaultTitles);
check(
  'own content: the default checklist has no JSON child',
  !defaultChecklist.includes('application/json'),
  defaultChecklist.slice(-200)
);
warnings.length = 0;
const ownChecklist = await orThrown(
  renderWidget('checklist', { lang: 'en', 'emergency-number': '112' }, { steps: OWN_STEPS })
);
const ownTitles = stepTitles(ownChecklist);
check(
  "own content: the checklist's HTML shows the site's steps, in order",
  JSON.stringify(ownTitles) === JSON.stringify(VALID_STEPS.map(({ title }) => title)),
  ownTitles
);
check(
  'own content: each step\'s "how" is the site\'s, in a <details>',
  JSON.stringify(stepHows(ownChecklist)) === JSON.stringify(VALID_STEPS.map(({ detail }) => detail)),
  stepHows(ownChecklist)
);
check(
  'own content: none of the default steps is in the HTML',
  defaultTitles.length > 0 && defaultTitles.every((title) => !unescape(ownChecklist).includes(title)),
  defaultTitles.filter((title) => unescape(ownChecklist).includes(title))
);
check(
  "own content: the sources panel says the content is the site's",
  /<details part="sources"[\s\S]*(this site|the site)/i.test(text(ownChecklist)),
  ''
);
check(
  'own content: the bad step is dropped with one warning naming it',
  warnings.length === 1 &&
    /^<spasm-checklist> steps=.*step "nameless" has an empty title; using the valid steps\.$/.test(warnings[0]),
  warnings
);
const child = jsonChildOf(ownChecklist, 'spasm-checklist');
check('own content: the steps go to the client as the JSON child', child !== undefined, ownChecklist.slice(-300));
check(
  'own content: the JSON child holds the valid steps, whole, up to the first </script',
  JSON.stringify(parsed(child?.source)) === JSON.stringify({ steps: VALID_STEPS }),
  child?.source
);
check(
  'own content: the JSON child has no "<" (no </script, no <!--)',
  child !== undefined && !child.source.includes('<'),
  child?.source
);
check(
  'own content: the JSON child is the last thing in the element',
  child !== undefined && child.rest === '</script></spasm-checklist>',
  child?.rest
);
check(
  'own content: the hostile title is text in the shadow root, never markup',
  ownChecklist.includes('Rest &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &lt;b&gt;bold&lt;/b&gt;') &&
    !ownChecklist.includes('<b>bold'),
  ''
);

warnings.length = 0;
const ownQuiz = await orThrown(renderWidget('quiz', { lang: 'en' }, { questions: OWN_QUESTIONS }));
const defaultQuiz = await renderWidget('quiz', { lang: 'en' });
const legendOf = (markup) =>
  unescape(text(/<legend>([\s\S]*?)<\/legend>/.exec(markup)?.[1] ?? '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
/** The default first question, without its "Question 1 of 8". */
const defaultPrompt = legendOf(defaultQuiz)
  .replace(/^\s*Question 1 of \d+/, '')
  .trim();
check(
  "own content: the quiz's first question is the site's",
  legendOf(ownQuiz).includes(OWN_QUESTIONS[0].prompt),
  legendOf(ownQuiz)
);
check(
  "own content: the quiz's default first question is not in its HTML",
  defaultPrompt.length > 20 && !unescape(ownQuiz).includes(defaultPrompt),
  [legendOf(defaultQuiz), legendOf(ownQuiz)]
);
const quizChild = jsonChildOf(ownQuiz, 'spasm-quiz');
check(
  'own content: the questions go to the client as the JSON child, checked',
  parsed(quizChild?.source)?.questions?.[0]?.prompt === OWN_QUESTIONS[0].prompt &&
    quizChild?.rest === '</script></spasm-quiz>',
  quizChild?.source
);
check('own content: valid questions give no warning', warnings.length === 0, warnings);

warnings.length = 0;
const allBad = await orThrown(renderWidget('checklist', { lang: 'en' }, { steps: [{ id: 'x' }] }));
check(
  'own content: no valid step left: the default steps, one warning, no JSON child',
  JSON.stringify(stepTitles(allBad)) === JSON.stringify(defaultTitles) &&
    warnings.length === 1 &&
    warnings[0].includes('using the default steps') &&
    !allBad.includes('application/json'),
  [stepTitles(allBad).length, warnings]
);
let refusedContent = '';
try {
  await renderWidget('timer', {}, { steps: OWN_STEPS });
} catch (error) {
  refusedContent = error.message;
}
check(
  'own content: the timer, which has none, refuses it',
  /timer/.test(refusedContent) && /content/.test(refusedContent),
  refusedContent
);
console.warn = logWarn;

const stepsFile = join(mkdtempSync(join(tmpdir(), 'spasm-content-')), 'steps.json');
writeFileSync(stepsFile, JSON.stringify({ steps: OWN_STEPS }));
const run = spawnSync(process.execPath, ['bin/spasm-widgets.mjs', 'render', 'checklist', '--content', stepsFile], {
  cwd: root,
  encoding: 'utf8',
});
const { stdout: cliOwn, stderr: cliWarned } = run;
check(
  "CLI: render checklist --content steps.json prints the site's steps and their JSON child",
  JSON.stringify(stepTitles(cliOwn)) === JSON.stringify(VALID_STEPS.map(({ title }) => title)) &&
    JSON.stringify(parsed(jsonChildOf(cliOwn)?.source)) === JSON.stringify({ steps: VALID_STEPS }),
  cliOwn.slice(0, 300)
);
check("CLI: the bad step's warning goes to stderr", /step "nameless" has an empty title/.test(cliWarned), cliWarned);
let refusedFile = '';
try {
  cli('render', 'checklist', '--content', `${stepsFile}.missing`);
} catch (error) {
  refusedFile = error.stderr;
}
check(
  'CLI: a --content file that cannot be read is refused, naming it',
  refusedFile.includes('steps.json.missing'),
  refusedFile
);

console.log(failures ? `\n${failures} check(s) failed.` : '\nServer rendering: every check passed.');
process.exit(failures ? 1 : 0);
