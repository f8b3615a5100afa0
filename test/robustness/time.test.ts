/**
 * Issue 28 §1: the timer keeps real time when the device sleeps or its clock
 * changes, while the page is open and across a reload. Each case here is a
 * row of the README's table "What happens when the device sleeps or its
 * clock changes". The two clocks are moved apart with two-clocks.ts: a sleep
 * moves the wall clock alone; a clock changed by hand does too, but real time
 * (the monotonic clock) is what the patient lives.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/timer/define.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { timerSchema } from '../../src/timer/timer-storage.js';
import {
  captureWarnings,
  fakeClock,
  MINUTE,
  MORNING,
  partText,
  recordEvents,
  restorePageVisibility,
  setPageHidden,
  warningText,
} from '../helpers.js';
import { moveMonotonicClock, moveWallClock, showFromCache, sleepAndWake } from './two-clocks.js';

const KEY = 'spasm-robustness-time';
const HOUR = 60 * MINUTE;
/** A clock time as the widget writes it, whitespace folded as partText folds it ("9:15 AM"). */
const clockTime = (time: number) =>
  new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(time).replace(/\s+/g, ' ');
const persisted = () => fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);

/** Fakes put in the page by a test, undone after it, last first. */
const undo: (() => void)[] = [];
/** Replaces `object[name]` for one test: sinon can't stub the fake clock's `performance`, an object without a prototype. */
function replace(object: object, name: string, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(object, name);
  Object.defineProperty(object, name, { configurable: true, writable: true, value });
  undo.push(() => {
    if (own) Object.defineProperty(object, name, own);
    else delete (object as Record<string, unknown>)[name];
  });
}

/** A granted Notification API; returns the titles it shows. */
function fakeNotifications(): string[] {
  const titles: string[] = [];
  class FakeNotification {
    static permission = 'granted';
    onclick: (() => void) | null = null;
    constructor(title: string) {
      titles.push(title);
    }
    close(): void {}
  }
  replace(window, 'Notification', FakeNotification);
  return titles;
}

/** Promise callbacks and module loads (the companion) get their turn; the fake clock holds back only timers. */
async function settle(timer: SpasmTimer): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await timer.updateComplete;
  }
}

