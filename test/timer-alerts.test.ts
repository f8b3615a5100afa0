/**
 * Issue 11 §1, the end of a session reaches the user (all opt-in): `notify`,
 * `title-countdown`, the banner after an unseen end, `wake-lock`, and the
 * chime's audio context. The browser APIs are faked in the page (Notification,
 * navigator.wakeLock, navigator.userActivation, AudioContext, the page's
 * visibility) and put back after each test; the clock is the repo's fake one.
 * A user gesture is a real key press (sendKeys): a script's click() is none.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/timer/define.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { BANNER_WITHIN_MS, countdownTitle, endedUnseen, LATE_MS } from '../src/timer/session-companion.js';
import { inLocale } from '../src/core/localization.js';
import {
  captureWarnings,
  expectAccessible,
  fakeClock,
  liveRegionText,
  MINUTE,
  MORNING,
  part,
  partText,
  renderedIn,
  restorePageVisibility,
  setPageHidden,
  waitFor,
  warningText,
} from './helpers.js';

const KEY = 'spasm-timer-alerts';
/** A clock time as the widget writes it, whitespace folded as partText and liveRegionText fold it ("9:15 AM"). */
const clockTime = (time: number, locale = 'en') =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(time).replace(/\s+/g, ' ');
const shown = (timer: SpasmTimer, name: string) => timer.shadowRoot!.querySelector(`[part~="${name}"]`);

/** Fakes put in the page by a test, undone after it, last first. */
const undo: (() => void)[] = [];
function fake(target: object, name: string, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { configurable: true, writable: true, value });
  undo.push(() => {
    if (own) Object.defineProperty(target, name, own);
    else delete (target as Record<string, unknown>)[name];
  });
}

/** A Notification API whose permission is `permission`, and whose prompt answers `answer`. */
function fakeNotifications(permission: NotificationPermission, answer: NotificationPermission = permission) {
  const notifications: { title: string; options: NotificationOptions }[] = [];
  const requestPermission = sinon.spy(() => {
    FakeNotification.permission = answer;
    return Promise.resolve(answer);
  });
  class FakeNotification {
    static permission = permission;
    static requestPermission = requestPermission;
    onclick: (() => void) | null = null;
    constructor(title: string, options: NotificationOptions = {}) {
      notifications.push({ title, options });
    }
    close(): void {}
  }
  fake(window, 'Notification', FakeNotification);
  return { notifications, requestPermission };
}

/** navigator.wakeLock whose request() grants a sentinel with release(). */
function fakeWakeLock() {
  const sentinels: { type: string; released: boolean; release: () => Promise<void> }[] = [];
  const request = sinon.spy((type: string) => {
    const sentinel = {
      type,
      released: false,
      release: () => {
        sentinel.released = true;
        return Promise.resolve();
      },
    };
    sentinels.push(sentinel);
    return Promise.resolve(sentinel);
  });
  fake(navigator, 'wakeLock', { request });
  return { request, held: () => sentinels.filter((sentinel) => !sentinel.released).length };
}

/** What navigator.userActivation says: for the cases a key press cannot set (no gesture, none since a reload). */
const fakeActivation = (isActive: boolean, hasBeenActive: boolean) =>
  fake(navigator, 'userActivation', { isActive, hasBeenActive });

/** The Start button pressed with the keyboard: a real user gesture. */
async function pressStart(timer: SpasmTimer): Promise<void> {
  part(timer, 'primary-button').focus();
  await sendKeys({ press: 'Enter' });
  await timer.updateComplete;
}

/** Lets promise callbacks and module loads run: a fake clock holds back only timers. */
async function settle(timer: SpasmTimer): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await timer.updateComplete;
  }
}

