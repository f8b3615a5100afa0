import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { realTimeClock } from '../core/clock.js';
import { emit } from '../core/events.js';
import { lazy } from '../core/lazy.js';
import { Persistence } from '../core/persistence.js';
import type { PlanPart } from '../core/plan.js';
import { sharedStyles } from '../core/shared.styles.js';
import { SpasmElement } from '../core/spasm-element.js';
import { warnInput } from '../core/warn.js';
import { CompanionLoader } from './companion-loader.js';
import { controls } from './controls.js';
import { dial } from './dial.js';
import { modeIcon, modeSwitch } from './mode-switch.js';
import { planItems, restNotice, takeOffNote } from './rest-display.js';
import { SessionEndSignal } from './session-end-signal.js';
import { SessionTicker } from './session-ticker.js';
import { timerStyles } from './spasm-timer.styles.js';
import { checkSiteStartDay, StartDayDisclosure } from './start-day-disclosure.js';
import {
  CALENDAR_SESSIONS,
  checkInputs,
  DEFAULT_MODE,
  REST_MINUTES,
  SESSION_MINUTES,
  timerSettings,
} from './timer-config.js';
import type { TimerChange, TimerEventDetail, TimerEventName } from './timer-events.js';
import {
  advanceSince,
  countToday,
  idle,
  mergeHistory,
  MINUTE_MS,
  pastSession,
  pause,
  pruneHistory,
  resume,
  start,
  timerView,
  TIMER_MODES,
  type PastSession,
  type TimerMode,
  type TimerState,
  type TimerStatus,
  type TimerView,
} from './timer-machine.js';
import type { StoredTimer } from './timer-storage.js';
import { announcementText, safetyLine, sessionsToday, titleText, type Announcement } from './timer-text.js';

export type { TimerEventDetail, TimerEventName, TimerMode, TimerStatus };

/** The store of sessions: loaded only by pages that set `persist`. */
const timerStore = lazy(() => import('./timer-storage.js').then((module) => module.openTimerStore));

/** Attribute text as it was written: the timer validates it itself, so "0x10" is not taken for 16. */
const asWritten = { fromAttribute: (value: string | null) => value };