describe('robustness: time when the device sleeps or its clock changes', () => {
  let clock: sinon.SinonFakeTimers;
  let uncaught: unknown[];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    uncaught.push('error' in event ? event.error : event.reason);
  const pageTitle = document.title;

  beforeEach(() => {
    localStorage.clear();
    clock = fakeClock();
    uncaught = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    // Out of view unless a case needs it: a page in view renders every second of fake time, which is slow.
    setPageHidden(true);
  });

  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    sinon.restore();
    for (const step of undo.splice(0).reverse()) step();
    clock.restore();
    restorePageVisibility();
    document.title = pageTitle;
    localStorage.clear();
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  describe('the device sleeps while the page is open', () => {
    it('sleep during a session: 30 minutes at minute 5 of 15, and the session shows ended on waking', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const events = recordEvents(timer, ['spasm-timer-complete']);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      sleepAndWake(clock, 30 * MINUTE);
      await timer.updateComplete;
      expect(timer.state).to.equal('done');
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
      expect(events.length, 'one complete event').to.equal(1);
      expect(partText(timer, 'count')).to.equal('1 cold session today');
      // The rest runs from the session's end, in the device's time.
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
      expect(partText(timer, 'rest')).to.contain(
        `Next session from ${clockTime(MORNING + 135 * MINUTE)} (in 1 hour, 40 minutes)`
      );
    });

    it('sleep during a session: 2 hours, with notify, and the banner says when it ended', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer notify></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      sleepAndWake(clock, 2 * HOUR);
      await settle(timer);
      expect(timer.state).to.equal('done');
      expect(partText(timer, 'ended')).to.contain(`Your cold session ended at ${clockTime(MORNING + 15 * MINUTE)}.`);
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
      expect(partText(timer, 'rest')).to.contain('(in 10 minutes)');
    });

    it('sleep during a session: 12 minutes two minutes before the end, with notify and title-countdown', async () => {
      document.title = 'Clinic';
      const timer = await fixture<SpasmTimer>(html`<spasm-timer notify title-countdown></spasm-timer>`);
      timer.start();
      await clock.tickAsync(13 * MINUTE);
      expect(document.title).to.equal('02:00 · Cold');
      sleepAndWake(clock, 12 * MINUTE);
      await settle(timer);
      expect(timer.state).to.equal('done');
      expect(document.title).to.equal('Clinic');
      expect(partText(timer, 'ended')).to.contain(`ended at ${clockTime(MORNING + 15 * MINUTE)}`);
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
    });

    it('sleep during a session, the page still hidden on waking: the notification comes within a minute', async () => {
      const notifications = fakeNotifications();
      document.title = 'Clinic';
      const timer = await fixture<SpasmTimer>(html`<spasm-timer notify title-countdown></spasm-timer>`);
      timer.start();
      await clock.tickAsync(13 * MINUTE);
      // The device sleeps, and wakes with another app in front.
      moveWallClock(clock, 12 * MINUTE);
      await clock.tickAsync(MINUTE);
      await settle(timer);
      expect(notifications).to.deep.equal(['Session complete']);
      expect(timer.state).to.equal('done');
      expect(document.title, 'the countdown stopped').to.equal('Clinic');
      setPageHidden(false);
      await settle(timer);
      expect(partText(timer, 'ended')).to.contain(`ended at ${clockTime(MORNING + 15 * MINUTE)}`);
    });

    it('sleep with no event (a lid that hid nothing) or the clock set forward in view: the next tick ends the session', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      setPageHidden(false);
      moveWallClock(clock, 30 * MINUTE);
      await clock.tickAsync(1000);
      await timer.updateComplete;
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
      expect(partText(timer, 'count')).to.equal('1 cold session today');
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
    });

    it('sleep, then the page shown from the back/forward cache (pageshow): it renders at once', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      setPageHidden(false);
      await timer.updateComplete;
      expect(partText(timer, 'time')).to.equal('10:00');
      moveWallClock(clock, 30 * MINUTE);
      showFromCache();
      await timer.updateComplete;
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
    });

    it('sleep during a rest: the rest ends by real time', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(20 * MINUTE);
      sleepAndWake(clock, 2 * HOUR);
      await timer.updateComplete;
      expect(partText(timer, 'rest')).to.equal('');
      timer.start();
      expect(timer.state).to.equal('running');
    });

    it('an idle timer open past midnight no longer counts yesterday’s sessions', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(15 * MINUTE);
      setPageHidden(false);
      const midnight = new Date(MORNING).setHours(24, 0, 0, 0);
      await clock.tickAsync(midnight - Date.now() - 1000);
      await timer.updateComplete;
      expect(partText(timer, 'count')).to.equal('1 cold session today');
      await clock.tickAsync(2000);
      await timer.updateComplete;
      expect(partText(timer, 'count')).to.equal('');
    });

    it('an idle timer in view whose device slept past midnight with no event counts only today’s sessions within a minute', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(15 * MINUTE);
      // The evening, the page in view and the skin rested; then a laptop's lid closed overnight, which hid nothing.
      await clock.tickAsync(12 * HOUR);
      setPageHidden(false);
      await timer.updateComplete;
      expect(partText(timer, 'count')).to.equal('1 cold session today');
      moveWallClock(clock, 10 * HOUR);
      await clock.tickAsync(MINUTE);
      await timer.updateComplete;
      expect(partText(timer, 'count')).to.equal('');
    });

    it('an idle timer whose device slept past midnight counts only today’s sessions when shown', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(15 * MINUTE);
      sleepAndWake(clock, 16 * HOUR);
      await timer.updateComplete;
      expect(partText(timer, 'count')).to.equal('');
    });
  });

  describe('the device clock changed by hand while the page is open', () => {
    it('clock moved forward during a session: it ends at once, counted whole', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      moveWallClock(clock, HOUR);
      expect(timer.state).to.equal('done');
      expect(timer.remainingMs).to.equal(0);
      // A hidden page looks once a minute.
      await clock.tickAsync(MINUTE);
      expect(partText(timer, 'count')).to.equal('1 cold session today');
    });

    it('clock moved forward during a rest: the rest is shortened by as much (a sleep looks the same)', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(15 * MINUTE);
      setPageHidden(false);
      await clock.tickAsync(30 * MINUTE);
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
      moveWallClock(clock, HOUR);
      await clock.tickAsync(MINUTE);
      expect(partText(timer, 'rest')).to.contain('(in 29 minutes)');
      moveWallClock(clock, HOUR);
      expect(timer.nextSessionAt).to.equal(null);
      await clock.tickAsync(MINUTE);
      expect(partText(timer, 'rest')).to.equal('');
    });

    it('clock moved back during a session: the session still ends on time', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      // Five minutes pass while the wall clock stands still (set back by as much).
      await moveMonotonicClock(clock, 5 * MINUTE);
      expect(timer.remainingMs).to.equal(5 * MINUTE);
      moveWallClock(clock, -HOUR);
      expect(timer.remainingMs).to.equal(5 * MINUTE);
      await clock.tickAsync(5 * MINUTE);
      expect(timer.state).to.equal('done');
    });

    it('clock moved back during a session, then the device sleeps: the sleep still counts', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      moveWallClock(clock, -10 * MINUTE);
      sleepAndWake(clock, 5 * MINUTE);
      expect(timer.remainingMs, 'real time: 10 of 15 minutes gone').to.equal(5 * MINUTE);
      await clock.tickAsync(5 * MINUTE);
      expect(timer.state).to.equal('done');
    });

    it('clock moved back during a rest: the rest still ends by real time', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(15 * MINUTE);
      moveWallClock(clock, -HOUR);
      await clock.tickAsync(2 * HOUR - MINUTE);
      expect(timer.nextSessionAt, 'still resting a minute before').not.to.equal(null);
      await clock.tickAsync(MINUTE);
      expect(timer.nextSessionAt).to.equal(null);
      setPageHidden(false);
      await timer.updateComplete;
      expect(partText(timer, 'rest')).to.equal('');
    });
  });

  describe('the page was closed (reload, another tab)', () => {
    it('reload after the tab slept 8 hours: stored times are real, so the rest holds and says a real time', async () => {
      const first = await persisted();
      sleepAndWake(clock, 8 * HOUR);
      setPageHidden(true);
      first.start();
      await clock.tickAsync(15 * MINUTE);
      await first.updateComplete;
      const restEnd = MORNING + 8 * HOUR + 135 * MINUTE;
      expect(first.nextSessionAt).to.equal(restEnd);
      expect(partText(first, 'rest')).to.contain(`Next session from ${clockTime(restEnd)} (in 2 hours)`);
      first.remove();
      const second = await persisted();
      const warn = captureWarnings();
      second.start();
      expect(second.state, 'no second session back to back').to.equal('done');
      expect(warningText(warn)).to.contain('the skin rests until then');
      expect(second.nextSessionAt).to.equal(restEnd);
      expect(partText(second, 'rest')).to.contain(`Next session from ${clockTime(restEnd)} (in 2 hours)`);
    });

    it('sleep or clock moved forward during a rest while closed: it counts toward the rest', async () => {
      const first = await persisted();
      first.start();
      await clock.tickAsync(15 * MINUTE);
      first.remove();
      moveWallClock(clock, 2 * HOUR);
      const second = await persisted();
      expect(second.nextSessionAt).to.equal(null);
      expect(partText(second, 'count')).to.equal('1 cold session today');
    });

    it('clock moved back during a session while closed, to before its start: it ends, counted whole, and the skin rests', async () => {
      const first = await persisted();
      first.start();
      await clock.tickAsync(5 * MINUTE);
      first.remove();
      moveWallClock(clock, -10 * MINUTE);
      const warn = captureWarnings();
      const second = await persisted();
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.contain('run whole');
      expect(second.state).to.equal('done');
      expect(partText(second, 'take-off')).to.equal('Take the pack off now.');
      expect(partText(second, 'count')).to.equal('1 cold session today');
      expect(second.nextSessionAt).to.equal(Date.now() + 2 * HOUR);
      second.start();
      expect(second.state, 'no second session back to back').to.equal('done');
    });

    it('clock moved back during a session while closed, not past its start: it runs on by the device clock, as much longer', async () => {
      const first = await persisted();
      first.start();
      await clock.tickAsync(5 * MINUTE);
      first.remove();
      moveWallClock(clock, -3 * MINUTE);
      const second = await persisted();
      // No page can see this: 10 minutes are really left, the device clock says 13.
      expect(second.state).to.equal('running');
      expect(second.remainingMs).to.equal(13 * MINUTE);
    });

    it('clock moved back during a rest while closed: stored times in the future are taken as now, the rest never shorter', async () => {
      const first = await persisted();
      first.start();
      await clock.tickAsync(15 * MINUTE);
      first.remove();
      moveWallClock(clock, -HOUR);
      const warn = captureWarnings();
      const second = await persisted();
      expect(warningText(warn)).to.contain('times in the future were taken as now');
      expect(second.nextSessionAt).to.equal(Date.now() + 2 * HOUR);
    });

    it('reads a running session that ends later than its length from now as ended now, counted whole', () => {
      const now = MORNING;
      const stored = {
        version: 2,
        state: {
          status: 'running',
          mode: 'heat',
          durationMs: 15 * MINUTE,
          startedAt: now + HOUR,
          endsAt: now + 75 * MINUTE,
        },
        changedAt: now + HOUR,
        history: [],
      };
      const { value, problems } = timerSchema.parse(stored, now);
      expect(value?.state).to.deep.equal({
        status: 'running',
        mode: 'heat',
        durationMs: 15 * MINUTE,
        startedAt: now - 15 * MINUTE,
        endsAt: now,
      });
      expect(problems?.join('; ')).to.contain('run whole');
    });
  });

  describe('clocks a host page broke', () => {
    it('performance.now frozen: the session ends by the wall clock', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      const frozen = performance.now();
      replace(performance, 'now', () => frozen);
      await clock.tickAsync(10 * MINUTE + 5000);
      await timer.updateComplete;
      expect(timer.state).to.equal('done');
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
    });

    it('performance.now running backwards: the session ends by the wall clock', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      let monotonic = performance.now();
      replace(performance, 'now', () => (monotonic -= 1000));
      await clock.tickAsync(10 * MINUTE + 5000);
      await timer.updateComplete;
      expect(timer.state).to.equal('done');
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
    });

    it('performance.now throwing: the widget renders and the session ends by the wall clock', async () => {
      replace(performance, 'now', () => {
        throw new Error('blocked by the host');
      });
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      expect(partText(timer, 'primary-button')).to.equal('Start');
      timer.start();
      await clock.tickAsync(15 * MINUTE);
      await timer.updateComplete;
      expect(timer.state).to.equal('done');
      expect(partText(timer, 'count')).to.equal('1 cold session today');
    });

    it('Date.now returning a BigInt: the widget renders and the session ends by the monotonic clock', async () => {
      replace(Date, 'now', () => BigInt(MORNING));
      // In view: the page's every-second clock reads Date.now too.
      setPageHidden(false);
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5"></spasm-timer>`);
      expect(partText(timer, 'primary-button')).to.equal('Start');
      timer.start();
      await clock.tickAsync(MINUTE);
      await timer.updateComplete;
      expect(partText(timer, 'time')).to.equal('04:00');
      await clock.tickAsync(4 * MINUTE);
      await timer.updateComplete;
      expect(timer.state).to.equal('done');
      // Times of day from where the wall clock stood when the page opened.
      expect(timer.nextSessionAt).to.equal(MORNING + 125 * MINUTE);
      expect(partText(timer, 'count')).to.equal('1 cold session today');
    });
  });
});
