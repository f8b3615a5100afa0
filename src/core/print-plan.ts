/**
 * "Print my plan": one clean page for the patient from every widget on the
 * page (checklist ticks, today's sessions and the next, the quiz score and
 * what to remember), the warning signs with the numbers, the date and the
 * general-information line. Rarely used, so its own module, loaded on the
 * first print.
 *
 * The plan is a body-level element shown only in print; a document-level
 * stylesheet (adopted, so strict CSP allows it) hides the rest of the page
 * while printing. Both go away after printing.
 */
import { css, html, render, type TemplateResult } from 'lit';
import { timeNow } from './clock.js';
import type { HelpNumbers } from './emergency-numbers.js';
import { addMessageGroup, inLocale, isRightToLeft, msg, str } from './localization.js';
import type { PlanPart } from './plan.js';
import { disclaimer, emergencyTier, urgentSummary, urgentTier, warningSignsTitle } from './safety.js';
import { loaders } from '../generated/locale-loaders-plan.js';
import { WIDGET_SELECTOR } from '../widgets.js';

/** A widget that can give its part: every spasm widget. */
export interface PlanSource extends Element {
  planPart(): PlanPart | undefined;
}

const PAGE_RULES = `
  @media screen { .spasm-print-plan { display: none !important; } }
  @media print {
    @page { margin: 12mm; }
    body > :not(.spasm-print-plan) { display: none !important; }
  }`;

const planStyles = css`
  :host {
    display: block;
    font:
      9.5pt/1.3 system-ui,
      sans-serif;
    color: #000;
  }
  h1 {
    font-size: 15pt;
    margin: 0 0 2mm;
  }
  h2 {
    font-size: 11.5pt;
    margin: 3mm 0 1mm;
  }
  p,
  ul {
    margin: 0 0 1mm;
  }
  ul {
    padding-inline-start: 5mm;
  }
  section,
  li {
    break-inside: avoid;
  }
  .urgent {
    border: 2px solid #000;
    padding: 2mm 3mm;
    margin-block-start: 3mm;
  }
  /* Both tiers in full (18 signs) still fit the one page with the rest: each list in two columns. */
  .urgent ul {
    columns: 2;
    column-gap: 6mm;
  }
  .urgent .icon {
    inline-size: 1em;
    block-size: 1em;
    vertical-align: -0.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .done {
    font-weight: 700;
  }
  a {
    color: inherit;
    font-weight: 700;
    text-decoration: none;
  }
`;

let pageSheet: CSSStyleSheet | undefined;

/** Builds the plan in `from`'s language and numbers, and prints it. */
export async function printPlan(from: PlanSource, locale: string, numbers: HelpNumbers): Promise<void> {
  // The plan's own messages load with it, not with every page's shared chunk; without them it is English.
  await addMessageGroup('plan', loaders, locale);
  const widgets = [...document.querySelectorAll<PlanSource>(WIDGET_SELECTOR)];
  if (!widgets.includes(from)) widgets.unshift(from);
  const parts = widgets.flatMap((widget) => widget.planPart?.() ?? []);

  document.querySelector('.spasm-print-plan')?.remove();
  const plan = document.createElement('div');
  plan.className = 'spasm-print-plan';
  plan.lang = locale;
  plan.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
  const root = plan.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [planStyles.styleSheet!];
  render(
    inLocale(locale, () => planTemplate(parts, locale, numbers)),
    root
  );
  document.body.append(plan);

  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(PAGE_RULES);
  }
  const sheet = pageSheet;
  if (!document.adoptedStyleSheets.includes(sheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.addEventListener(
    'afterprint',
    () => {
      plan.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
    { once: true }
  );
  window.print();
}

function planTemplate(parts: PlanPart[], locale: string, numbers: HelpNumbers): TemplateResult {
  const today = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(timeNow());
  const done = msg('done', {
    id: 'plan.done',
    desc: 'After a ticked step in the printed plan, e.g. "Cool it first: done". One word.',
  });
  return html`
    <h1>${msg('My back spasm plan', { id: 'plan.title', desc: 'Heading of the printed take-home plan.' })}</h1>
    <p>
      ${msg(str`Printed on ${today}`, { id: 'plan.date', desc: 'Under the heading of the printed plan. ${0} is a date.' })}
    </p>
    ${parts.map(
      (part) =>
        html`<section>
          <h2>${part.title}</h2>
          <ul>
            ${part.items.map(
              // A string, not a template: the space before "(done)" must survive template minifying.
              (item) =>
                html`<li class=${item.done ? 'done' : ''}>${item.done ? `${item.text} (${done})` : item.text}</li>`
            )}
          </ul>
        </section>`
    )}
    <section class="urgent">
      <h2>${warningSignsTitle()}</h2>
      ${emergencyTier(numbers, locale)}
      <p>${urgentSummary()}</p>
      ${urgentTier(numbers)}
    </section>
    <p>${disclaimer()}</p>
  `;
}