describe('the end of a session reaches the user', () => {
  describe('pure rules', () => {
    it('counts an end as unseen while hidden, when the page came into view after it, or noticed late', () => {
      const end = MORNING;
      const cases: [string, number, boolean, number, boolean][] = [
        ['in view, noticed on time', end + 500, false, 0, false],
        ['hidden', end + 500, true, 0, true],
        ['in view again after the end', end + 2_000, false, end + 1_000, true],
        ['in view since before the end', end + 2_000, false, end - 1_000, false],
        ['noticed late (frozen page, reload)', end + LATE_MS + 1, false, 0, true],
        ['older than half a day', end + BANNER_WITHIN_MS, true, 0, false],
      ];
      for (const [label, now, hidden, shownAt, unseen] of cases)
        expect(endedUnseen(end, now, hidden, shownAt), label).to.equal(unseen);
    });

    it('writes the title as the countdown and the mode, in the language', () => {
      expect(inLocale('en', () => countdownTitle(12 * MINUTE + 34_000, 'cold', 'en'))).to.equal('12:34 · Cold');
      expect(inLocale('en', () => countdownTitle(61_000, 'heat', 'en'))).to.equal('01:01 · Heat');
    });
  });

  describe('in the timer', () => {
    let clock: sinon.SinonFakeTimers;
    let errors: sinon.SinonStub;
    const pageTitle = document.title;

    beforeEach(() => {
      localStorage.clear();
      clock = fakeClock();
      errors = sinon.stub(console, 'error');
      document.title = 'Back pain — what helps ‹Clinic›';
    });

    afterEach(() => {
      clock.restore();
      const errorCalls = errors.callCount;
      sinon.restore();
      for (const step of undo.splice(0).reverse()) step();
      restorePageVisibility();
      document.title = pageTitle;
      localStorage.clear();
      expect(errorCalls, 'console errors').to.equal(0);
    });

    it('asks nothing, locks nothing and keeps the title without the attributes', async () => {
      const { notifications, requestPermission } = fakeNotifications('default', 'granted');
      const lock = fakeWakeLock();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      await pressStart(timer);
      expect(timer.state).to.equal('running');
      setPageHidden(true);
      await clock.tickAsync(5 * MINUTE);
      expect(document.title).to.equal('Back pain — what helps ‹Clinic›');
      await clock.tickAsync(10 * MINUTE);
      setPageHidden(false);
      await settle(timer);
      expect(timer.state).to.equal('done');
      expect(requestPermission.callCount).to.equal(0);
      expect(notifications).to.deep.equal([]);
      expect(lock.request.callCount).to.equal(0);
      expect(shown(timer, 'ended')).to.equal(null);
      expect(shown(timer, 'notify-note')).to.equal(null);
    });

    describe('notify', () => {
      it('asks for permission on the Start click, inside the gesture, once a page', async () => {
        const { requestPermission } = fakeNotifications('default', 'default');
        const timer = await fixture<SpasmTimer>(html`<spasm-timer notify></spasm-timer>`);
        const other = await fixture<SpasmTimer>(html`<spasm-timer notify storage-key="other"></spasm-timer>`);
        expect(requestPermission.callCount, 'not on connecting or rendering').to.equal(0);
        await pressStart(timer);
        expect(requestPermission.callCount).to.equal(1);
        // A misclick: reset within the minute starts no rest, so Start can be pressed again.
        timer.reset();
        await pressStart(timer);
        await pressStart(other);
        expect(requestPermission.callCount, 'once, whatever the number of clicks and timers').to.equal(1);
      });

      it('does not ask when a script starts the session, without a gesture', async () => {
        const { requestPermission } = fakeNotifications('default', 'granted');
        fakeActivation(false, false);
        const timer = await fixture<SpasmTimer>(html`<spasm-timer notify></spasm-timer>`);
        timer.start();
        await settle(timer);
        expect(timer.state).to.equal('running');
        expect(requestPermission.callCount).to.equal(0);
        expect(shown(timer, 'notify-note')).to.equal(null);
      });

      for (const [locale, title, body, dir] of [
        ['en', 'Session complete', 'Take the pack off now.', 'ltr'],
        ['es', 'Sesión terminada', 'Retira ahora la bolsa de hielo o de calor.', 'ltr'],
        ['ar', 'انتهت الجلسة', 'أزل الكمادة الآن.', 'rtl'],
      ]) {
        it(`${locale}: shows a notification, in the language and without an icon, when a session ends while hidden`, async () => {
          const { notifications } = fakeNotifications('granted');
          const timer = await fixture<SpasmTimer>(html`<spasm-timer notify lang=${locale}></spasm-timer>`);
          await renderedIn(timer, locale);
          timer.start();
          await clock.tickAsync(MINUTE);
          setPageHidden(true);
          await clock.tickAsync(13 * MINUTE);
          expect(notifications, 'none before the end').to.deep.equal([]);
          await clock.tickAsync(MINUTE);
          expect(notifications.length).to.equal(1);
          const [{ title: shownTitle, options }] = notifications;
          expect(shownTitle).to.equal(title);
          expect(options.body).to.equal(body);
          expect(options.lang).to.equal(locale);
          expect(options.dir).to.equal(dir);
          expect(options).not.to.have.property('icon');
          expect(options).not.to.have.property('image');
          expect(options).not.to.have.property('badge');
        });
      }

      it('shows no notification when the session ends in view', async () => {
        const { notifications } = fakeNotifications('granted');
        const timer = await fixture<SpasmTimer>(html`<spasm-timer notify></spasm-timer>`);
        timer.start();
        await clock.tickAsync(15 * MINUTE);
        await settle(timer);
        expect(timer.state).to.equal('done');
        expect(notifications).to.deep.equal([]);
        expect(shown(timer, 'ended'), 'seen, so no banner').to.equal(null);
      });

      const OFF = "This page can't send you notifications. Keep it open to see when the session ends.";
      for (const [label, install] of [
        ['blocked', () => fakeNotifications('denied')],
        ['refused at the prompt', () => fakeNotifications('default', 'denied')],
        ['the prompt closed', () => fakeNotifications('default', 'default')],
        ['none in this browser (iOS Safari in a tab)', () => fake(window, 'Notification', undefined)],
      ] as const) {
        it(`${label}: says so once, in words, and no console error`, async () => {
          install();
          const warn = captureWarnings();
          const timer = await fixture<SpasmTimer>(html`<spasm-timer notify></spasm-timer>`);
          await pressStart(timer);
          await settle(timer);
          expect(partText(timer, 'notify-note')).to.equal(OFF);
          expect(timer.shadowRoot!.querySelectorAll('[part~="notify-note"]').length).to.equal(1);
          // It goes with the session it was said for, and is not said again.
          await clock.tickAsync(15 * MINUTE);
          await settle(timer);
          expect(shown(timer, 'notify-note')).to.equal(null);
          await clock.tickAsync(2 * 60 * MINUTE);
          await pressStart(timer);
          await settle(timer);
          expect(timer.state).to.equal('running');
          expect(shown(timer, 'notify-note'), 'once per element').to.equal(null);
          expect(warn.callCount).to.equal(0);
        });
      }

      it('warns about notify="false" as about every boolean attribute, and stays on', async () => {
        const warn = captureWarnings();
        const timer = await fixture<SpasmTimer>(html`<spasm-timer notify="false"></spasm-timer>`);
        expect(timer.notify).to.equal(true);
        // What says why loads when a value reads as off.
        await waitFor(() => warn.called, 'the warning');
        expect(warningText(warn)).to.equal(
          '<spasm-timer> notify="false": a boolean attribute is on whatever its value (remove it to turn it off); using on.'
        );
      });
    });

    describe('title-countdown', () => {
      it('shows the time left in the title while hidden, at most once a minute, and puts the title back at the end', async () => {
        const timer = await fixture<SpasmTimer>(html`<spasm-timer title-countdown></spasm-timer>`);
        const titles: string[] = [];
        const observer = new MutationObserver(() => titles.push(document.title));
        observer.observe(document.head, { subtree: true, childList: true, characterData: true });
        timer.start();
        await clock.tickAsync(26_000);
        expect(document.title, 'in view: the page’s own').to.equal('Back pain — what helps ‹Clinic›');
        setPageHidden(true);
        expect(document.title).to.equal('14:34 · Cold');
        await clock.tickAsync(59_000);
        expect(document.title).to.equal('14:34 · Cold');
        await clock.tickAsync(1_000);
        expect(document.title).to.equal('13:34 · Cold');
        // A render while hidden (a property set) writes nothing more.
        timer.minutes = 10;
        await timer.updateComplete;
        expect(document.title).to.equal('13:34 · Cold');
        await clock.tickAsync(13 * MINUTE + 34_000);
        await settle(timer);
        expect(timer.state).to.equal('done');
        expect(document.title, 'exactly the page’s title at the end').to.equal('Back pain — what helps ‹Clinic›');
        await clock.tickAsync(5 * MINUTE);
        observer.disconnect();
        const countdowns = titles.filter((title) => title.endsWith('· Cold'));
        // 14:34 at hiding, then one a minute: 13:34 … 01:34, 00:34.
        expect(countdowns.length).to.equal(new Set(countdowns).size);
        expect(countdowns.length).to.be.at.most(15);
        expect(titles.at(-1)).to.equal('Back pain — what helps ‹Clinic›');
      });

      it('puts the title back when the page is in view, and counts again when hidden', async () => {
        const timer = await fixture<SpasmTimer>(
          html`<spasm-timer title-countdown mode="heat" lang="es"></spasm-timer>`
        );
        await renderedIn(timer, 'es');
        timer.start();
        await clock.tickAsync(MINUTE);
        setPageHidden(true);
        expect(document.title).to.equal('14:00 · Calor');
        setPageHidden(false);
        expect(document.title).to.equal('Back pain — what helps ‹Clinic›');
        await clock.tickAsync(MINUTE);
        setPageHidden(true);
        expect(document.title).to.equal('13:00 · Calor');
        // Paused by a script while hidden: no time runs, so the page's title.
        timer.pause();
        await settle(timer);
        expect(document.title).to.equal('Back pain — what helps ‹Clinic›');
      });

      it('keeps a title the page sets meanwhile, and gives the title back when removed', async () => {
        const timer = await fixture<SpasmTimer>(html`<spasm-timer title-countdown></spasm-timer>`);
        timer.start();
        await timer.updateComplete;
        setPageHidden(true);
        expect(document.title).to.equal('15:00 · Cold');
        document.title = '(1) New message';
        await clock.tickAsync(MINUTE);
        expect(document.title).to.equal('14:00 · Cold');
        timer.remove();
        expect(document.title).to.equal('(1) New message');
      });
    });

    describe('the banner after an unseen end', () => {
      async function endedUnseenTimer(attributes: string, locale = 'en'): Promise<SpasmTimer> {
        const root = await fixture(html`<div .innerHTML=${`<spasm-timer ${attributes}></spasm-timer>`}></div>`);
        const timer = root.querySelector('spasm-timer')!;
        timer.lang = locale;
        await renderedIn(timer, locale);
        timer.start();
        await clock.tickAsync(MINUTE);
        setPageHidden(true);
        await clock.tickAsync(20 * MINUTE);
        setPageHidden(false);
        await settle(timer);
        return timer;
      }

      it('says "Your cold session ended at …" once, until dismissed; focus goes to the main button', async () => {
        const timer = await endedUnseenTimer('title-countdown');
        const text = `Your cold session ended at ${clockTime(MORNING + 15 * MINUTE)}.`;
        expect(partText(timer, 'ended')).to.equal(`${text} Got it`);
        expect(liveRegionText(timer)).to.equal(text);
        // Announced once: later renders leave the live region as it is.
        const changes: MutationRecord[] = [];
        const observer = new MutationObserver((records) => changes.push(...records));
        observer.observe(timer.shadowRoot!.querySelector('[role="status"]')!, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        await clock.tickAsync(3 * MINUTE);
        await settle(timer);
        setPageHidden(true);
        setPageHidden(false);
        await settle(timer);
        observer.disconnect();
        expect(changes).to.deep.equal([]);
        const dismiss = part<HTMLButtonElement>(timer, 'dismiss-button');
        dismiss.focus();
        await sendKeys({ press: 'Enter' });
        await waitFor(() => !shown(timer, 'ended'), 'the banner to go');
        await waitFor(() => timer.shadowRoot!.activeElement === part(timer, 'primary-button'), 'focus on Start');
      });

      it('comes with notify too, and not with wake-lock alone', async () => {
        fakeNotifications('granted');
        fakeWakeLock();
        expect(shown(await endedUnseenTimer('notify'), 'ended')).not.to.equal(null);
        expect(shown(await endedUnseenTimer('wake-lock'), 'ended')).to.equal(null);
      });

      it('shows at once for a session that ended while the page was closed', async () => {
        const first = await fixture<SpasmTimer>(
          html`<spasm-timer persist storage-key=${KEY} title-countdown mode="heat"></spasm-timer>`
        );
        first.start();
        await clock.tickAsync(2 * MINUTE);
        first.remove();
        await clock.tickAsync(60 * MINUTE);
        const again = await fixture<SpasmTimer>(
          html`<spasm-timer persist storage-key=${KEY} title-countdown></spasm-timer>`
        );
        await settle(again);
        expect(again.state).to.equal('done');
        expect(partText(again, 'ended')).to.contain(`Your heat session ended at ${clockTime(MORNING + 15 * MINUTE)}.`);
      });

      for (const locale of ['en', 'es', 'ar']) {
        it(`${locale}: the banner has no axe violations`, async () => {
          const timer = await endedUnseenTimer('notify title-countdown', locale);
          expect(shown(timer, 'ended')).not.to.equal(null);
          if (locale !== 'en') expect(partText(timer, 'ended')).not.to.contain('Your cold session');
          await expectAccessible(timer, clock);
        });
      }
    });

    describe('wake-lock', () => {
      it('holds the screen on while a session runs in view: again when back in view, released on pause and at the end', async () => {
        const lock = fakeWakeLock();
        const timer = await fixture<SpasmTimer>(html`<spasm-timer wake-lock></spasm-timer>`);
        expect(lock.request.callCount, 'nothing before a session').to.equal(0);
        timer.start();
        await settle(timer);
        expect(lock.request.firstCall.args).to.deep.equal(['screen']);
        expect(lock.held()).to.equal(1);
        setPageHidden(true);
        await settle(timer);
        expect(lock.held(), 'the browser lets go of it while hidden').to.equal(0);
        setPageHidden(false);
        await settle(timer);
        expect(lock.request.callCount).to.equal(2);
        expect(lock.held()).to.equal(1);
        timer.pause();
        await settle(timer);
        expect(lock.held()).to.equal(0);
        timer.resume();
        await settle(timer);
        expect(lock.held()).to.equal(1);
        await clock.tickAsync(15 * MINUTE);
        await settle(timer);
        expect(timer.state).to.equal('done');
        expect(lock.held()).to.equal(0);
        expect(lock.request.callCount).to.equal(3);
      });

      it('is released when the timer leaves the page, and taken again when it comes back', async () => {
        const lock = fakeWakeLock();
        const timer = await fixture<SpasmTimer>(html`<spasm-timer wake-lock></spasm-timer>`);
        timer.start();
        await settle(timer);
        const parent = timer.parentElement!;
        timer.remove();
        expect(lock.held()).to.equal(0);
        parent.append(timer);
        await settle(timer);
        expect(lock.held()).to.equal(1);
      });

      it('does nothing, and fails nothing, where there is no navigator.wakeLock', async () => {
        fake(navigator, 'wakeLock', undefined);
        const timer = await fixture<SpasmTimer>(html`<spasm-timer wake-lock></spasm-timer>`);
        timer.start();
        await settle(timer);
        setPageHidden(true);
        setPageHidden(false);
        await clock.tickAsync(15 * MINUTE);
        await settle(timer);
        expect(timer.state).to.equal('done');
      });

      it('lets go of a lock granted after the session paused', async () => {
        let grant: (sentinel: { release: () => Promise<void> }) => void = () => undefined;
        const release = sinon.spy(() => Promise.resolve());
        fake(navigator, 'wakeLock', { request: () => new Promise((resolve) => (grant = resolve)) });
        const timer = await fixture<SpasmTimer>(html`<spasm-timer wake-lock></spasm-timer>`);
        timer.start();
        await settle(timer);
        timer.pause();
        await settle(timer);
        grant({ release });
        await settle(timer);
        expect(release.callCount).to.equal(1);
      });
    });

    describe('the chime', () => {
      /** An AudioContext that counts what is made and resumed; the chime's nodes are not needed. */
      function fakeAudio() {
        const made = sinon.spy();
        const resumed = sinon.spy();
        class FakeAudioContext {
          currentTime = 0;
          constructor() {
            made();
          }
          resume(): Promise<void> {
            resumed();
            return Promise.resolve();
          }
          close(): Promise<void> {
            return Promise.resolve();
          }
        }
        fake(window, 'AudioContext', FakeAudioContext);
        return { made, resumed };
      }

      it('makes and resumes its audio context on the Start click, and not otherwise', async () => {
        const audio = fakeAudio();
        const timer = await fixture<SpasmTimer>(html`<spasm-timer sound></spasm-timer>`);
        expect(audio.made.callCount, 'not on connecting').to.equal(0);
        fakeActivation(false, false);
        timer.start();
        await settle(timer);
        expect(audio.made.callCount, 'not from a script').to.equal(0);
        timer.reset();
        undo.pop()!();
        await pressStart(timer);
        expect(audio.made.callCount).to.equal(1);
        expect(audio.resumed.callCount).to.equal(1);
      });

      for (const interacted of [true, false]) {
        it(`after a reload, chimes at the end only if the user has interacted (${interacted ? 'has' : 'has not'})`, async () => {
          const audio = fakeAudio();
          fakeActivation(false, interacted);
          const first = await fixture<SpasmTimer>(html`<spasm-timer sound persist storage-key=${KEY}></spasm-timer>`);
          first.start();
          await clock.tickAsync(5 * MINUTE);
          first.remove();
          const again = await fixture<SpasmTimer>(html`<spasm-timer sound persist storage-key=${KEY}></spasm-timer>`);
          expect(again.state).to.equal('running');
          await clock.tickAsync(10 * MINUTE);
          await settle(again);
          // The end-signal module is there, so a count of 0 means no context was made, not that it had not loaded.
          await import('../src/timer/end-signal.js');
          await settle(again);
          if (interacted) await waitFor(() => audio.made.callCount > 0, 'the chime’s context');
          expect(audio.made.callCount).to.equal(interacted ? 1 : 0);
          await clock.tickAsync(2_000);
        });
      }
    });
  });
});
