/**
 * The end of a session reaches the user, each part opt-in (issue 11 §1):
 *
 * - `notify`: a system notification when a session ends while the page is
 *   hidden. Permission is asked on the Start click, once a page; where it is
 *   refused or impossible, one sentence in the widget says so.
 * - `title-countdown`: the time left in the tab's title while the page is
 *   hidden ("12:34 · Cold"), the page's own title put back exactly.
 * - `wake-lock`: the screen stays on while a session runs in a visible page.
 * - with `notify` or `title-countdown`: a banner, "Your cold session ended at
 *   14:05", for an end the user did not see, until dismissed.
 *
 * One module, loaded only by timers with one of those attributes, before
 * their render (the timer's contentReady): so it is there on the Start click,
 * whose user gesture the permission request must come from, and a stored
 * session that ended while the page was closed gets its banner at once.
 * Nothing here makes a request (the notification has no icon), throws, or
 * logs: a browser API that is missing or refuses leaves the rest working.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { timeNow } from '../core/clock.js';
import { formatCountdown, formatTimeOfDay } from '../core/format.js';
import { inLocale, isRightToLeft, msg, str } from '../core/localization.js';
import { MINUTE_MS, type TimerMode, type TimerState, type TimerStatus } from './timer-machine.js';
import { modeName, statusText, takeOffText } from './timer-text.js';

/** An end noticed this much after it happened was not seen: the page was asleep, frozen or closed. */
export const LATE_MS = 10_000;
/** "Ended at 14:05" has no date: after half a day it would mislead, so an older end gets no banner. */
export const BANNER_WITHIN_MS = 12 * 60 * MINUTE_MS;
/** Chromium runs a hidden page's timers at most once a minute after a while: the title keeps that pace. */
export const TITLE_EVERY_MS = MINUTE_MS;

/** What the companion needs of its timer: its opt-in settings, its state as of now, its rendered buttons. */
export interface CompanionHost extends ReactiveControllerHost {
  readonly notify: boolean;
  readonly titleCountdown: boolean;
  readonly wakeLock: boolean;
  /** The timer's status, from its clock. */
  readonly state: TimerStatus;
  readonly remainingMs: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** A session's end, as the banner tells it. */
export interface Ended {
  mode: TimerMode;
  endedAt: number;
}

/**
 * Whether the user missed the end of a session that ended at `endedAt`,
 * noticed at `now`: the page is hidden, or came into view (at `shownAt`)
 * only after it, or the end is noticed late. Not an end older than half a day.
 */
export function endedUnseen(endedAt: number, now: number, hidden: boolean, shownAt: number): boolean {
  return now - endedAt < BANNER_WITHIN_MS && (hidden || shownAt > endedAt || now - endedAt > LATE_MS);
}

/** The tab title while hidden: "12:34 · Cold", in the widget's digits and words. Call inside its locale. */
export const countdownTitle = (leftMs: number, mode: TimerMode, locale: string): string =>
  `${formatCountdown(leftMs, locale)} · ${modeName(mode)}`;

/** "Your cold session ended at 14:05." Call inside the widget's locale. */
export function endedText({ mode, endedAt }: Ended, locale: string): string {
  const time = formatTimeOfDay(endedAt, locale);
  return mode === 'cold'
    ? msg(str`Your cold session ended at ${time}.`, {
        id: 'timer.ended.cold',
        desc: 'Banner shown when the user comes back to the page after a cold session ended unseen (the page was hidden or closed). ${0} is a clock time (14:05).',
      })
    : msg(str`Your heat session ended at ${time}.`, {
        id: 'timer.ended.heat',
        desc: 'Banner shown when the user comes back to the page after a heat session ended unseen (the page was hidden or closed). ${0} is a clock time (14:05).',
      });
}

const dismissLabel = (): string =>
  msg('Got it', {
    id: 'timer.ended.dismiss',
    desc: 'Button that closes the banner "Your cold session ended at 14:05". Short: about 12 characters.',
  });

/** Said once, whatever the reason: notifications refused, the prompt closed, or no notifications in this browser. */
const notifyOffText = (): string =>
  msg("This page can't send you notifications. Keep it open to see when the session ends.", {
    id: 'timer.notify.off',
    desc: 'Shown once in the timer after Start when it cannot notify the user: notifications blocked, the question closed, or none in this browser (for example Safari on iPhone). Keep the advice to keep the page open.',
  });

/**
 * The page's one permission request (per Notification API, which a page has one of): a second prompt after
 * the user closed the first only annoys, and Chrome blocks the site after a few.
 */
const asked = new WeakMap<object, Promise<NotificationPermission>>();

/** The timer whose countdown is in the tab's title (one at a time), and the page's own title to put back. */
let titleHolder: CompanionHost | undefined;
let pageTitle = '';
let shownTitle = '';

const quietly = (promise: Promise<unknown> | undefined) => void promise?.catch(() => undefined);

/** One per timer that uses any of `notify`, `title-countdown` and `wake-lock`; the timer calls its hooks. */
export class SessionCompanion implements ReactiveController {
  readonly #host: CompanionHost;
  /** Puts a sentence in the timer's one live region. */
  readonly #announce: (text: () => string) => void;
  #locale = 'en';
  /** The locale of its clock times: the widget's own tag (`en-GB`), of `#locale`'s language. */
  #formatLocale = 'en';
  #session: TimerState = { status: 'idle' };
  /** An unseen end, waiting for the page to be visible. */
  #unseen?: Ended;
  /** The banner's end, shown until dismissed or a new session starts. */
  #banner?: Ended;
  /** Whether the note that no notification will come is shown; `null` once it has been (once an element). */
  #notifyOff: boolean | null = false;
  /** When the page last came into view (ms since the epoch). */
  #shownAt = 0;
  #titleTimer?: ReturnType<typeof setTimeout>;
  /** Whether the screen should stay on; the lock once granted. */
  #awake = false;
  #lock?: WakeLockSentinel;

