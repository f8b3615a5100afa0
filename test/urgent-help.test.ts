import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import { CONTENT_REVIEW } from '../src/core/content-review.js';
import { captureWarnings, expectAccessible, part, partText, recordEvents, waitFor, warningText } from './helpers.js';
import { checkboxes, tickStep } from './fixtures.js';

const TAGS = ['spasm-checklist', 'spasm-timer', 'spasm-quiz'] as const;
const KEY = 'urgent-help-test';

const telLinks = (widget: Element) =>
  [...part(widget, 'urgent').querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent]);
const redFlagButton = (list: Element, index: number) =>
  part(list, 'red-flags').querySelectorAll<HTMLButtonElement>('button')[index];
const settled = (widget: Element) => (widget as SpasmChecklist).updateComplete;

/** Opens the "Sources and review" disclosure and waits for its panel to load. */
async function openSources(widget: Element): Promise<HTMLDetailsElement> {
  const sources = part<HTMLDetailsElement>(widget, 'sources');
  sources.querySelector('summary')!.click();
  await waitFor(() => sources.querySelectorAll('p').length > 0, 'the sources panel to load');
  return sources;
}

/** Answers "Yes" to the red-flag check and waits for the emergency card. */
async function answerYes(list: SpasmChecklist): Promise<HTMLElement> {
  redFlagButton(list, 1).click();
  await waitFor(() => list.shadowRoot!.querySelector('[part="emergency-card"]'), 'the emergency card');
  await list.updateComplete;
  return part<HTMLElement>(list, 'emergency-card');
}

