import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { monotonicClock } from '../core/clock.js';
import { emit } from '../core/events.js';
import { everySecond } from '../core/ticker.js';
import { formatCountdown, formatLocale } from '../core/format.js';
import { inheritedLanguage } from '../core/localization.js';
import { lazy } from '../core/lazy.js';
import { Persistence } from '../core/persistence.js';
import { sharedStyles } from '../core/shared.styles.js';
import { SpasmElement } from '../core/spasm-element.js';
import type { PlanPart } from '../core/plan.js';
import { warnInput } from '../core/warn.js';
import { timerStyles } from './spasm-timer.styles.js';
import {
  CALENDAR_SESSIONS,
  type ValueReport,
  checkMinutes,
  checkMode,
  DEFAULT_MODE,
  REST_MINUTES,
  SESSION_MINUTES,
} from './timer-config.js';
import type { EpisodeAnswer } from './episode.js';
import type { TimerChange, TimerEventDetail, TimerEventName } from './timer-events.js';
import {
  advance,
  countToday,
  idle,
  mergeHistory,
  milestoneCrossed,
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
  type TimerSettings,
  type TimerState,
  type TimerStatus,
  type TimerView,
} from './timer-machine.js';
import type { StoredTimer } from './timer-storage.js';
import {
  announcementText,
  calendarLabel,
  episodeLegend,
  modeName,
  modesLegend,
  primaryLabel,
  resetLabel,
  restLine,
  safetyLine,
  sessionsToday,
  statusText,
  timeLabel,
  titleText,
  nextSessionText,
  takeOffText,
  type Announcement,
} from './timer-text.js';

export type { TimerEventDetail, TimerEventName, TimerMode, TimerStatus };

// Simple line icons: a six-armed snowflake and three rising heat waves (a flame read as a water drop).
// Stroked, so they follow the text colour.
const ICON_PATHS: Record<TimerMode, string> = {
  cold: 'M12 2v20M3.3 7l17.4 10M3.3 17 20.7 7',
  heat: 'M7 21c-2-3 2-6 0-9s2-6 0-9m5 18c-2-3 2-6 0-9s2-6 0-9m5 18c-2-3 2-6 0-9s2-6 0-9',
};

/** The store of sessions: loaded only by pages that set `persist`. */
const timerStore = lazy(() => import('./timer-storage.js').then((module) => module.openTimerStore));

/** "When did the spasm start?", once a timer has loaded it: optional, so not in the drop-in. */
let episodeQuestion: typeof import('./episode-question.js') | undefined;
const loadEpisodeQuestion = () =>
  import('./episode-question.js').then((module) => {
    episodeQuestion = module;
  });

/** How long an answer to "When did the spasm start?" stands before it counts: arrow keys check each answer they pass. */
const EPISODE_SETTLE_MS = 1000;

/** The opt-in end-of-session companion (`notify`, `title-countdown`, `wake-lock`): only timers that use it load it. */
type Companion = import('./companion-alerts.js').Companion;

