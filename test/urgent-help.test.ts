import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import {
  captureWarnings,
  cleanUp,
  expectAccessible,
  part,
  partText,
  recordEvents,
  waitFor,
  warningText,
} from './helpers.js';
import { checkboxes, tickStep } from './fixtures.js';

const TAGS = ['spasm-checklist', 'spasm-timer', 'spasm-quiz'] as const;
const KEY = 'urgent-help-test';
const EMERGENCY_SIGNS = 8;
const URGENT_SIGNS = 10;

/** Where a widget lists the signs: the checklist's red-flag check, the others' footer block. */
const urgentBlock = (widget: Element) => part(widget, 'urgent');
const telLinks = (widget: Element) =>
  [...urgentBlock(widget).querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent]);
const redFlagButton = (list: Element, index: number) =>
  part(list, 'red-flags').querySelectorAll<HTMLButtonElement>('.answers button')[index];
const settled = (widget: Element) => (widget as SpasmChecklist).updateComplete;
const focused = (widget: Element) => widget.shadowRoot!.activeElement;

/** Answers the red-flag check (0 none, 1 emergency list, 2 urgent list) and waits for what it shows. */
async function answer(list: SpasmChecklist, index: 0 | 1 | 2): Promise<void> {
  redFlagButton(list, index).click();
  const target = ['#red-flags-answer', '#emergency-title', '#advice-title'][index];
  await waitFor(() => focused(list)?.matches(target), `focus on ${target}`);
  await list.updateComplete;
}

