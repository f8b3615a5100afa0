import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/checklist/define.js';
import '../src/timer/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { checkboxes, STEPS } from './fixtures.js';
import {
  captureWarnings,
  cleanUp,
  expectAccessible,
  fakeClock,
  liveRegionText,
  MINUTE,
  part,
  partText,
  recordEvents,
  renderedIn,
  waitFor,
  warningText,
  adoptMediaRules,
} from './helpers.js';
import { expectNoMarkupRan, expectOneWarning, hostilePayload, withHostContent } from './widget-helpers.js';

const KEY = 'spasm-checklist-test';

/** Every event the checklist fires. */
const CHECKLIST_EVENTS = ['spasm-checklist-change', 'spasm-checklist-complete'] as const;

/** A checklist linked with a timer of `minutes`, once it shows the timer's buttons. */
async function linkedPage(minutes = 12): Promise<{ timer: SpasmTimer; list: SpasmChecklist }> {
  const root = await fixture(
    html`<div>
      <spasm-timer id="t" minutes=${minutes}></spasm-timer>
      <spasm-checklist timer="t"></spasm-checklist>
    </div>`
  );
  const timer = root.querySelector('spasm-timer')!;
  const list = root.querySelector('spasm-checklist')!;
  await waitFor(() => list.shadowRoot!.querySelector('[part="timer-button"]'), 'the checklist to link its timer');
  return { timer, list };
}

const stepTitles = (list: SpasmChecklist) =>
  [...list.shadowRoot!.querySelectorAll('[part="step"] label')].map((label) => label.textContent!.trim());