  constructor(host: CompanionHost, announce: (text: () => string) => void) {
    this.#host = host;
    this.#announce = announce;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#keepAwake(false);
    this.#showCountdown(false);
  }

  /**
   * The Start click, a user gesture: the only moment a browser lets a page
   * ask for notifications (Firefox refuses, with a console message, any
   * other). Synchronous, so it stays inside the gesture.
   */
  gesture(): void {
    if (!this.#host.notify || this.#notifyOff !== false || !(navigator.userActivation?.isActive ?? true)) return;
    const api = globalThis.Notification;
    // iOS Safari outside a home-screen app has none.
    if (typeof api !== 'function') return this.#sayNotifyOff();
    let permission = Promise.resolve(api.permission);
    try {
      if (api.permission === 'default') {
        if (!asked.has(api)) asked.set(api, Promise.resolve(api.requestPermission()));
        permission = asked.get(api)!;
      }
    } catch {
      // Whatever stopped the request, no notification will come.
      permission = Promise.resolve('denied');
    }
    permission.then(
      (answer) => answer === 'granted' || this.#sayNotifyOff(),
      () => this.#sayNotifyOff()
    );
  }

  /**
   * Follows the timer's session, before each of its renders (its willUpdate): the session, the clock reading,
   * whether it has just ended, the widget's language and the locale its times are formatted in. Notifies, keeps
   * the screen on, shows the countdown in the tab's title and the banner; what changes here is in that render.
   */
  followSession(session: TimerState, now: number, ended: boolean, locale: string, formatLocale: string): void {
    const { notify, titleCountdown, wakeLock } = this.#host;
    const hidden = document.hidden;
    const running = session.status === 'running';
    this.#session = session;
    this.#locale = locale;
    this.#formatLocale = formatLocale;
    if (running) this.#banner = undefined;
    if (ended && session.status === 'done') {
      if (hidden && notify) this.#notify();
      if ((notify || titleCountdown) && endedUnseen(session.endedAt, now, hidden, this.#shownAt)) {
        this.#unseen = { mode: session.mode, endedAt: session.endedAt };
        if (!hidden) this.#showBanner();
      }
    }
    // The note belongs to the session it was said for.
    if (this.#notifyOff && !running && session.status !== 'paused') this.#notifyOff = null;
    this.#keepAwake(running && !hidden && wakeLock);
    this.#showCountdown(running && hidden && titleCountdown);
  }

  /** The banner and the note, in the timer's render (so in its locale). */
  render(): TemplateResult {
    const banner = this.#banner;
    return html`${
      banner
        ? html`<div class="base row" part="ended">
            <p id="ended">${endedText(banner, this.#formatLocale)}</p>
            <button class="quiet" part="dismiss-button" aria-describedby="ended" @click=${this.#dismiss}>
              ${dismissLabel()}
            </button>
          </div>`
        : nothing
    }${this.#notifyOff ? html`<p class="note" part="notify-note">${notifyOffText()}</p>` : nothing}`;
  }

  readonly #onVisibilityChange = () => {
    const hidden = document.hidden;
    // The timer's own state, from its clock: the render that notices an end may not have run yet.
    const running = this.#host.state === 'running';
    if (!hidden) this.#shownAt = timeNow();
    this.#keepAwake(running && !hidden && this.#host.wakeLock);
    this.#showCountdown(running && hidden && this.#host.titleCountdown);
    if (!hidden) this.#showBanner();
  };

  #showBanner(): void {
    const ended = this.#unseen;
    if (!ended) return;
    this.#unseen = undefined;
    this.#banner = ended;
    // Once: the live region says it now, and the banner stays for whoever reads the page.
    this.#announce(() => endedText(ended, this.#formatLocale));
  }

  readonly #dismiss = async () => {
    this.#banner = undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // The button is gone: focus goes to the timer's main button rather than to the top of the page.
    this.#host.renderRoot.querySelector<HTMLElement>('[part="primary-button"]')?.focus();
  };

  #sayNotifyOff(): void {
    if (this.#notifyOff !== false) return;
    this.#notifyOff = true;
    this.#host.requestUpdate();
  }

  /** "Session complete: Take the pack off now.", in the widget's language; no icon, so nothing is fetched. */
  #notify(): void {
    const api = globalThis.Notification;
    if (typeof api !== 'function' || api.permission !== 'granted') return;
    const locale = this.#locale;
    const [title, body] = inLocale(locale, () => [statusText('done')!, takeOffText()]);
    const options: NotificationOptions = {
      body,
      lang: locale,
      dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
      // A second timer's end replaces the first's notification rather than piling up.
      tag: 'spasm-timer',
    };
    try {
      const notification = new api(title, options);
      notification.onclick = () => {
        window.focus();
        notification.close();
      };
    } catch {
      // Chrome on Android shows notifications only through a service worker: the site's own, if it has one.
      quietly(
        navigator.serviceWorker
          ?.getRegistration()
          .then((registration) => registration?.showNotification(title, options))
      );
    }
  }

  /** Holds the screen on while `on`; a lock granted after it turned off is released as it arrives. */
  #keepAwake(on: boolean): void {
    if (on === this.#awake) return;
    this.#awake = on;
    if (!on) {
      quietly(this.#lock?.release());
      this.#lock = undefined;
    } else if (navigator.wakeLock) {
      quietly(
        navigator.wakeLock.request('screen').then((lock) => {
          if (this.#awake && !this.#lock) this.#lock = lock;
          else quietly(lock.release());
        })
      );
    }
  }

  /** Shows the time left in the tab's title, once a minute, while `on`; else puts the page's title back. */
  #showCountdown(on: boolean): void {
    if (on === (titleHolder === this.#host)) return;
    if (!on) {
      clearTimeout(this.#titleTimer);
      titleHolder = undefined;
      // Exactly the page's title; unless the page has set another meanwhile, which stays.
      if (document.title === shownTitle) document.title = pageTitle;
    } else if (!titleHolder) {
      titleHolder = this.#host;
      pageTitle = document.title;
      this.#writeTitle();
    }
  }

  readonly #writeTitle = () => {
    // The page changed its title while hidden: that is the one to put back.
    if (document.title !== shownTitle) pageTitle = document.title;
    const session = this.#session;
    if (session.status === 'running') {
      document.title = inLocale(this.#locale, () =>
        countdownTitle(this.#host.remainingMs, session.mode, this.#formatLocale)
      );
      shownTitle = document.title;
    }
    this.#titleTimer = setTimeout(this.#writeTitle, TITLE_EVERY_MS);
  };
}