describe('urgent help', () => {
  afterEach(() => cleanUp());

  describe('both tiers of warning signs', () => {
    for (const tag of ['spasm-timer', 'spasm-quiz']) {
      it(`<${tag}> shows the emergency signs under a heading, the urgent ones one click away`, async () => {
        const widget = await fixture(`<${tag} lang="en-GB"></${tag}>`);
        await settled(widget);
        const block = urgentBlock(widget);
        const heading = block.querySelector('[role="heading"]')!;
        expect(heading.textContent!.trim()).to.equal('Warning signs');
        expect(block.getAttribute('aria-labelledby')).to.equal(heading.id);
        const emergency = [...block.querySelectorAll(':scope > ul > li')].map((li) => li.textContent!.trim());
        expect(emergency).to.have.length(EMERGENCY_SIGNS);
        expect(emergency.join(' '))
          .to.contain('both legs')
          .and.contain('when you wipe')
          .and.contain('chest pain')
          .and.contain('sweaty or pale')
          .and.contain('serious accident');
        const soon = part<HTMLDetailsElement>(widget, 'urgent-soon');
        expect(soon.open).to.equal(false);
        expect(soon.querySelectorAll('li')).to.have.length(URGENT_SIGNS);
        expect(soon.textContent)
          .to.contain('high temperature')
          .and.contain('worse at night')
          .and.contain('24-hour line')
          .and.contain('osteoporosis');
        // Never one sign in two tiers.
        expect(emergency.join(' ')).not.to.contain('after resting');
      });
    }

    it('<spasm-checklist> asks about both in its check, and its footer does not repeat them', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
      const check = part(list, 'red-flags');
      expect(check).to.equal(urgentBlock(list));
      expect(check.querySelectorAll('li')).to.have.length(EMERGENCY_SIGNS + URGENT_SIGNS);
      expect(part(list, 'footer').querySelectorAll('li')).to.have.length(0);
      expect(partText(list, 'footer')).to.contain('general health information');
    });
  });

  describe('the numbers', () => {
    it('en-GB: inferred from the language, so shown with the country; the link is named by its number (its sentence says "Call")', async () => {
      const timer = await fixture(html`<spasm-timer lang="en-GB"></spasm-timer>`);
      await settled(timer);
      expect(telLinks(timer)).to.deep.equal([
        ['tel:999', '999'],
        ['tel:111', 'NHS 111'],
      ]);
      expect(partText(timer, 'urgent')).to.contain('Call 999 (United Kingdom) or go to the emergency department.');
      expect(urgentBlock(timer).querySelector('a')!.hasAttribute('aria-label'), 'no second "Call"').to.equal(false);
      expect(partText(timer, 'urgent')).to.contain('Call NHS 111, or contact a GP or your doctor today.');
    });

    it('a declared country picks the numbers, without naming the country', async () => {
      const root = await fixture(html`<div country="gb"><spasm-quiz lang="en"></spasm-quiz></div>`);
      const quiz = root.firstElementChild!;
      await settled(quiz);
      expect(telLinks(quiz)[0]).to.deep.equal(['tel:999', '999']);
      expect(partText(quiz, 'urgent')).to.contain('Call 999 or go to');
      root.setAttribute('country', 'IN');
      await waitFor(() => telLinks(quiz)[0][0] === 'tel:112', 'the numbers for India');
      expect(telLinks(quiz)).to.deep.equal([
        ['tel:112', '112'],
        ['tel:108', '108'],
      ]);
      expect(partText(quiz, 'urgent')).to.contain('Call 112 or 108 or go to');
    });

    it('an unknown country warns once and the language decides', async () => {
      const warn = captureWarnings();
      const timer = await fixture(html`<spasm-timer lang="en-GB" country="Narnia"></spasm-timer>`);
      await settled(timer);
      timer.setAttribute('mode', 'heat');
      await settled(timer);
      expect(telLinks(timer)[0]).to.deep.equal(['tel:999', '999']);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.contain('<spasm-timer> country="Narnia": not a country in the table');
    });

    for (const lang of ['en', 'es-419', 'fr', 'zz-ZZ']) {
      it(`${lang}: no country to go by, so words and never a number`, async () => {
        const timer = await fixture(html`<spasm-timer lang=${lang}></spasm-timer>`);
        await settled(timer);
        expect(telLinks(timer)).to.deep.equal([]);
        if (lang === 'en') {
          expect(partText(timer, 'urgent')).to.contain('Call your local emergency number');
          expect(partText(timer, 'urgent')).to.contain('Contact a GP or your doctor today.');
        }
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
      // The site's own number names no country.
      expect(partText(quiz, 'urgent')).not.to.contain('United Kingdom');
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
    const hasFullBlock = (widget: Element) => widget.shadowRoot!.querySelector('[part~="urgent"]') !== null;

    it('a checklist anywhere on the page holds the block; the others show a reminder that leads to it', async () => {
      const root = await fixture(
        html`<div lang="en-GB">
          <spasm-timer></spasm-timer><spasm-checklist></spasm-checklist><spasm-quiz></spasm-quiz>
        </div>`
      );
      const [timer, list, quiz] = [...root.children] as SpasmChecklist[];
      await Promise.all([list, timer, quiz].map(settled));
      expect([timer, list, quiz].map(hasFullBlock)).to.deep.equal([false, true, false]);
      expect(partText(timer, 'urgent-reminder')).to.contain('Signs of an emergency? Call 999 (United Kingdom).');
      expect(part(quiz, 'urgent-reminder').querySelector('a')!.getAttribute('href')).to.equal('tel:999');
      for (const widget of [list, timer, quiz])
        expect(partText(widget, 'footer')).to.contain('general health information');

      part(timer, 'urgent-reminder').querySelector('button')!.click();
      expect(focused(list)).to.equal(part(list, 'red-flags'));
      expect(part(list, 'red-flags').getAttribute('aria-labelledby')).to.equal('red-flags-question');

      list.remove();
      await settled(timer);
      expect([timer, quiz].map(hasFullBlock)).to.deep.equal([true, false]);
    });

    it('without a checklist, the first widget shows the block', async () => {
      const root = await fixture(html`<div lang="en-GB"><spasm-quiz></spasm-quiz><spasm-timer></spasm-timer></div>`);
      const [quiz, timer] = [...root.children];
      await Promise.all([quiz, timer].map(settled));
      expect([quiz, timer].map(hasFullBlock)).to.deep.equal([true, false]);
      timer.setAttribute('urgent', 'full');
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
      expect(focused(timer)).to.equal(part(timer, 'urgent'));
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
    it('at 375 px the check starts in the first screen and every line fits its width', async () => {
      const root = await fixture(
        html`<div style="inline-size: 375px"><spasm-checklist lang="en-GB"></spasm-checklist></div>`
      );
      const list = root.firstElementChild as SpasmChecklist;
      await list.updateComplete;
      const top = list.getBoundingClientRect().top;
      const check = part(list, 'red-flags');
      const firstSign = check.querySelector('li')!.getBoundingClientRect();
      expect(firstSign.top - top)
        .to.be.above(0)
        .and.below(812);
      expect(check.scrollWidth).to.be.at.most(check.clientWidth + 1);
    });
  });

  describe('the red-flag check', () => {
    it('comes first and offers three answers: none, one of the emergency list, one of the urgent list', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
      const check = part(list, 'red-flags');
      expect(check.compareDocumentPosition(part(list, 'steps')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      const buttons = [...check.querySelectorAll('.answers button')].map((button) => button.textContent!.trim());
      expect(buttons).to.deep.equal([
        'None of these',
        'Yes, one from the emergency list',
        'Yes, one from the urgent list',
      ]);
      // A plain list with an answer: no score.
      expect(check.querySelectorAll('input, progress, meter')).to.have.length(0);
    });

    it('"None of these" never says there are no signs; focus moves to the answer; number and lists stay near', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
      const events = recordEvents(document, ['spasm-checklist-urgent']);
      await answer(list, 0);
      expect(focused(list)!.textContent!.trim()).to.equal(
        "You haven't picked any of these. If that changes, act straight away."
      );
      expect(partText(list, 'red-flags')).not.to.match(/no warning signs|none of the/i);
      expect(part(list, 'red-flags').querySelector('a[href="tel:999"]')).to.not.equal(null);
      const lists = part<HTMLDetailsElement>(list, 'red-flags-lists');
      expect(lists.open).to.equal(false);
      expect(lists.querySelectorAll('li')).to.have.length(EMERGENCY_SIGNS + URGENT_SIGNS);
      expect(checkboxes(list)).to.have.length(6);
      expect(events).to.deep.equal([]);

      // "Change answer" asks again, with focus on the question.
      redFlagButton(list, 0).click();
      await waitFor(() => focused(list)?.id === 'red-flags-question', 'focus on the question');
      expect(focused(list)!.getAttribute('role')).to.equal('heading');
    });

    it('a sign of the emergency list: the card replaces the steps, its heading takes focus, said once', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
      tickStep(list, 0);
      await list.updateComplete;
      const events = recordEvents(document, ['spasm-checklist-urgent']);
      await answer(list, 1);
      const card = part(list, 'emergency-card');
      expect(list.shadowRoot!.querySelector('[part="steps"]')).to.equal(null);
      const title = focused(list)!;
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('3');
      // One speech event: the heading described by the call line, no alert on top of the focus move.
      const described = card.querySelector(`#${title.getAttribute('aria-describedby')}`)!;
      expect(described.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Call 999 (United Kingdom) now. Or go to the emergency department.'
      );
      expect(list.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(0);
      expect(card.querySelector('a[href="tel:999"]')!.hasAttribute('aria-label'), 'no second "Call"').to.equal(false);
      expect(events).to.deep.equal([{ type: 'spasm-checklist-urgent', detail: { tier: 'emergency' } }]);

      // "I've got help" brings the steps back with their ticks; the event does not fire again.
      part<HTMLButtonElement>(list, 'emergency-back').click();
      await waitFor(() => focused(list)?.id === 'red-flags-answer', 'focus on the answer');
      expect(checkboxes(list)[0].checked).to.equal(true);
      expect(partText(list, 'red-flags')).to.contain('You said you have an emergency warning sign.');
      redFlagButton(list, 0).click(); // "Show emergency help"
      await waitFor(() => focused(list)?.id === 'emergency-title', 'the card again');
      expect(events).to.have.length(1);
    });

    it('a sign of the urgent list: the advice-today card above the steps, focus on it, the host told', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
      const events = recordEvents(document, ['spasm-checklist-urgent']);
      await answer(list, 2);
      const card = part(list, 'advice-card');
      expect(card.textContent!.replace(/\s+/g, ' ')).to.contain('Get medical advice today').and.contain('NHS 111');
      expect(checkboxes(list)).to.have.length(6);
      expect(card.compareDocumentPosition(part(list, 'steps')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(events).to.deep.equal([{ type: 'spasm-checklist-urgent', detail: { tier: 'urgent' } }]);
      const unknown = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en"></spasm-checklist>`);
      await answer(unknown, 2);
      expect(partText(unknown, 'advice-card')).to.contain('Contact a GP or your doctor today.');
    });

    it('the emergency card has the right number, or words where none is known', async () => {
      const us = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-US"></spasm-checklist>`);
      await answer(us, 1);
      expect(part(us, 'emergency-card').querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      const unknown = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en"></spasm-checklist>`);
      await answer(unknown, 1);
      expect(part(unknown, 'emergency-card').querySelector('a')).to.equal(null);
      expect(partText(unknown, 'emergency-card')).to.contain('Call your local emergency number now.');
    });

    for (const [index, stored] of [
      [0, 'none'],
      [2, 'urgent'],
    ] as const) {
      it(`with persist, the answer "${stored}" is kept with the ticks`, async () => {
        const first = await fixture<SpasmChecklist>(
          html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`
        );
        await answer(first, index);
        expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({
          version: 1,
          ticked: [],
          redFlags: stored,
          widget: 'checklist',
        });
        first.remove();
        const again = await fixture<SpasmChecklist>(
          html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`
        );
        expect(again.shadowRoot!.querySelector('#red-flags-answer')).to.not.equal(null);
      });
    }

    it('a bad stored answer warns once, keeps the ticks and asks again', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, ticked: ['stop'], redFlags: 'maybe' }));
      const warn = captureWarnings();
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.contain('redFlags is not "none", "yes" or "urgent"');
      expect(checkboxes(list)[0].checked).to.equal(true);
      expect(list.shadowRoot!.querySelector('#red-flags-question')).to.not.equal(null);
    });
  });

  describe('printing the page', () => {
    it('opens both tiers for print and closes them after', async () => {
      const root = await fixture(
        html`<div lang="en-GB"><spasm-checklist></spasm-checklist><spasm-timer urgent="full"></spasm-timer></div>`
      );
      const [list, timer] = [...root.children] as SpasmChecklist[];
      await Promise.all([list, timer].map(settled));
      await answer(list, 0);
      const disclosures = [
        part<HTMLDetailsElement>(list, 'red-flags-lists'),
        part<HTMLDetailsElement>(timer, 'urgent-soon'),
      ];
      expect(disclosures.map((details) => details.open)).to.deep.equal([false, false]);
      window.dispatchEvent(new Event('beforeprint'));
      expect(disclosures.map((details) => details.open)).to.deep.equal([true, true]);
      window.dispatchEvent(new Event('afterprint'));
      expect(disclosures.map((details) => details.open)).to.deep.equal([false, false]);
    });

    for (const tag of TAGS) {
      it(`<${tag}> prints no button`, async () => {
        const widget = await fixture(`<${tag} lang="en-GB"></${tag}>`);
        await settled(widget);
        const printRules = widget
          .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
          .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
        const hidden = printRules.filter((rule) => rule.style.display === 'none').map((rule) => rule.selectorText);
        const buttons = [...widget.shadowRoot!.querySelectorAll('button')];
        expect(buttons.length).to.be.above(0);
        for (const button of buttons) expect(hidden.some((selector) => button.matches(selector))).to.equal(true);
      });
    }
  });

  describe('accessibility of the new states', () => {
    for (const lang of ['en-GB', 'es', 'ar']) {
      it(`the three answers, both cards and the number with its country have no axe violations (${lang})`, async () => {
        const unanswered = await fixture<SpasmChecklist>(html`<spasm-checklist lang=${lang}></spasm-checklist>`);
        await expectAccessible(unanswered);
        for (const index of [0, 1, 2] as const) {
          const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang=${lang}></spasm-checklist>`);
          await answer(list, index);
          part<HTMLDetailsElement>(list, 'red-flags-lists').open = true;
          await expectAccessible(list);
        }
        const timer = await fixture(html`<spasm-timer lang=${lang} urgent="full"></spasm-timer>`);
        await settled(timer);
        part<HTMLDetailsElement>(timer, 'urgent-soon').open = true;
        await expectAccessible(timer);
      });
    }
  });
});