const icon = (mode: TimerMode): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICON_PATHS[mode]} /></svg>`;

/** Attribute text as it was written: the timer validates it itself, so "0x10" is not taken for 16. */
const asWritten = { fromAttribute: (value: string | null) => value };

/**
 * An ice and heat therapy timer. It counts one cold or heat session of at most
 * 20 minutes, then asks the skin to rest before the next one and says when
 * that is. Remaining time is derived from the session's end time, so it stays
 * right in a hidden tab, after a reload (with `persist`) and after a DOM move.
 * The limits hold whatever the sequence: a session reset after running a
 * minute or more counts like a finished one.
 *
 * @tag spasm-timer
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
    episode: { state: true, attribute: false },
    session: { state: true, attribute: false },
    history: { state: true, attribute: false },
    now: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** `cold` or `heat`: the therapy of the next session. */
  mode: TimerMode = DEFAULT_MODE;

  /** Session length in minutes, from 5 to 20 (never more than 20). */
  minutes: number = SESSION_MINUTES.fallback;

  /** Minutes of skin rest after a session before the next may start (at least 120). */
  restMinutes: number = REST_MINUTES.fallback;

  /** Play a short synthesized chime when a session ends. */
  sound = false;

  /** Vibrate (where the device supports it) when a session ends. */
  vibrate = false;

  /**
   * Show a system notification when a session ends while the page is hidden.
   * Permission is asked on the Start click; where it is refused or there are
   * no notifications, one sentence in the widget says so. With it, a session
   * that ended unseen gets a banner when the page is back in view.
   */
  notify = false;

  /**
   * While a session runs and the page is hidden, show the time left in the
   * tab's title ("12:34 · Cold"), once a minute; the page's title comes back
   * at the end or when the page is in view. With it, a session that ended
   * unseen gets a banner when the page is back in view.
   */
  titleCountdown = false;

  /** Keep the screen on while a session runs and the page is visible, where the browser can. */
  wakeLock = false;

  /**
   * When the spasm started, as an ISO date (`2026-11-21`), if the site knows:
   * cold is suggested for the first day or two and heat after, never as a rule. The user can
   * also answer in the widget.
   */
  episodeStart?: string;

  /** How many of today's next sessions "Add to my calendar" puts in the file, 0 to 12 (0: no button). */
  calendarSessions: number = CALENDAR_SESSIONS.fallback;

  /** The day the spasm started, as the user answered (ISO date). */
  private episode?: string = undefined;
  private session: TimerState = idle;
  private history: PastSession[] = [];
  /** The clock reading the current render shows; ticks move it. */
  private now: number;
  private announcement?: Announcement = undefined;

  /** Measures sessions and rests; unaffected by changes of the device clock while the page lives. */
  readonly #clock = monotonicClock();
  /** When the user last changed the state: across tabs, the latest change wins. */
  #changedAt = 0;
  protected readonly persistence = new Persistence<StoredTimer>(this, timerStore, {
    snapshot: () => ({
      version: 2,
      state: this.session,
      changedAt: this.#changedAt,
      history: this.history,
      episode: this.episode,
    }),
    adopt: (stored) => {
      this.session = stored.state;
      this.episode = stored.episode;
      this.#changedAt = stored.changedAt;
      this.history = pruneHistory(stored.history, this.#clock());
    },
    now: this.#clock,
  });
  #tickHandle?: ReturnType<typeof setTimeout>;
  /** Leaves the page's shared every-second clock (core/ticker.ts); set while a session runs in a visible page. */
  #stopTicking?: () => void;
  #audio?: AudioContext;
  #alerts?: Promise<typeof import('./alerts.js')>;
  #companion?: Companion;
  #companionLoad?: Promise<void>;
  /** The day the spasm started, as this update found it (`#episodeDay`). */
  #day?: string;
  /** Counts the answer just given once it settles; set until then. */
  #episodeSettle?: ReturnType<typeof setTimeout>;
  /** The clock reading the session was last brought up to, to see which milestones passed since. */
  #syncedAt: number;
  /** A session ended (seen by #sync); its event fires after the render that shows it. */
  #completionPending = false;
  readonly #onVisibilityChange = () => {
    this.#tick();
    this.#scheduleTick();
  };

  constructor() {
    super();
    this.now = this.#syncedAt = this.#clock();
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
    this.#sync(now);
    const view = this.#view(now);
    if (view.underWay) return;
    if (view.restEnd !== undefined) {
      warnInput(this.localName, 'start()', new Date(view.restEnd), 'the skin rests until then', 'no session');
      return;
    }
    if (this.sound || this.vibrate) {
      // Opt-in alerts load with the first session that needs them, not with every page.
      this.#alerts ??= import('./alerts.js');
    }
    // Browsers let audio start only from a user gesture (a click, not a script's start()): make the context
    // in one, use it at the end. Without one, alerts.ts makes it at the end if the user has interacted.
    try {
      if (this.sound && navigator.userActivation?.isActive !== false)
        void (this.#audio ??= new AudioContext()).resume().catch(() => undefined);
    } catch {
      // No Web Audio here: the chime stays silent.
    }
    // Still inside the click: the permission request needs it.
    this.#companion?.gesture();
    this.#change(start(this.session, view.mode, view.sessionMs, now), now, 'start');
  }

  /** Pauses the running session. */
  pause(): void {
    const now = this.#clock();
    this.#sync(now);
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
    this.#sync(now);
    const stopped = this.session.status === 'done' ? undefined : pastSession(this.session, now);
    if (stopped) this.history = mergeHistory(this.history, [stopped]);
    this.#change(idle, now, 'reset');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#onEpisodeSettle();
    this.#scheduleTick();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#checkInputs(changed);
    this.#sync(this.now);
    // Before the render, so that what it changes (the banner, the live region) is in this one.
    this.#companion?.sync(this.session, this.now, this.#completionPending, this.locale, this.#formatLocale());
    // Once per update (a running timer renders every second), for this render.
    const day = (this.#day = this.#episodeDay());
    // A start day that becomes known preselects its therapy, unless the site chose the mode.
    if (
      day &&
      ((changed as PropertyValues).has('episode') || changed.has('episodeStart')) &&
      !this.hasAttribute('mode')
    )
      this.mode = episodeQuestion!.recommendedMode(day, this.now);
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
    this.#scheduleTick();
  }

  protected override render(): TemplateResult {
    const view = this.#view(this.now);
    const { status, mode, restEnd } = view;
    const locale = this.locale;
    const formats = this.#formatLocale();
    const statusLine = statusText(status);
    const count = countToday(this.history, mode, this.now);
    const day = this.#day;
    // The start day and the therapy are chosen only while no session runs and the skin needs no rest.
    const hidden = view.underWay || restEnd !== undefined;

    return html`
      <section class="base ${mode}" part="base" lang=${locale} dir=${this.direction} aria-labelledby="title">
        <p class="title" part="title" id="title" role="heading" aria-level=${this.headingLevelOf()}>${titleText()}</p>
        ${this.#companion?.render()}

        <details part="episode" ?hidden=${hidden} ?open=${!!day} @toggle=${this.#onEpisodeToggle}>
          <summary id="episode-question">${episodeLegend()}</summary>
          ${episodeQuestion?.episodeAnswers(day, this.now, this.#onEpisodeInput, this.#onEpisodeSettle) ?? nothing}
        </details>

        <fieldset part="modes" ?hidden=${hidden}>
          <legend>${modesLegend()}</legend>
          <div class="row">
            ${TIMER_MODES.map(
              (option) =>
                html`<label>
                  <input
                    type="radio"
                    name="mode"
                    .value=${option}
                    .checked=${option === mode}
                    @change=${this.#onModeInput}
                  />
                  ${icon(option)} ${modeName(option)}
                </label>`
            )}
          </div>
        </fieldset>

        ${
          day && !hidden
            ? html`<p class="note" part="episode-reason">${episodeQuestion!.reasonFor(day, this.now)}</p>`
            : nothing
        }
        ${status === 'done' && restEnd ? html`<p class="take-off" part="take-off">${takeOffText()}</p>` : nothing}
        <div class="dial ${status}" part="dial">
          <svg class="ring" viewBox="0 0 100 100" aria-hidden="true">
            <circle cx="50" cy="50" r="45" />
            <circle
              class="progress"
              cx="50"
              cy="50"
              r="45"
              pathLength="100"
              stroke-dasharray="100"
              stroke-dashoffset=${(100 * view.remainingMs) / view.sessionMs}
            />
          </svg>
          <div class="readout">
            ${
              restEnd
                ? html`<p class="next" part="next">${nextSessionText(restEnd, formats)}</p>`
                : html`<div
                      role="timer"
                      class="time"
                      part="time"
                      aria-label=${view.remainingMs > 0 || !statusLine ? timeLabel(view.remainingMs, formats) : statusLine}
                    >
                      ${formatCountdown(view.remainingMs, formats)}
                    </div>
                    <span class="row mode">${icon(mode)} ${modeName(mode)}</span>`
            }
          </div>
          ${statusLine ? html`<span class="status">${statusLine}</span>` : nothing}
        </div>

        <div class="row" part="controls">
          <button
            class="primary"
            part="primary-button"
            aria-disabled=${restEnd ? 'true' : 'false'}
            aria-describedby=${restEnd ? 'rest' : nothing}
            @click=${this.#onPrimaryClick}
          >
            ${primaryLabel(status)}
          </button>
          ${
            status === 'idle'
              ? nothing
              : html`<button part="reset-button" @click=${this.#onResetClick}>${resetLabel()}</button>`
          }
        </div>
        ${restEnd ? html`<p part="rest" id="rest">${restLine(restEnd, this.now, formats)}</p>` : nothing}
        ${
          // Only while a session is still due today: the file holds today's sessions.
          restEnd && this.calendarSessions && new Date(restEnd).getDate() === new Date(this.now).getDate()
            ? html`<button class="quiet" part="calendar-button" @click=${this.#onCalendarClick}>
                ${calendarLabel()}
              </button>`
            : nothing
        }

        <p class="safety" part="safety">${icon(mode)} ${safetyLine(mode)}</p>
        ${count ? html`<p class="note" part="count">${sessionsToday(mode, count, formats)}</p>` : nothing}
        ${this.renderFooter({ hostContent: false })}
        <div role="status" class="visually-hidden">
          ${this.announcement ? announcementText(this.announcement, formats) : nothing}
        </div>
      </section>
    `;
  }

  /** @internal Today's sessions and when the next may start. */
  override planPart(): PlanPart {
    const now = this.now;
    const restEnd = this.#view(now).restEnd;
    const formats = this.#formatLocale();
    return this.inLocale(() => ({
      title: titleText(),
      items: [
        ...TIMER_MODES.map((mode) => ({ text: sessionsToday(mode, countToday(this.history, mode, now), formats) })),
        ...(restEnd ? [{ text: restLine(restEnd, now, formats) }] : []),
      ],
    }));
  }

  /** The host's settings, validated now: methods never act on a value set a moment ago and not yet checked. */
  #settings(): TimerSettings {
    return {
      mode: checkMode(this.mode).value,
      sessionMs: checkMinutes(this.minutes, SESSION_MINUTES).value * MINUTE_MS,
      restMs: checkMinutes(this.restMinutes, REST_MINUTES).value * MINUTE_MS,
    };
  }

  #view(now: number): TimerView {
    return timerView(this.session, this.history, this.#settings(), now);
  }

  /** Clock times and numbers in the reader's own variety (`en-GB`: 14:30), the words in the messages' locale. */
  #formatLocale(): string {
    return formatLocale(inheritedLanguage(this), this.locale);
  }

  /** The therapy the day the spasm started recommends (cold in the first day or two, heat after), once it is known. */
  get recommendedMode(): TimerMode | undefined {
    const day = this.#episodeDay();
    return day ? episodeQuestion?.recommendedMode(day, this.now) : undefined;
  }

  /** The day the spasm started: the user's answer, else the site's `episode-start` (once the question has loaded). */
  #episodeDay(): string | undefined {
    return this.episode ?? episodeQuestion?.checkEpisodeStart(this.episodeStart, this.now).value;
  }

  /**
   * A start day that is known waits for the question's module: the first render already shows the answer and
   * why. The companion loads before the render too: its banner may be due (a session that ended while the page
   * was closed), and it must be there by the Start click, whose gesture its permission request needs.
   */
  protected override get contentReady(): Promise<unknown> | undefined {
    const question = !episodeQuestion && (this.episode || this.episodeStart) && loadEpisodeQuestion();
    const companion =
      (this.notify || this.titleCountdown || this.wakeLock) &&
      (this.#companionLoad ??= import('./companion-alerts.js').then(
        (module) => void (this.#companion = new module.Companion(this, (text) => (this.announcement = text))),
        // Like the chime, a courtesy: without its module the timer works on.
        () => undefined
      ));
    return question || companion ? Promise.all([question, companion]) : undefined;
  }

  #onEpisodeToggle(event: Event): void {
    if (!episodeQuestion && (event.target as HTMLDetailsElement).open)
      void loadEpisodeQuestion().then(() => this.requestUpdate());
  }

  // Arrow functions: the lazily loaded question calls them as they are.
  /** An answer shows at once (its therapy, the reason); it counts when the choice settles. */
  readonly #onEpisodeInput = (event: Event): void => {
    const day = episodeQuestion!.episodeDay((event.target as HTMLInputElement).value as EpisodeAnswer, this.#clock());
    this.episode = day;
    this.persistence.save();
    clearTimeout(this.#episodeSettle);
    this.#episodeSettle = setTimeout(this.#onEpisodeSettle, EPISODE_SETTLE_MS);
  };

  /**
   * The choice settled (Enter, focus leaving the answers, a pause, the timer leaving the page): the answer
   * counts once, announced with why its therapy fits and with its event.
   */
  readonly #onEpisodeSettle = (): void => {
    if (this.#episodeSettle === undefined) return;
    clearTimeout(this.#episodeSettle);
    this.#episodeSettle = undefined;
    const day = this.episode!;
    const now = this.#clock();
    this.announcement = () => episodeQuestion!.reasonFor(day, now);
    emit(this, 'spasm-timer-episode', { day, mode: episodeQuestion!.recommendedMode(day, now) });
  };

  #onCalendarClick(): void {
    // Stable UIDs per widget: downloading again updates the same events.
    const owner = this.persist ? String(this.storageKey) : this.localName;
    const restMs = this.#settings().restMs;
    void import('./calendar.js').then((calendar) =>
      calendar.downloadNextSessions(this.#view(this.#clock()), restMs, this.calendarSessions, this.now, owner, (text) =>
        this.inLocale(text)
      )
    );
  }

  #onModeInput(event: Event): void {
    this.mode = (event.target as HTMLInputElement).value as TimerMode;
  }

  #onPrimaryClick(event: Event): void {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
    const status = this.state;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  async #onResetClick(): Promise<void> {
    this.reset();
    // The reset button is gone once idle: keep keyboard focus inside the timer.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="primary-button"]')?.focus();
  }

  /** Brings the session up to `now`; a session that ended is recorded once. */
  #sync(now: number): void {
    const before = this.session;
    const after = advance(before, now);
    const previous = this.#syncedAt;
    this.#syncedAt = now;
    if (before.status === 'running') {
      const milestone = milestoneCrossed(before.endsAt - previous, before.endsAt - now);
      if (milestone !== undefined && after.status === 'running') this.announcement = { kind: 'left', ms: milestone };
    }
    if (after === before || after.status !== 'done') return;
    this.session = after;
    const ended = pastSession(after, now)!;
    this.history = pruneHistory(mergeHistory(this.history, [ended]), now);
    this.announcement = { kind: 'complete' };
    this.#completionPending = true;
    // A chime long after the end (a reload hours later) would only confuse. After a reload, the alerts load now.
    if (now - ended.endedAt < MINUTE_MS && (this.sound || this.vibrate)) {
      (this.#alerts ??= import('./alerts.js'))
        .then((alerts) => {
          if (this.sound) alerts.playChime(this.#audio);
          if (this.vibrate) alerts.vibrate();
        })
        .catch(() => undefined);
    }
    this.persistence.save();
  }

  /** Applies a user's change, if it changes anything: saved, announced, and its event fired. */
  #change(next: TimerState, now: number, change: TimerChange): void {
    if (next === this.session) return;
    this.session = next;
    this.now = now;
    this.#syncedAt = now;
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

  /** Re-renders at the clock's pace; `updated()` schedules the next tick. */
  #tick(): void {
    this.now = this.#clock();
  }

  /**
   * While a session runs in a visible page, one render a second on the
   * page's shared clock (every timer at the same whole second), and a
   * timeout for the session's exact end. One render a minute during skin
   * rest, none while idle. While the page is hidden only the session's end
   * is awaited, so the alerts still sound.
   */
  #scheduleTick(): void {
    clearTimeout(this.#tickHandle);
    this.#tickHandle = undefined;
    // The clock, not the last render's reading: a hidden page renders on a property set long after its last tick.
    const now = this.#clock();
    const view = this.#view(now);
    const running = this.isConnected && view.status === 'running';
    if (running && !document.hidden) this.#stopTicking ??= everySecond(() => this.#tick());
    else {
      this.#stopTicking?.();
      this.#stopTicking = undefined;
    }
    if (!this.isConnected) return;
    let delay: number | undefined;
    if (running) delay = view.remainingMs;
    else if (!document.hidden && view.restEnd !== undefined) delay = ((view.restEnd - now - 1) % MINUTE_MS) + 1;
    if (delay !== undefined) this.#tickHandle = setTimeout(() => this.#tick(), Math.max(delay, 0));
  }

  /** Warns once about each bad setting and puts the value used in its place. */
  #checkInputs(changed: PropertyValues<this>): void {
    const checks = [
      ['mode', 'mode', checkMode],
      ['minutes', 'minutes', (value: unknown) => checkMinutes(value, SESSION_MINUTES)],
      ['restMinutes', 'rest-minutes', (value: unknown) => checkMinutes(value, REST_MINUTES)],
      ['calendarSessions', 'calendar-sessions', (value: unknown) => checkMinutes(value, CALENDAR_SESSIONS)],
      // Checked once its module has loaded: contentReady waits for it whenever episode-start is set.
      [
        'episodeStart',
        'episode-start',
        (value: unknown): ValueReport<unknown> => episodeQuestion?.checkEpisodeStart(value, this.now) ?? { value },
      ],
    ] as const;
    for (const [property, attribute, check] of checks) {
      if (!changed.has(property)) continue;
      const requested: unknown = this[property];
      const { value, problem } = check(requested);
      if (problem) warnInput(this.localName, attribute, requested, problem, String(value));
      if (value !== requested) Object.assign(this, { [property]: value });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-timer': SpasmTimer;
  }
}