/**
 * An ice and heat therapy timer. It counts one cold or heat session of at most
 * 20 minutes, then asks the skin to rest before the next one and says when
 * that is. Remaining time is derived from the session's end time, so it stays
 * right in a hidden tab, after the device slept, after a reload (with `persist`)
 * and after a DOM move.
 * The limits hold whatever the sequence: a session reset after running a
 * minute or more counts like a finished one.
 *
 * @element spasm-timer
 * @summary Ice/heat therapy timer with safe limits and rest between sessions.
 *
 * @fires {CustomEvent<{ mode: TimerMode; durationMs: number; remainingMs: number }>} spasm-timer-start - A session started (user action or `start()`).
 * @fires {CustomEvent<{ mode: TimerMode; durationMs: number; remainingMs: number }>} spasm-timer-pause - The running session was paused.
 * @fires {CustomEvent<{ mode: TimerMode; durationMs: number; remainingMs: number }>} spasm-timer-resume - A paused session was resumed.
 * @fires {CustomEvent<{ mode: TimerMode; durationMs: number; remainingMs: number }>} spasm-timer-complete - A session ran to its end (elapsed time).
 * @fires {CustomEvent<{ mode: TimerMode; durationMs: number; remainingMs: number }>} spasm-timer-reset - The timer went back to idle.
 * @fires {CustomEvent<{ day: string; mode: TimerMode }>} spasm-timer-episode - The user answered "When did the spasm start?": the day (ISO date) and the therapy it recommends. Once the choice settles (Enter, focus leaving the answers, or a second's pause), not for each answer the arrow keys pass. A linked checklist's buttons follow it.
 *
 * @csspart base - The card that holds the whole timer.
 * @csspart title - The timer's title.
 * @csspart ended - With `notify` or `title-countdown`: "Your cold session ended at 14:05", when the page comes back into view after a session ended unseen, until dismissed.
 * @csspart dismiss-button - "Got it", which closes that banner.
 * @csspart notify-note - With `notify`: the one sentence, after Start, that no notification can come (refused, or none in this browser).
 * @csspart episode - "When did the spasm start?", shown with the cold/heat switch.
 * @csspart episode-reason - Why cold (the first day or two) or heat (after) fits, once the start is known.
 * @csspart modes - The cold/heat switch, shown while no session runs.
 * @csspart take-off - "Take the pack off now.", when a session has just ended.
 * @csspart dial - The progress ring with the time in it, and under it "Paused" or "Session complete".
 * @csspart time - The remaining time (`role="timer"`).
 * @csspart next - "Next session at 11:15", in the ring in place of the time while the skin rests.
 * @csspart controls - The row of buttons.
 * @csspart primary-button - Start, pause or resume.
 * @csspart reset-button - Reset.
 * @csspart safety - The safety line for the current mode.
 * @csspart rest - The "let your skin rest" line after a session.
 * @csspart calendar-button - "Add the next sessions to my calendar", while the skin rests and the next session is still today.
 * @csspart count - Today's session count.
 *
 * @cssprop [--spasm-color-cold=#0b5ea8] - Colour of cold sessions: the ring, the buttons and the focus outline.
 * @cssprop [--spasm-color-heat=#b02e0c] - Colour of heat sessions: the ring, the buttons and the focus outline.
 * @cssprop [--spasm-color-track=#8886] - The ring's empty track.
 *
 * @cssstate idle - No session has started, or the timer was reset.
 * @cssstate running - A session is counting down.
 * @cssstate paused - The session is paused.
 * @cssstate done - The last session ran to its end.
 * @cssstate resting - The skin is resting before the next session may start.
 * @cssstate cold - The session (or the next one) is cold.
 * @cssstate heat - The session (or the next one) is heat.
 */
export class SpasmTimer extends SpasmElement {
  protected static override readonly messageGroup = 'timer';
  static override styles = [sharedStyles, timerStyles];