describe('urgent help', () => {
  afterEach(() => {
    sinon.restore();
    localStorage.clear();
  });

  describe('the two tiers of warning signs', () => {
    for (const tag of TAGS) {
      it(`<${tag}> shows the emergency signs and keeps the urgent ones one click away`, async () => {
        const widget = await fixture(`<${tag} lang="en-GB"></${tag}>`);
        await settled(widget);
        const urgent = part(widget, 'urgent');
        const emergencySigns = [...urgent.querySelectorAll(':scope > ul > li')].map((li) => li.textContent!.trim());
        expect(emergencySigns).to.have.length(5);
        expect(emergencySigns.join(' '))
          .to.contain('both legs')
          .and.contain('chest pain')
          .and.contain('serious injury');
        const soon = part<HTMLDetailsElement>(widget, 'urgent-soon');
        expect(soon.open).to.equal(false);
        expect(soon.querySelectorAll('li')).to.have.length(5);
        expect(soon.textContent).to.contain('one leg').and.contain('high temperature');
        // The two tiers never name the same event.
        expect(emergencySigns.join(' ')).not.to.contain('sports injury');
      });
    }
  });

  describe('the numbers', () => {
    const cases: [string, string[][], string][] = [
      [
        'en-GB',
        [
          ['tel:999', '999'],
          ['tel:111', 'NHS 111'],
        ],
        'call 999',
      ],
      ['en-US', [['tel:911', '911']], 'Contact urgent care or your doctor.'],
      ['en-AU', [['tel:000', '000']], 'call 000'],
      ['de', [['tel:112', '112']], '112'],
      ['pt-BR', [['tel:192', '192']], '192'],
    ];
    for (const [lang, links, text] of cases) {
      it(`${lang}: from the region of the language tag`, async () => {
        const timer = await fixture(html`<spasm-timer lang=${lang}></spasm-timer>`);
        await waitFor(() => telLinks(timer).length > 0, 'the numbers');
        await settled(timer);
        expect(telLinks(timer)).to.deep.equal(links);
        expect(partText(timer, 'urgent')).to.contain(text);
      });
    }

    for (const lang of ['en', 'es-419', 'fr', 'zz-ZZ']) {
      it(`${lang}: no region in the table, so words and never a number`, async () => {
        const timer = await fixture(html`<spasm-timer lang=${lang}></spasm-timer>`);
        await settled(timer);
        expect(telLinks(timer)).to.deep.equal([]);
        if (lang === 'en') expect(partText(timer, 'urgent')).to.contain('call your local emergency number');
      });
    }

    it('a host sets them once on an ancestor; the closest one wins, and changes are followed', async () => {
      const root = await fixture(
        html`<div emergency-number="112" urgent-number="116 117" urgent-label="Bereitschaftsdienst">
          <spasm-quiz lang="en-GB"></spasm-quiz>
          <spasm-timer lang="en-GB" emergency-number="999" urgent="full"></spasm-timer>
        </div>`
      );
      const [quiz, timer] = [root.querySelector('spasm-quiz')!, root.querySelector('spasm-timer')!];
      await settled(quiz);
      await settled(timer);
      expect(telLinks(quiz)).to.deep.equal([
        ['tel:112', '112'],
        ['tel:116117', 'Bereitschaftsdienst (116 117)'],
      ]);
      expect(telLinks(timer)[0]).to.deep.equal(['tel:999', '999']);
      root.setAttribute('emergency-number', '+44 20 7946 0000');
      await waitFor(() => telLinks(quiz)[0][0] === 'tel:+442079460000', 'the new number');
      expect(telLinks(timer)[0]).to.deep.equal(['tel:999', '999']);
    });

    it('a bad host number warns once and the table is used', async () => {
      const warn = captureWarnings();
      const timer = await fixture(html`<spasm-timer lang="en-GB" emergency-number="call us"></spasm-timer>`);
      await settled(timer);
      timer.setAttribute('mode', 'heat');
      await settled(timer);
      expect(telLinks(timer)[0]).to.deep.equal(['tel:999', '999']);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.equal(
        '<spasm-timer> emergency-number="call us": not a phone number (digits, spaces and + ( ) - only); using 999.'
      );
    });
  });

  describe('once per page', () => {
    const hasFullBlock = (widget: Element) => widget.shadowRoot!.querySelector('[part="urgent"]') !== null;

    it('the first widget shows the full block, the others a reminder with the number that leads to it', async () => {
      const root = await fixture(
        html`<div lang="en-GB">
          <spasm-checklist></spasm-checklist><spasm-timer></spasm-timer><spasm-quiz></spasm-quiz>
        </div>`
      );
      const [list, timer, quiz] = [...root.children] as SpasmChecklist[];
      await Promise.all([list, timer, quiz].map(settled));
      expect([list, timer, quiz].map(hasFullBlock)).to.deep.equal([true, false, false]);
      expect(partText(timer, 'urgent-reminder')).to.contain('Signs of an emergency? Call 999.');
      expect(part(quiz, 'urgent-reminder').querySelector('a')!.getAttribute('href')).to.equal('tel:999');
      // Every widget keeps its disclaimer (facts.md: each widget shows it).
      for (const widget of [list, timer, quiz])
        expect(partText(widget, 'footer')).to.contain('general health information');

      part(timer, 'urgent-reminder').querySelector('button')!.click();
      expect(list.shadowRoot!.activeElement).to.equal(part(list, 'urgent'));

      quiz.setAttribute('urgent', 'full');
      await settled(quiz);
      expect(hasFullBlock(quiz)).to.equal(true);
      list.remove();
      await settled(timer);
      expect(hasFullBlock(timer)).to.equal(true);
    });

    it('when the full block is not on screen, the reminder opens its own', async () => {
      const root = await fixture(
        html`<div lang="en-US"><spasm-quiz style="display: none"></spasm-quiz><spasm-timer></spasm-timer></div>`
      );
      const timer = root.querySelector('spasm-timer')!;
      await settled(timer);
      part(timer, 'urgent-reminder').querySelector('button')!.click();
      await waitFor(() => hasFullBlock(timer), 'the full block');
      await settled(timer);
      expect(timer.shadowRoot!.activeElement).to.equal(part(timer, 'urgent'));
    });

    it('a bad urgent value warns once and means auto', async () => {
      const warn = captureWarnings();
      const timer = await fixture(html`<spasm-timer urgent="always"></spasm-timer>`);
      await settled(timer);
      timer.setAttribute('mode', 'heat');
      await settled(timer);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.equal('<spasm-timer> urgent="always": not "auto" or "full"; using auto.');
      expect(hasFullBlock(timer)).to.equal(true);
    });
  });

  describe('on a phone', () => {
    it('the emergency signs and the answers are within the first 812 px of a 375 px checklist', async () => {
      const root = await fixture(
        html`<div style="inline-size: 375px"><spasm-checklist lang="en-GB"></spasm-checklist></div>`
      );
      const list = root.firstElementChild as SpasmChecklist;
      await list.updateComplete;
      const top = list.getBoundingClientRect().top;
      const check = part(list, 'red-flags').getBoundingClientRect();
      expect(check.bottom - top)
        .to.be.above(0)
        .and.below(812);
    });
  });

  describe('the red-flag check', () => {
    it('comes first, before the steps, and "None of these" collapses it', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
      const check = part(list, 'red-flags');
      expect(check.compareDocumentPosition(part(list, 'steps')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(check.getAttribute('role')).to.equal('group');
      expect(check.querySelectorAll('li')).to.have.length(5);
      redFlagButton(list, 0).click();
      await list.updateComplete;
      expect(partText(list, 'red-flags')).to.contain('You have none of the emergency warning signs.');
      expect(part(list, 'red-flags').querySelectorAll('li')).to.have.length(0);
      expect(checkboxes(list)).to.have.length(7);
    });

    it('"Yes" sets the steps aside behind the emergency card, moves focus, announces once and tells the host', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
      tickStep(list, 0);
      await list.updateComplete;
      const events = recordEvents(document, ['spasm-checklist-urgent']);
      const card = await answerYes(list);
      expect(list.shadowRoot!.querySelector('[part="steps"]')).to.equal(null);
      expect(list.shadowRoot!.activeElement).to.equal(card.querySelector('#emergency-title'));
      const alerts = list.shadowRoot!.querySelectorAll('[role="alert"]');
      expect(alerts).to.have.length(1);
      expect(alerts[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Call 999 now. Or go to the emergency department.'
      );
      expect(card.querySelector('a[href="tel:999"]')).to.not.equal(null);
      expect(events).to.deep.equal([{ type: 'spasm-checklist-urgent', detail: { tier: 'emergency' } }]);

      // "I've got help" brings the steps back with their ticks; the event does not fire again.
      part<HTMLButtonElement>(list, 'emergency-back').click();
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[part="emergency-card"]')).to.equal(null);
      expect(checkboxes(list)[0].checked).to.equal(true);
      expect(partText(list, 'red-flags')).to.contain('You said you have an emergency warning sign.');
      redFlagButton(list, 0).click(); // "Show emergency help"
      await list.updateComplete;
      expect(list.shadowRoot!.querySelector('[part="emergency-card"]')).to.not.equal(null);
      expect(events).to.have.length(1);
    });

    it('the card has the right number, or words for an unknown region', async () => {
      const us = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-US"></spasm-checklist>`);
      expect((await answerYes(us)).querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      const unknown = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en"></spasm-checklist>`);
      const card = await answerYes(unknown);
      expect(card.querySelector('a')).to.equal(null);
      expect(card.textContent).to.contain('Call your local emergency number now.');
    });

    it('with persist, the answer is kept with the ticks', async () => {
      const first = await fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
      redFlagButton(first, 0).click();
      await first.updateComplete;
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ version: 1, ticked: [], redFlags: 'none' });
      first.remove();
      const again = await fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
      expect(partText(again, 'red-flags')).to.contain('You have none');
    });

    it('a bad stored answer warns once, keeps the ticks and asks again', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, ticked: ['stop'], redFlags: 'maybe' }));
      const warn = captureWarnings();
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.contain('redFlags is not "none" or "yes"');
      expect(checkboxes(list)[0].checked).to.equal(true);
      expect(part(list, 'red-flags').getAttribute('role')).to.equal('group');
    });
  });

  describe('sources and review', () => {
    it('is closed by default; opened, it names the version, the dates and the sources', async () => {
      const quiz = await fixture(html`<spasm-quiz lang="en-GB"></spasm-quiz>`);
      await settled(quiz);
      const sources = part<HTMLDetailsElement>(quiz, 'sources');
      expect(sources.open).to.equal(false);
      await openSources(quiz);
      const text = sources.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain(`Content version ${CONTENT_REVIEW.version}, reviewed on November 23, 2026`);
      expect(text).to.contain('November 23, 2027');
      expect(text).to.contain('Lower Back Muscle Spasm').and.contain('NICE guideline NG59');
      // English is the original: no translation status.
      expect(text).not.to.contain('translation');
      expect(text).not.to.contain('supplied by this site');
    });

    it('says when the host supplied the content, and a translation that no clinician has reviewed', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="de"></spasm-checklist>`);
      list.steps = [{ id: 'walk', title: 'Walk' }];
      await list.updateComplete;
      const sources = await openSources(list);
      const paragraphs = [...sources.querySelectorAll('p')];
      expect(paragraphs.length).to.equal(5);
      expect(paragraphs.at(-1)!.textContent).to.not.equal('');
      expect(sources.textContent).to.contain('2026.11');
    });
  });

  describe('accessibility of the new states', () => {
    for (const lang of ['en', 'es', 'ar']) {
      it(`red-flag check, emergency card and sources have no axe violations (${lang})`, async () => {
        const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang=${lang}></spasm-checklist>`);
        await expectAccessible(list);
        part<HTMLDetailsElement>(list, 'urgent-soon').open = true;
        await openSources(list);
        await expectAccessible(list);
        await answerYes(list);
        await expectAccessible(list);
      });
    }
  });
});

