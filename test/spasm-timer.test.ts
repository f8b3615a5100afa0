import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/timer/define.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import {
  captureWarnings,
  expectAccessible,
  fakeClock,
  liveRegionText,
  MINUTE,
  MORNING,
  part,
  partText,
  recordEvents,
  restorePageVisibility,
  setPageHidden,
  waitFor,
  warningText,
} from './helpers.js';

const KEY = 'spasm-timer-test';

function button(timer: SpasmTimer, name: 'primary-button' | 'reset-button'): HTMLButtonElement {
  return part<HTMLButtonElement>(timer, name);
}

/** Every event the timer fires. */
const TIMER_EVENTS = [
  'spasm-timer-start',
  'spasm-timer-pause',
  'spasm-timer-resume',
  'spasm-timer-complete',
  'spasm-timer-reset',
] as const;

/** Counts DOM changes under `element` from now on: each is a render that touched it. */
function countChanges(element: Element): () => number {
  let changes = 0;
  new MutationObserver((records) => (changes += records.length)).observe(element, {
    characterData: true,
    childList: true,
    subtree: true,
  });
  return () => changes;
}

describe('<spasm-timer>', () => {
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => {
    localStorage.clear();
    clock = fakeClock();
  });

  afterEach(() => {
    clock.restore();
    sinon.restore();
    restorePageVisibility();
    localStorage.clear();
  });

  describe('idle', () => {
    it('shows a full cold session of 15 minutes by default', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      expect(timer.state).to.equal('idle');
      expect(timer.remainingMs).to.equal(15 * MINUTE);
      expect(partText(timer, 'time')).to.equal('15:00');
      expect(part(timer, 'time').getAttribute('role')).to.equal('timer');
      expect(part(timer, 'time').getAttribute('aria-label')).to.equal('15 minutes left');
      expect(partText(timer, 'safety')).to.contain('cloth or towel');
      expect(timer.shadowRoot!.querySelector('[part="count"]'), 'no count before the first session').to.equal(null);
      expect(partText(timer, 'primary-button')).to.equal('Start');
      expect(timer.shadowRoot!.querySelector('[part="reset-button"]')).to.equal(null);
    });

    it('switches to heat with its own safety line while idle', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const heat = timer.shadowRoot!.querySelector<HTMLInputElement>('input[value="heat"]')!;
      heat.click();
      await timer.updateComplete;
      expect(timer.mode).to.equal('heat');
      expect(partText(timer, 'safety')).to.contain('fall asleep');
      expect(part(timer, 'base').classList.contains('heat')).to.equal(true);
    });

    // Its live region, tap targets, language, persist and axe: see widget-contract.test.ts.
    it('has an accessible name', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      expect(part(timer, 'base').getAttribute('aria-labelledby')).to.equal('title');
    });
  });

  describe('a full session', () => {
    it('runs to completion, announcing milestones, and then asks the skin to rest', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const events = recordEvents(document, TIMER_EVENTS);
      button(timer, 'primary-button').click();
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(liveRegionText(timer)).to.equal('Session started: 15 minutes.');
      expect(partText(timer, 'primary-button')).to.equal('Pause');

      await clock.tickAsync(61_000);
      expect(partText(timer, 'time')).to.equal('13:59');
      expect(timer.remainingMs).to.equal(15 * MINUTE - 61_000);

      await clock.tickAsync(10 * MINUTE - 61_000);
      expect(liveRegionText(timer)).to.equal('5 minutes left.');
      await clock.tickAsync(4 * MINUTE);
      expect(liveRegionText(timer)).to.equal('1 minute left.');

      await clock.tickAsync(MINUTE);
      expect(timer.state).to.equal('done');
      expect(timer.remainingMs).to.equal(0);
      expect(liveRegionText(timer)).to.contain('Session complete.');
      expect(partText(timer, 'count')).to.equal('1 cold session today');
      // 09:15 plus two hours of skin rest.
      const nextAt = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(
        MORNING + 135 * MINUTE
      );
      // What to do now comes first, and the ring says when the next session is, not "00:00".
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
      expect(partText(timer, 'next')).to.equal(`Next session at ${nextAt}`);
      expect(timer.shadowRoot!.querySelector('[part="time"]')).to.equal(null);
      expect(part(timer, 'modes').hidden).to.equal(true);
      expect(partText(timer, 'rest')).to.equal(`Let your skin rest. Next session from ${nextAt} (in 2 hours).`);
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
      expect(events.map((e) => e.type)).to.deep.equal(['spasm-timer-start', 'spasm-timer-complete']);
      expect(events[1].detail).to.deep.equal({ mode: 'cold', durationMs: 15 * MINUTE, remainingMs: 0 });
    });

    it('counts the rest down and allows the next session only after it', async () => {
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5"></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      expect(timer.state).to.equal('done');
      const primary = button(timer, 'primary-button');
      expect(primary.getAttribute('aria-disabled')).to.equal('true');
      expect(primary.getAttribute('aria-describedby')).to.equal('rest');

      primary.click();
      timer.start();
      expect(timer.state).to.equal('done');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.match(/^<spasm-timer> start\(\)=.*: the skin rests until then; using no session\.$/);

      await clock.tickAsync(45 * MINUTE);
      expect(partText(timer, 'rest')).to.contain('(in 1 hour, 15 minutes)');
      await clock.tickAsync(75 * MINUTE);
      expect(timer.shadowRoot!.querySelector('[part="rest"]')).to.equal(null);
      expect(button(timer, 'primary-button').getAttribute('aria-disabled')).to.equal('false');
      button(timer, 'primary-button').click();
      expect(timer.state).to.equal('running');
    });

    it('renders at most once a second while running', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await timer.updateComplete;
      const changes = countChanges(part(timer, 'time'));
      await clock.tickAsync(10_000);
      expect(partText(timer, 'time')).to.equal('14:50');
      expect(changes()).to.be.within(1, 10);
    });
  });

  describe('pause and resume', () => {
    it('keeps the time left across a pause of any length', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="10"></spasm-timer>`);
      const events = recordEvents(timer, TIMER_EVENTS);
      timer.start();
      await clock.tickAsync(3 * MINUTE);
      button(timer, 'primary-button').click();
      await timer.updateComplete;
      expect(timer.state).to.equal('paused');
      expect(partText(timer, 'primary-button')).to.equal('Resume');
      expect(liveRegionText(timer)).to.equal('Paused.');

      await clock.tickAsync(60 * MINUTE);
      expect(timer.remainingMs).to.equal(7 * MINUTE);
      expect(partText(timer, 'time')).to.equal('07:00');

      button(timer, 'primary-button').click();
      expect(timer.state).to.equal('running');
      await clock.tickAsync(7 * MINUTE - 1);
      expect(timer.state).to.equal('running');
      await clock.tickAsync(1);
      expect(timer.state).to.equal('done');
      expect(events.map((e) => [e.type, e.detail.remainingMs])).to.deep.equal([
        ['spasm-timer-start', 10 * MINUTE],
        ['spasm-timer-pause', 7 * MINUTE],
        ['spasm-timer-resume', 7 * MINUTE],
        ['spasm-timer-complete', 0],
      ]);
    });

    it("reset goes back to idle, moves focus to Start and keeps today's count", async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5" mode="heat"></spasm-timer>`);
      const events = recordEvents(timer, TIMER_EVENTS);
      timer.start();
      await clock.tickAsync(20_000);
      button(timer, 'reset-button').focus();
      button(timer, 'reset-button').click();
      await waitFor(() => timer.shadowRoot!.activeElement === button(timer, 'primary-button'), 'focus on Start');
      expect(timer.state).to.equal('idle');
      expect(timer.shadowRoot!.activeElement).to.equal(button(timer, 'primary-button'));
      expect(liveRegionText(timer)).to.equal('Timer reset.');
      expect(events.map((e) => e.type)).to.deep.equal(['spasm-timer-start', 'spasm-timer-reset']);
      expect(events[1].detail).to.deep.equal({ mode: 'heat', durationMs: 5 * MINUTE, remainingMs: 5 * MINUTE });
    });
  });

  describe('events', () => {
    it('bubble, cross the shadow boundary and carry mode, length and time left', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer mode="heat" minutes="12"></spasm-timer>`);
      const fired = oneEvent(document, 'spasm-timer-start');
      timer.start();
      const event = await fired;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ mode: 'heat', durationMs: 12 * MINUTE, remainingMs: 12 * MINUTE });
    });

    it('are not fired by property sets or by calls that change nothing', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const events = recordEvents(timer, TIMER_EVENTS);
      timer.mode = 'heat';
      timer.minutes = 5;
      timer.pause();
      timer.resume();
      timer.reset();
      await timer.updateComplete;
      expect(events).to.deep.equal([]);
    });
  });

  describe('time stays right whatever the browser does', () => {
    it('catches up after the tab was hidden for 30 minutes, with no renders while hidden', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="20"></spasm-timer>`);
      const completed = sinon.spy();
      timer.addEventListener('spasm-timer-complete', completed);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      setPageHidden(true);
      await timer.updateComplete;
      const changes = countChanges(part(timer, 'time'));
      await clock.tickAsync(10 * MINUTE);
      expect(changes()).to.equal(0);
      // The session's end still fires while hidden, so its alerts come on time.
      await clock.tickAsync(5 * MINUTE);
      expect(completed.callCount).to.equal(1);
      await clock.tickAsync(10 * MINUTE);
      setPageHidden(false);
      await timer.updateComplete;
      expect(timer.state).to.equal('done');
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
      expect(completed.callCount).to.equal(1);
    });

    it('shows the right time after a hidden tab woke up late', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await timer.updateComplete;
      setPageHidden(true);
      // Background tabs throttle timers; time moves on regardless (jump fires no timer that is not due).
      clock.jump(7 * MINUTE);
      setPageHidden(false);
      await timer.updateComplete;
      expect(partText(timer, 'time')).to.equal('08:00');
    });

    it('runs no timer while disconnected and keeps its session when moved', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(MINUTE);
      const parent = timer.parentElement!;
      timer.remove();
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(2 * MINUTE);
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(timer);
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(partText(timer, 'time')).to.equal('12:00');
      parent.append(timer);
      elsewhere.remove();
    });
  });

  // Storing nothing without persist, and one warning for garbage in storage: see widget-contract.test.ts.
  describe('persist', () => {
    it('resumes a running session after a reload', async () => {
      const first = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      first.start();
      await clock.tickAsync(4 * MINUTE);
      first.remove();
      await clock.tickAsync(MINUTE);
      const second = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      expect(second.state).to.equal('running');
      expect(partText(second, 'time')).to.equal('10:00');
    });

    it('completes a session that ended while the page was closed, and keeps the count', async () => {
      const first = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      first.start();
      first.remove();
      clock.setSystemTime(MORNING + 30 * MINUTE);
      const second = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      expect(second.state).to.equal('done');
      expect(partText(second, 'count')).to.equal('1 cold session today');
      expect(second.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
    });

    const badStates: [string, string][] = [
      ['corrupted JSON', '{"version":1,"state":'],
      ['a foreign value', '"hello"'],
      [
        'an impossible session',
        '{"version":1,"state":{"status":"running","mode":"cold","durationMs":99999999,"endsAt":1},"history":[]}',
      ],
    ];
    for (const [name, stored] of badStates) {
      it(`warns once about ${name} in storage and starts fresh`, async () => {
        localStorage.setItem(KEY, stored);
        const warn = captureWarnings();
        const timer = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
        expect(warn.callCount).to.equal(1);
        const text = warningText(warn);
        expect(text).to.contain('<spasm-timer>');
        expect(text).to.contain(KEY);
        expect(text).to.contain('a fresh timer');
        expect(timer.state).to.equal('idle');
        timer.start();
        expect(timer.state).to.equal('running');
        expect(JSON.parse(localStorage.getItem(KEY)!).state.status).to.equal('running');
      });
    }

    it('keeps working when localStorage throws', async () => {
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      timer.start();
      timer.pause();
      timer.resume();
      expect(timer.state).to.equal('running');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.equal(
        '<spasm-timer> storage-key="spasm-timer-test": localStorage read failed (SecurityError: denied); using no storage.'
      );
    });
  });

  describe('bad input', () => {
    const cases: [string, string, number, string, string[]][] = [
      ['minutes="45" runs 20 minutes', 'minutes', 45, '20:00', ['minutes', '45', 'over 20', 'using 20']],
      ['minutes="abc" runs 15 minutes', 'minutes', NaN, '15:00', ['minutes', '"abc"', '15']],
      ['minutes="0" runs 5 minutes', 'minutes', 0, '05:00', ['minutes', '0', 'under 5', 'using 5']],
    ];
    for (const [name, , , shown, mentions] of cases) {
      it(name, async () => {
        const warn = captureWarnings();
        const value = mentions[1].replace(/"/g, '');
        const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes=${value}></spasm-timer>`);
        expect(partText(timer, 'time')).to.equal(shown);
        expect(warn.callCount).to.equal(1);
        for (const mention of ['<spasm-timer>', ...mentions]) expect(warningText(warn)).to.contain(mention);
        timer.start();
        expect(timer.state).to.equal('running');
      });
    }

    it('mode="lava" gives a cold timer and one warning', async () => {
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer mode="lava"></spasm-timer>`);
      expect(timer.mode).to.equal('cold');
      expect(warn.callCount).to.equal(1);
      for (const mention of ['<spasm-timer>', 'mode', '"lava"', 'cold']) expect(warningText(warn)).to.contain(mention);
      expect(partText(timer, 'safety')).to.contain('cloth or towel');
    });

    it('rest-minutes below two hours is raised to two hours', async () => {
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer rest-minutes="10" minutes="5"></spasm-timer>`);
      expect(warningText(warn)).to.contain('rest-minutes');
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      expect(timer.nextSessionAt).to.equal(MORNING + 125 * MINUTE);
    });

    it('a bad property set later warns once and keeps the session going', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      const warn = captureWarnings();
      timer.minutes = 300;
      await timer.updateComplete;
      expect(timer.minutes).to.equal(20);
      expect(warn.callCount).to.equal(1);
      expect(timer.state).to.equal('running');
      expect(timer.remainingMs).to.equal(15 * MINUTE);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`has no axe violations in any state (${lang})`, async () => {
        const timer = await fixture<SpasmTimer>(html`<spasm-timer lang=${lang} minutes="5"></spasm-timer>`);
        await expectAccessible(timer, clock);
        timer.start();
        await clock.tickAsync(10_000);
        await expectAccessible(timer, clock);
        timer.pause();
        await timer.updateComplete;
        await expectAccessible(timer, clock);
        timer.resume();
        await clock.tickAsync(5 * MINUTE);
        expect(timer.state).to.equal('done');
        await expectAccessible(timer, clock);
        timer.mode = 'heat';
        timer.reset();
        await timer.updateComplete;
        await expectAccessible(timer, clock);
      });
    }

    it('works with the keyboard alone', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const active = () => timer.shadowRoot!.activeElement;
      timer.shadowRoot!.querySelector<HTMLInputElement>('input[value="cold"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await timer.updateComplete;
      expect(timer.mode).to.equal('heat');
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal(button(timer, 'primary-button'));
      await sendKeys({ press: ' ' });
      expect(timer.state).to.equal('running');
      await timer.updateComplete;
      // The same button now pauses: focus stayed on it.
      expect(active()).to.equal(button(timer, 'primary-button'));
      await sendKeys({ press: 'Enter' });
      expect(timer.state).to.equal('paused');
      await timer.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal(button(timer, 'reset-button'));
      await sendKeys({ press: 'Enter' });
      await waitFor(() => active() === button(timer, 'primary-button'), 'focus on Start after Reset');
      expect(timer.state).to.equal('idle');
      expect(active()).to.equal(button(timer, 'primary-button'));
    });
  });
});