  // Declared without decorators: the same reactive properties, minus a decorator helper in every bundle.
  static override properties: PropertyDeclarations = {
    mode: {},
    minutes: { converter: asWritten },
    restMinutes: { converter: asWritten, attribute: 'rest-minutes' },
    sound: { type: Boolean },
    vibrate: { type: Boolean },
    notify: { type: Boolean },
    titleCountdown: { type: Boolean, attribute: 'title-countdown' },
    wakeLock: { type: Boolean, attribute: 'wake-lock' },
    episodeStart: { attribute: 'episode-start' },
    calendarSessions: { converter: asWritten, attribute: 'calendar-sessions' },
    startDay: { state: true, attribute: false },
    session: { state: true, attribute: false },
    history: { state: true, attribute: false },
    now: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * `cold` or `heat`: the therapy of the next session.
   * @attr mode
   */
  mode: TimerMode = DEFAULT_MODE;

  /**
   * Session length in minutes, from 5 to 20 (never more than 20).
   * @attr minutes
   */
  minutes: number = SESSION_MINUTES.fallback;

  /**
   * Minutes of skin rest after a session before the next may start (at least 120).
   * @attr rest-minutes
   */
  restMinutes: number = REST_MINUTES.fallback;

  /**
   * Play a short synthesized chime when a session ends.
   * @attr sound
   */
  sound = false;

  /**
   * Vibrate (where the device supports it) when a session ends.
   * @attr vibrate
   */
  vibrate = false;

  /**
   * Show a system notification when a session ends while the page is hidden.
   * Permission is asked on the Start click; where it is refused or there are
   * no notifications, one sentence in the widget says so. With it, a session
   * that ended unseen gets a banner when the page is back in view.
   * @attr notify
   */
  notify = false;

  /**
   * While a session runs and the page is hidden, show the time left in the
   * tab's title ("12:34 · Cold"), once a minute; the page's title comes back
   * at the end or when the page is in view. With it, a session that ended
   * unseen gets a banner when the page is back in view.
   * @attr title-countdown
   */
  titleCountdown = false;

  /**
   * Keep the screen on while a session runs and the page is visible, where the browser can.
   * @attr wake-lock
   */
  wakeLock = false;

  /**
   * When the spasm started, as an ISO date (`2026-11-21`), if the site knows:
   * cold is suggested for the first day or two and heat after, never as a rule. The user can
   * also answer in the widget.
   * @attr episode-start
   */
  episodeStart?: string;

  /**
   * How many of today's next sessions "Add to my calendar" puts in the file, 0 to 12 (0: no button).
   * @attr calendar-sessions
   */
  calendarSessions: number = CALENDAR_SESSIONS.fallback;

  /** The start day (the day the spasm started) as the user answered, an ISO date. */
  private startDay?: string = undefined;
  private session: TimerState = idle;
  private history: PastSession[] = [];
  /** The clock reading the current render shows; ticks move it. */
  private now: number;
  private announcement?: Announcement = undefined;

  /**
   * Measures sessions and rests in real time, a sleep of the device included; a device clock set back
   * while the page lives changes nothing (core/clock.ts). Its times are stored, so other tabs and a reload read them.
   */
  readonly #clock = realTimeClock();
  /** When the user last changed the state: across tabs, the latest change wins. */
  #changedAt = 0;
  protected readonly persistence = new Persistence<StoredTimer>(this, timerStore, {
    snapshot: () => ({
      version: 2,
      state: this.session,
      changedAt: this.#changedAt,
      history: this.history,
      episode: this.startDay,
    }),
    adopt: (stored) => {
      this.session = stored.state;
      this.startDay = stored.episode;
      this.#changedAt = stored.changedAt;
      this.history = pruneHistory(stored.history, this.#clock());
    },
    now: this.#clock,
  });
  /** "When did the spasm start?" */
  readonly #startDayQuestion = new StartDayDisclosure({
    element: this,
    siteStartDay: () => this.episodeStart,
    answer: () => this.startDay,
    setAnswer: (day) => {
      this.startDay = day;
      this.persistence.save();
    },
    announce: (text) => (this.announcement = text),
    now: this.#clock,
  });
  readonly #ticker = new SessionTicker({
    element: this,
    now: this.#clock,
    view: (now) => this.#view(now),
    tick: () => void (this.now = this.#clock()),
  });
  readonly #endSignal = new SessionEndSignal();
  readonly #companionLoader = new CompanionLoader(this, (text) => (this.announcement = text));
  /** The clock reading the session was last brought up to, to see which milestones passed since. */
  #advancedTo: number;
  /** A session ended (seen by #advanceTo); its event fires after the render that shows it. */
  #completionPending = false;
  /**
   * Whether the dial's time has its name in words ("15 minutes left"). Not
   * on the first render: the first number formatter a page makes costs 100
   * to 230 ms on a phone (issue 25), and the warning signs must not wait for
   * a label that a screen reader reads only once the user reaches the dial.
   * Set after the first paint; until then the time's name is its digits.
   */
  #timeInWords = false;

  constructor() {
    super();
    this.now = this.#advancedTo = this.#clock();
  }

  /** `idle`, `running`, `paused` or `done`, as of now. */
  get state(): TimerStatus {
    return this.#view(this.#clock()).status;
  }

  /** Milliseconds left in the current session, as of now (the next session's length while idle). */
  get remainingMs(): number {
    return this.#view(this.#clock()).remainingMs;
  }

  /** When the skin has rested enough for the next session (ms since the epoch), or null if it may start now. */
  get nextSessionAt(): number | null {
    return this.#view(this.#clock()).restEnd ?? null;
  }

  /** The therapy the day the spasm started recommends (cold in the first day or two, heat after), once it is known. */
  get recommendedMode(): TimerMode | undefined {
    return this.#startDayQuestion.recommendedMode(this.now);
  }

  /**
   * Starts a session of `mode` and `minutes`, unless one is under way or the
   * skin is resting. A session that follows a misclick within the rest is
   * shortened so that the two last at most 20 minutes together.
   */
  start(): void {
    // With `persist`, storage may hold a rest, or another tab's session, this page has not read yet.
    this.persistence.whenOpen(() => this.#start());
  }

  #start(): void {
    // Another tab may have started or finished a session since storage was read.
    this.persistence.refresh();
    const now = this.#clock();
    this.#advanceTo(now);
    const view = this.#view(now);
    if (view.underWay) return;
    if (view.restEnd !== undefined) {
      warnInput(this.localName, 'start()', new Date(view.restEnd), 'the skin rests until then', 'no session');
      return;
    }
    // Still inside the click: the chime's audio and the permission request need it.
    this.#endSignal.prepare(this);
    this.#companionLoader.companion?.gesture();
    this.#change(start(this.session, view.mode, view.sessionMs, now), now, 'start');
  }

  /** Pauses the running session. */
  pause(): void {
    const now = this.#clock();
    this.#advanceTo(now);
    this.#change(pause(this.session, now), now, 'pause');
  }

  /** Resumes a paused session. */
  resume(): void {
    const now = this.#clock();
    this.#change(resume(this.session, now), now, 'resume');
  }

  /**
   * Ends any session and goes back to idle. Today's count and the skin's
   * rest are kept; a session that had run for a minute or more counts as one.
   */
  reset(): void {
    const now = this.#clock();
    this.#advanceTo(now);
    const stopped = this.session.status === 'done' ? undefined : pastSession(this.session, now);
    if (stopped) this.history = mergeHistory(this.history, [stopped]);
    this.#change(idle, now, 'reset');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    checkInputs(this, changed, (value) => checkSiteStartDay(value, this.now));
    this.#advanceTo(this.now);
    // Before the render, so that what it changes (the banner, the live region) is in this one.
    const companion = this.#companionLoader.companion;
    companion?.followSession(this.session, this.now, this.#completionPending, this.locale, this.formatLocale);
    // A start day that becomes known preselects its therapy, unless the site chose the mode.
    const startDayChanged = (changed as PropertyValues).has('startDay') || changed.has('episodeStart');
    const recommended = this.#startDayQuestion.update(this.now, startDayChanged);
    if (recommended && !this.hasAttribute('mode')) this.mode = recommended;
  }

  protected override firstUpdated(): void {
    super.firstUpdated();
    // A frame, then a task: the words come after the first paint, not before it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#timeInWords = true;
        this.requestUpdate();
      })
    );
  }

  protected override updated(): void {
    const view = this.#view(this.now);
    const on = [view.status, view.mode, ...(view.restEnd === undefined ? [] : ['resting'])];
    for (const name of ['idle', 'running', 'paused', 'done', 'resting', ...TIMER_MODES])
      this.toggleCustomState(name, on.includes(name));
    if (this.#completionPending) {
      this.#completionPending = false;
      this.#dispatch('spasm-timer-complete', this.now);
    }
    this.#ticker.schedule();
  }

  protected override renderWidget(): TemplateResult {
    const view = this.#view(this.now);
    const { mode, restEnd } = view;
    const now = this.now;
    const formats = this.formatLocale;
    const count = countToday(this.history, mode, now);
    // The start day and the therapy are chosen only while no session runs and the skin needs no rest.
    const hidden = view.underWay || restEnd !== undefined;

    return this.renderCard({
      title: titleText(),
      className: mode,
      announcement: this.announcement && this.#announcementText(this.announcement, formats),
      body: html`
        ${this.#companionLoader.companion?.render()} ${this.#startDayQuestion.render(hidden, now)}
        ${modeSwitch(mode, hidden, this.#onModeInput)} ${this.#startDayQuestion.renderReason(hidden, now)}
        ${takeOffNote(view)} ${dial(view, formats, this.#timeInWords)}
        ${controls(view, { onPrimaryClick: this.#onPrimaryClick, onResetClick: this.#onResetClick })}
        ${restNotice({
          restEnd,
          now,
          formats,
          calendarSessions: this.calendarSessions,
          calendarRequest: () => ({
            view: this.#view(this.#clock()),
            restMs: timerSettings(this).restMs,
            owner: this.persist ? String(this.storageKey) : this.localName,
            inLocale: (text) => this.inLocale(text),
          }),
        })}
        <p class="safety" part="safety">${modeIcon(mode)} ${safetyLine(mode)}</p>
        ${count ? html`<p class="note" part="count">${sessionsToday(mode, count, formats)}</p>` : nothing}
        ${this.persistence.note()}
      `,
    });
  }

  /** @internal Today's sessions and when the next may start. */
  override planPart(): PlanPart {
    const now = this.now;
    const restEnd = this.#view(now).restEnd;
    const formats = this.formatLocale;
    return this.inLocale(() => ({ title: titleText(), items: planItems(this.history, restEnd, now, formats) }));
  }

  /** The live region's text, made once per announcement and language: not again every second (issue 25). */
  #announced?: { announcement: Announcement; language: string; text: string };
  #announcementText(announcement: Announcement, formats: string): string {
    const language = `${this.locale} ${formats}`;
    const announced = this.#announced;
    if (announced?.announcement === announcement && announced.language === language) return announced.text;
    const text = announcementText(announcement, formats);
    this.#announced = { announcement, language, text };
    return text;
  }

  #view(now: number): TimerView {
    return timerView(this.session, this.history, timerSettings(this), now);
  }

  /** The first render waits for the modules it shows: the start-day question once the day is known, the companion. */
  protected override get contentReady(): Promise<unknown> | undefined {
    const question = this.#startDayQuestion.ready;
    const companion = this.#companionLoader.ready;
    return question || companion ? Promise.all([question, companion]) : undefined;
  }

  readonly #onModeInput = (event: Event): void => {
    this.mode = (event.target as HTMLInputElement).value as TimerMode;
  };

  readonly #onPrimaryClick = (event: Event): void => {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
    const status = this.state;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  };

  readonly #onResetClick = async (): Promise<void> => {
    this.reset();
    // The reset button is gone once idle: keep keyboard focus inside the timer.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="primary-button"]')?.focus();
  };

  /** Brings the session up to `now`: announces a milestone passed, and records a session that ended, once. */
  #advanceTo(now: number): void {
    const { session, history, milestone, ended } = advanceSince(this.session, this.history, this.#advancedTo, now);
    this.#advancedTo = now;
    if (milestone !== undefined) this.announcement = { kind: 'left', ms: milestone };
    if (!ended) return;
    this.session = session;
    this.history = history;
    this.announcement = { kind: 'complete' };
    this.#completionPending = true;
    // A chime long after the end (a reload hours later) would only confuse.
    if (now - ended.endedAt < MINUTE_MS) this.#endSignal.give(this);
    this.persistence.save();
  }

  /** Applies a user's change, if it changes anything: saved, announced, and its event fired. */
  #change(next: TimerState, now: number, change: TimerChange): void {
    if (next === this.session) return;
    this.session = next;
    this.now = now;
    this.#advancedTo = now;
    this.#changedAt = now;
    this.persistence.save();
    // Every change carries the session's length; only a start's announcement says it.
    this.announcement = { kind: change, sessionMs: this.#view(now).sessionMs };
    this.#dispatch(`spasm-timer-${change}`, now);
  }

  #dispatch(type: TimerEventName, now: number): void {
    const { mode, sessionMs, remainingMs } = this.#view(now);
    emit(this, type, { mode, durationMs: sessionMs, remainingMs });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-timer': SpasmTimer;
  }
}
