import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { tickStep } from './fixtures.js';
import { part, waitFor } from './helpers.js';

// The printed PDF itself (A4 and Letter, en, es and ar) is checked by scripts/print-plan.mjs.
describe('printPlan()', () => {
  afterEach(() => {
    sinon.restore();
    document.querySelector('.spasm-print-plan')?.remove();
  });

  it('builds one plan from every widget, prints it, and takes it away after printing', async () => {
    const print = sinon.stub(window, 'print');
    const root = await fixture(
      html`<div lang="en-GB"><spasm-checklist></spasm-checklist><spasm-timer></spasm-timer></div>`
    );
    const list = root.querySelector('spasm-checklist') as SpasmChecklist;
    const timer = root.querySelector('spasm-timer') as SpasmTimer;
    await timer.updateComplete;
    tickStep(list, 0);
    await list.updateComplete;
    const sheetsBefore = document.adoptedStyleSheets.length;

    part(list, 'print-button').click();
    await waitFor(() => print.called, 'window.print()');
    const plan = document.querySelector('.spasm-print-plan')!;
    const texts = [...plan.shadowRoot!.querySelectorAll('h1, h2, li.done')].map((element) =>
      element.textContent!.trim()
    );
    expect(texts).to.deep.equal([
      'My back spasm plan',
      'First aid for a back spasm',
      'Ease off what set it off (done)',
      'Ice and heat timer',
      'Warning signs',
    ]);
    expect(plan.shadowRoot!.textContent).to.contain('Call 999').and.contain('NHS 111');
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore + 1);
    // Shown only in print: on screen nothing changes.
    expect(getComputedStyle(plan).display).to.equal('none');

    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('.spasm-print-plan')).to.equal(null);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
  });

  it('is in the language and direction of the widget that printed it', async () => {
    sinon.stub(window, 'print');
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="ar"></spasm-timer>`);
    await waitFor(() => timer.shadowRoot!.querySelector('[dir="rtl"]'), 'Arabic');
    await timer.printPlan();
    const plan = document.querySelector<HTMLElement>('.spasm-print-plan')!;
    expect([plan.lang, plan.dir]).to.deep.equal(['ar', 'rtl']);
    expect(plan.shadowRoot!.querySelector('h1')!.textContent).to.not.equal('My back spasm plan');
  });
});