describe('<spasm-checklist>', () => {
  afterEach(() => cleanUp());

  describe('default content', () => {
    it('shows the six self-care steps in order, movement first, with progress, doctor and urgent sections', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
      expect(stepTitles(list)).to.deep.equal([
        'Ease off what set it off',
        'Keep moving gently',
        'Rest briefly when you need to',
        'Try a wrapped cold pack',
        'Or try a wrapped heat pack',
        'Take pain relief if it is safe for you',
      ]);
      expect(list.total).to.equal(6);
      expect(list.done).to.equal(0);
      expect(partText(list, 'progress')).to.equal('0 of 6 done');
      expect(part<HTMLProgressElement>(list, 'progress').querySelector('progress')!.value).to.equal(0);
      expect(partText(list, 'doctor'))
        .to.contain('within a few weeks')
        .and.contain('over 50')
        .and.contain('struggling to cope');
      expect(partText(list, 'red-flags')).to.contain('Call your local emergency number');
      // The warning signs are never a checkbox.
      expect(part(list, 'doctor').querySelector('input')).to.equal(null);
      expect(part(list, 'footer').querySelector('input')).to.equal(null);
      // No timer linked: no timer buttons.
      expect(list.shadowRoot!.querySelector('[part="timer-button"]')).to.equal(null);
    });

    it('each step has an expandable "how"', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
      const details = list.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part="detail"]');
      expect(details).to.have.length(6);
      const cold = details[3];
      expect(cold.open).to.equal(false);
      cold.querySelector('summary')!.click();
      expect(cold.open).to.equal(true);
      // The default steps' "how" loads on the first interaction (lazy-parts.test.ts).
      await waitFor(() => cold.textContent!.includes('15 minutes'), 'the "how" of the cold step');
      expect(cold.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'How to do it: Try a wrapped cold pack'
      );
    });

    // Rendering in its lang, an ancestor's or a new one: see widget-contract.test.ts.
    it('has Spanish steps, and one step done in the singular', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="es"></spasm-checklist>`);
      await renderedIn(list, 'es');
      expect(stepTitles(list)).to.have.length(6);
      expect(stepTitles(list)[0]).to.not.equal('Ease off what set it off');
      checkboxes(list)[0].click();
      await list.updateComplete;
      expect(partText(list, 'progress')).to.equal('1 de 6 hecho');
    });
  });

  describe('ticking', () => {
    it('counts progress, announces it and fires change events with details', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
      const events = recordEvents(document, CHECKLIST_EVENTS);
      checkboxes(list)[0].click();
      checkboxes(list)[1].click();
      await list.updateComplete;
      expect(list.done).to.equal(2);
      expect(partText(list, 'progress')).to.equal('2 of 6 done');
      expect(liveRegionText(list)).to.equal('2 of 6 done');
      checkboxes(list)[0].click();
      await list.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([
        { id: 'stop', checked: true, done: 1, total: 6 },
        { id: 'move', checked: true, done: 2, total: 6 },
        { id: 'stop', checked: false, done: 1, total: 6 },
      ]);
    });

    it('completes with a message, an event, a custom state; Start over resets and focus moves to Undo', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
      const events = recordEvents(list, CHECKLIST_EVENTS);
      for (const box of checkboxes(list)) box.click();
      await list.updateComplete;
      expect(list.done).to.equal(6);
      expect(partText(list, 'complete')).to.contain('All done.');
      expect(liveRegionText(list)).to.equal('All steps done.');
      expect(events.filter((e) => e.type === 'spasm-checklist-complete')).to.deep.equal([
        { type: 'spasm-checklist-complete', detail: { total: 6 } },
      ]);
      expect(list.matches(':state(complete)')).to.equal(true);

      part(list, 'reset-button').click();
      await waitFor(() => list.shadowRoot!.activeElement?.getAttribute('part') === 'undo-button', 'focus on Undo');
      expect(list.done).to.equal(0);
      expect(list.shadowRoot!.querySelector('[part="reset-button"]')).to.equal(null);
      expect(events.filter((e) => e.type === 'spasm-checklist-change')).to.have.length(6);
    });

    it('fires no events for reset() or property sets', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
      checkboxes(list)[0].click();
      const events = recordEvents(list, CHECKLIST_EVENTS);
      list.reset();
      list.steps = [{ id: 'x', title: 'X' }];
      await list.updateComplete;
      expect(events).to.deep.equal([]);
    });
  });

  describe('custom content', () => {
    it('takes steps from the property', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist .steps=${STEPS}></spasm-checklist>`);
      expect(stepTitles(list)).to.deep.equal(['Walk for 5 minutes', 'Ice it']);
      expect(list.total).to.equal(2);
      expect(list.shadowRoot!.querySelectorAll('details[part="detail"]')).to.have.length(1);
    });

    it('takes steps from a JSON child, and follows its changes', async () => {
      const list = await withHostContent<SpasmChecklist>(
        'spasm-checklist',
        'steps',
        JSON.stringify({ steps: [{ id: 'walk', title: 'Walk' }] })
      );
      expect(stepTitles(list)).to.deep.equal(['Walk']);
      list.querySelector('script')!.textContent = JSON.stringify({ steps: STEPS });
      await waitFor(() => stepTitles(list).length === STEPS.length, 'the steps of the changed JSON');
      expect(stepTitles(list)).to.deep.equal(['Walk for 5 minutes', 'Ice it']);
    });

    it('renders host text as text', async () => {
      const payload = hostilePayload('__xss');
      const list = await withHostContent<SpasmChecklist>('spasm-checklist', 'steps', [
        { id: 'x', title: payload, detail: payload },
      ]);
      await expectNoMarkupRan(list, '__xss');
      expect(stepTitles(list)).to.deep.equal([payload]);
    });

    const bad: [string, unknown, RegExp, string[]][] = [
      ['malformed JSON', '{"steps": [', /malformed/, []],
      ['a non-array', { steps: {} }, /not an array/, []],
      ['a missing id', [{ title: 'No id' }, STEPS[0]], /step 1 has no id/, ['walk']],
      ['a duplicate id', [STEPS[0], { id: 'walk', title: 'Again' }], /step "walk" repeats an id/, ['walk']],
      ['an empty title', [{ id: 'e', title: '' }, STEPS[0]], /step "e" has an empty title/, ['walk']],
    ];
    for (const [name, content, problem, ids] of bad) {
      it(`warns once about ${name}, drops bad steps, falls back to the defaults when none is left`, async () => {
        const warn = captureWarnings();
        const list = await withHostContent<SpasmChecklist>('spasm-checklist', 'steps', content);
        expectOneWarning(warn, list, 'steps', problem);
        expect(warningText(warn)).to.contain(ids.length ? 'using the valid steps' : 'using the default steps');
        expect(list.total).to.equal(ids.length || 6);
      });
    }
  });

  // Storing nothing without persist, and one warning for garbage in storage: see widget-contract.test.ts.
  describe('persist', () => {
    it('keeps ticks across reloads, and those of steps that still exist when the steps change', async () => {
      const first = await fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
      checkboxes(first)[0].click();
      checkboxes(first)[1].click();
      first.remove();

      const second = await fixture<SpasmChecklist>(
        html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`
      );
      expect(second.done).to.equal(2);
      expect(
        checkboxes(second)
          .map((box) => box.checked)
          .slice(0, 3)
      ).to.deep.equal([true, true, false]);

      second.steps = [
        { id: 'move', title: 'Walk' },
        { id: 'new', title: 'Something new' },
      ];
      await second.updateComplete;
      expect(second.done).to.equal(1);
      expect(partText(second, 'progress')).to.equal('1 of 2 done');
    });

    it('warns once about unusable stored data and keeps working', async () => {
      localStorage.setItem(KEY, '{"version":1,"ticked":"all"}');
      const warn = captureWarnings();
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.contain(`<spasm-checklist> stored "${KEY}"=`);
      checkboxes(list)[0].click();
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({
        version: 1,
        ticked: ['stop'],
        widget: 'checklist',
      });
    });

    it('keeps working when localStorage throws', async () => {
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('denied', 'SecurityError'));
      const warn = captureWarnings();
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
      checkboxes(list)[0].click();
      checkboxes(list)[1].click();
      expect(list.done).to.equal(2);
      expect(warn.callCount).to.equal(1);
    });
  });

  describe('linked with a timer', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => (clock = fakeClock()));
    afterEach(() => clock.restore());

    it("offers the timer on the cold and heat steps, with the timer's own minutes", async () => {
      const { list } = await linkedPage();
      const buttons = [...list.shadowRoot!.querySelectorAll('[part="timer-button"]')].map((b) => b.textContent!.trim());
      expect(buttons).to.deep.equal(['Start a 12-minute cold session', 'Start a 12-minute heat session']);
    });

    it('starts the timer in the right mode', async () => {
      const { timer, list } = await linkedPage();
      const heatButton = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="timer-button"]')[1];
      heatButton.click();
      expect(timer.state).to.equal('running');
      expect(timer.mode).to.equal('heat');
      await list.updateComplete;
      expect(heatButton.getAttribute('aria-disabled')).to.equal('true');
    });

    it('ticks the matching step when the timer completes a session, with a change event', async () => {
      const { timer, list } = await linkedPage(5);
      const events = recordEvents(list, CHECKLIST_EVENTS);
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="timer-button"]')!.click();
      await clock.tickAsync(5 * MINUTE);
      expect(timer.state).to.equal('done');
      await list.updateComplete;
      expect(checkboxes(list)[3].checked).to.equal(true);
      expect(events).to.deep.equal([
        { type: 'spasm-checklist-change', detail: { id: 'cold', checked: true, done: 1, total: 6 } },
      ]);
      // The skin now rests: the timer would refuse, so the buttons say so.
      const buttons = [...list.shadowRoot!.querySelectorAll('[part="timer-button"]')];
      expect(buttons.map((b) => b.getAttribute('aria-disabled'))).to.deep.equal(['true', 'true']);
    });

    it('ignores other timers', async () => {
      const root = await fixture(
        html`<div>
          <spasm-timer id="other" minutes="5"></spasm-timer>
          <spasm-checklist timer="missing"></spasm-checklist>
        </div>`
      );
      const list = root.querySelector('spasm-checklist')!;
      root.querySelector<SpasmTimer>('spasm-timer')!.start();
      await clock.tickAsync(5 * MINUTE);
      expect(list.done).to.equal(0);
      expect(list.shadowRoot!.querySelector('[part="timer-button"]')).to.equal(null);
    });
  });

  describe('print', () => {
    let emulated = false;
    afterEach(async () => {
      if (emulated) await emulateMedia({ media: 'screen' });
    });

    /**
     * Puts the element under print media: emulated where the browser allows it
     * (Chromium); else (Firefox over WebDriver BiDi) its own @media print rules
     * are adopted as screen rules, which applies exactly those rules.
     */
    async function printMedia(element: Element): Promise<void> {
      try {
        await emulateMedia({ media: 'print' });
        emulated = true;
      } catch {
        expect(adoptMediaRules(element, (rule) => rule.media.mediaText === 'print')).to.be.greaterThan(0);
      }
    }

    it('hides the buttons and keeps the ticks', async () => {
      const { list } = await linkedPage();
      checkboxes(list)[0].click();
      await list.updateComplete;
      const reset = part(list, 'reset-button');
      expect(getComputedStyle(reset).display).not.to.equal('none');
      await printMedia(list);
      expect(getComputedStyle(reset).display).to.equal('none');
      expect(getComputedStyle(part(list, 'timer-button')).display).to.equal('none');
      expect(getComputedStyle(checkboxes(list)[0]).display).not.to.equal('none');
      expect(checkboxes(list)[0].checked).to.equal(true);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`has no axe violations in any state (${lang})`, async () => {
        const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang=${lang}></spasm-checklist>`);
        await renderedIn(list, lang);
        await expectAccessible(list);
        checkboxes(list)[0].click();
        list.shadowRoot!.querySelector('details')!.open = true;
        await list.updateComplete;
        await expectAccessible(list);
        for (const box of checkboxes(list).slice(1)) box.click();
        await list.updateComplete;
        await expectAccessible(list);
      });
    }

    // Tap targets of 44 by 44 px and the live region: see widget-contract.test.ts.
    it('works with the keyboard alone', async () => {
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
      const active = () => list.shadowRoot!.activeElement;
      checkboxes(list)[0].focus();
      await sendKeys({ press: ' ' });
      await list.updateComplete;
      expect(list.done).to.equal(1);
      await sendKeys({ press: 'Tab' });
      expect(active()?.localName).to.equal('summary');
      await sendKeys({ press: 'Enter' });
      expect(list.shadowRoot!.querySelector('details')!.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal(checkboxes(list)[1]);
      await sendKeys({ press: ' ' });
      await list.updateComplete;
      expect(list.done).to.equal(2);
    });
  });
});