describe('content review date', () => {
  afterEach(() => sinon.restore());

  it('after the next-review date, widgets warn once and match :state(review-overdue)', async () => {
    const clock = sinon.useFakeTimers({ now: Date.parse(CONTENT_REVIEW.nextReview) + 86_400_000, toFake: ['Date'] });
    const warn = captureWarnings();
    const root = await fixture(html`<div><spasm-timer></spasm-timer><spasm-quiz></spasm-quiz></div>`);
    clock.restore();
    const overdue = [...root.children].map((widget) => widget.matches(':state(review-overdue)'));
    expect(overdue).to.deep.equal([true, true]);
    const reviewWarnings = () => warn.getCalls().filter((call) => String(call.args[0]).includes('due for review'));
    // The warning loads with the review record (the sources panel's module), when first needed.
    await waitFor(() => reviewWarnings().length, 'the warning');
    // Both widgets asked for that module before this: their callbacks have run by now.
    await import('../src/core/sources-panel.js');
    expect(reviewWarnings()).to.have.length(1);
    expect(String(reviewWarnings()[0].args[0])).to.equal(
      `<spasm-timer> content ${CONTENT_REVIEW.version} was due for review on ${CONTENT_REVIEW.nextReview}.`
    );
  });

  it('before it, no state', async () => {
    const timer = await fixture(html`<spasm-timer></spasm-timer>`);
    expect(timer.matches(':state(review-overdue)')).to.equal(false);
  });
});
