import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../core/events.js';
import { formatCountdown, formatDuration, formatTimeOfDay } from '../core/format.js';
import { msg, str } from '../core/localization.js';
import { sharedStyles } from '../core/shared.styles.js';
import { safetyFooter } from '../core/safety.js';
import { lazyStore } from '../core/lazy-store.js';
import { SpasmElement } from '../core/spasm-element.js';
import { warnInput } from '../core/warn.js';
import { timerStyles } from './spasm-timer.styles.js';
import { sessionsToday } from './timer-messages.js';
import type { StoredTimer, TimerStore } from './timer-storage.js';
import { checkMinutes, checkMode, REST_MINUTES, SESSION_MINUTES } from './timer-config.js';
import {
  advance,
  countToday,
  idle,
  milestoneCrossed,
  MINUTE_MS,
  pause,
  pruneHistory,
  remainingMs,
  restUntil,
  resume,
  start,
  TIMER_MODES,
  type CompletedSession,
  type TimerMode,
  type TimerState,
  type TimerStatus,
} from './timer-machine.js';

export type { TimerMode, TimerStatus };

/** `detail` of every `spasm-timer-*` event. */
export interface TimerEventDetail {
  mode: TimerMode;
  /** Length of the session, in ms. */
  durationMs: number;
  /** Time left in the session when the event fired, in ms. */
  remainingMs: number;
}

export type TimerEventName =
  'spasm-timer-start' | 'spasm-timer-pause' | 'spasm-timer-resume' | 'spasm-timer-complete' | 'spasm-timer-reset';

/**
 * What the live region says. Consecutive announcements always differ (each
 * follows a change of state), so screen readers read every one.
 */
type Announcement = { kind: 'left'; ms: number } | { kind: TimerChange | 'complete' };

/** What the user (or a method call) can do to a session; each has its event `spasm-timer-<change>`. */
type TimerChange = 'start' | 'pause' | 'resume' | 'reset';

// Simple line icons: a six-armed snowflake and a flame. Stroked, so they follow the text colour.
const ICON_PATHS: Record<TimerMode, string> = {
  cold: 'M12 2v20M3.3 7l17.4 10M3.3 17 20.7 7',
  heat: 'M12 22a6 6 0 0 1-6-6c0-4 4-6 4-11 3 2 8 6 8 11a6 6 0 0 1-6 6z',
};

const icon = (mode: TimerMode): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICON_PATHS[mode]} /></svg>`;

/**
 * An ice and heat therapy timer. It counts one cold or heat session of at most
 * 20 minutes, then asks the skin to rest before the next one and says when
 * that is. Remaining time is derived from the session's end time, so it stays
 * right in a hidden tab, after a reload (with `persist`) and after a DOM move.
 *
 * @tag spasm-timer
 * @summary Ice/heat therapy timer with safe limits and rest between sessions.
 *
 * @fires spasm-timer-start - A session started (user action or `start()`). `detail: { mode, durationMs, remainingMs }`.
 * @fires spasm-timer-pause - The running session was paused.
 * @fires spasm-timer-resume - A paused session was resumed.
 * @fires spasm-timer-complete - A session ran to its end (elapsed time).
 * @fires spasm-timer-reset - The timer went back to idle.
 *
 * @csspart base - The card that holds the whole timer.
 * @csspart title - The timer's title.
 * @csspart modes - The cold/heat switch, shown while no session runs.
 * @csspart dial - The progress ring and the time.
 * @csspart time - The remaining time (`role="timer"`).
 * @csspart controls - The row of buttons.
 * @csspart primary-button - Start, pause or resume.
 * @csspart reset-button - Reset.
 * @csspart safety - The safety line for the current mode.
 * @csspart rest - The "let your skin rest" line after a session.
 * @csspart count - Today's session count.
 * @csspart footer - The disclaimer and urgent warning signs.
 *
 * @cssprop [--spasm-color-cold=#0b5ea8] - Colour of cold sessions.
 * @cssprop [--spasm-color-heat=#b02e0c] - Colour of heat sessions.
 * @cssprop [--spasm-color-track] - The ring's empty track.
 * @cssprop [--spasm-color-text=currentColor] - Text colour; defaults to the page's.
 * @cssprop [--spasm-color-surface=transparent] - Card background.
 * @cssprop [--spasm-color-muted] - Secondary text.
 * @cssprop [--spasm-color-on-accent=#fff] - Text on the filled primary button.
 * @cssprop [--spasm-focus-ring] - Focus outline, e.g. `3px solid orange`.
 * @cssprop [--spasm-radius=0.75rem] - Corner radius.
 * @cssprop [--spasm-spacing=1rem] - Padding and gaps.
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
  static override styles = [sharedStyles, timerStyles];

  // Declared without decorators: the same reactive properties, minus a decorator helper in every bundle.
  static override properties: PropertyDeclarations = {
    mode: {},
    minutes: { type: Number },
    restMinutes: { type: Number, attribute: 'rest-minutes' },
    persist: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    sound: { type: Boolean },
    vibrate: { type: Boolean },
    session: { state: true, attribute: false },
    history: { state: true, attribute: false },
    now: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** `cold` or `heat`: the therapy of the next session. */
  mode: TimerMode = 'cold';

  /** Session length in minutes, from 1 to 20 (never more than 20). */
  minutes: number = SESSION_MINUTES.fallback;

  /** Minutes of skin rest after a session before the next may start (at least 120). */
  restMinutes: number = REST_MINUTES.fallback;

  /** Keep the session and today's count across reloads, in localStorage. Off by default: nothing is stored. */
  persist = false;

  /** The localStorage key used with `persist`; give each timer on a site its own. */
  storageKey = 'spasm-timer';

  /** Play a short synthesized chime when a session ends. */
  sound = false;

  /** Vibrate (where the device supports it) when a session ends. */
  vibrate = false;

  private session: TimerState = idle;
  private history: CompletedSession[] = [];
  /** The clock reading the current render shows; ticks move it. */
  private now = Date.now();
  private announcement?: Announcement = undefined;

  /** Adopts a valid saved timer, unless this one already has progress, which is kept and saved. */
  readonly #persistence = lazyStore<TimerStore>(async (key) => {
    const { openTimerStore } = await import('./timer-storage.js');
    const store = openTimerStore(this.localName, key, Date.now());
    const hasProgress = this.session.status !== 'idle' || this.history.length > 0;
    if (store.saved && !hasProgress) {
      this.session = store.saved.state;
      this.history = pruneHistory(store.saved.history, Date.now());
    } else {
      store.save(this.#saved());
    }
    return store;
  });
  #tickHandle?: ReturnType<typeof setTimeout>;
  #audio?: AudioContext;
  #alerts?: Promise<typeof import('./alerts.js')>;
  /** The clock reading the session was last brought up to, to see which milestones passed since. */
  #syncedAt = Date.now();
  /** A session ended (seen by #sync); its event fires after the render that shows it. */
  #completionPending = false;
  readonly #onVisibilityChange = () => {
    this.#tick();
    this.#scheduleTick();
  };

  /** `idle`, `running`, `paused` or `done`, as of now. */
  get state(): TimerStatus {
    return advance(this.session, Date.now()).status;
  }

  /** Milliseconds left in the current session, as of now (a full session while idle). */
  get remainingMs(): number {
    return remainingMs(advance(this.session, Date.now()), Date.now(), this.minutes * MINUTE_MS);
  }

  /** When the skin has rested enough for the next session (ms since the epoch), or null if it may start now. */
  get nextSessionAt(): number | null {
    return restUntil(this.history, this.restMinutes * MINUTE_MS, Date.now()) ?? null;
  }

  /** Starts a session of `mode` and `minutes`, unless one is under way or the skin is resting. */
  start(): void {
    const now = Date.now();
    this.#sync(now);
    if (this.session.status === 'running' || this.session.status === 'paused') return;
    const resting = this.nextSessionAt;
    if (resting !== null) {
      warnInput(this.localName, 'start()', new Date(resting), 'the skin rests until then', 'no session');
      return;
    }
    if (this.sound || this.vibrate) {
      // Opt-in alerts load with the first session that needs them, not with every page.
      this.#alerts ??= import('./alerts.js');
    }
    // Browsers let audio start only from a user gesture: make the context now, use it at the end.
    try {
      if (this.sound) void (this.#audio ??= new AudioContext()).resume().catch(() => undefined);
    } catch {
      // No Web Audio here: the chime stays silent.
    }
    this.#change(start(this.session, this.mode, this.minutes * MINUTE_MS, now), now, 'start');
  }

  /** Pauses the running session. */
  pause(): void {
    const now = Date.now();
    this.#sync(now);
    this.#change(pause(this.session, now), now, 'pause');
  }

  /** Resumes a paused session. */
  resume(): void {
    const now = Date.now();
    this.#change(resume(this.session, now), now, 'resume');
  }

  /** Ends any session and goes back to idle. Today's count and the skin's rest are kept. */
  reset(): void {
    const now = Date.now();
    this.#sync(now);
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
    clearTimeout(this.#tickHandle);
    this.#tickHandle = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#checkInputs(changed);
    this.#sync(this.now);
  }

  protected override updated(): void {
    this.#toggleCustomStates();
    if (this.#completionPending) {
      this.#completionPending = false;
      this.#dispatch('spasm-timer-complete', this.now);
    }
    this.#scheduleTick();
  }

  protected override render(): TemplateResult {
    const session = this.session;
    const status = session.status;
    const mode = status === 'idle' ? this.mode : session.mode;
    const sessionMs = status === 'idle' ? this.minutes * MINUTE_MS : session.durationMs;
    const left = remainingMs(session, this.now, sessionMs);
    const restEnd = restUntil(this.history, this.restMinutes * MINUTE_MS, this.now);
    const underWay = status === 'running' || status === 'paused';
    const locale = this.locale;
    const modeNames: Record<TimerMode, string> = {
      cold: msg('Cold', {
        id: 'timer.mode.cold',
        desc: 'Name of cold (ice pack) therapy, on the mode switch and under the time. One word if possible.',
      }),
      heat: msg('Heat', {
        id: 'timer.mode.heat',
        desc: 'Name of heat (heat pad) therapy, on the mode switch and under the time. One word if possible.',
      }),
    };

    return html`
      <section class="base ${mode}" part="base" lang=${locale} dir=${this.direction} aria-labelledby="title">
        <p class="title" part="title" id="title">
          ${msg('Ice and heat timer', { id: 'timer.title', desc: 'Title of the timer widget. Short: about 25 characters.' })}
        </p>

        <fieldset part="modes" ?hidden=${underWay}>
          <legend>${msg('Therapy', { id: 'timer.modes.legend', desc: 'Label of the cold/heat switch.' })}</legend>
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
                  ${icon(option)} ${modeNames[option]}
                </label>`
            )}
          </div>
        </fieldset>

        <div class="dial" part="dial">
          <svg class="ring" viewBox="0 0 100 100" aria-hidden="true">
            <circle cx="50" cy="50" r="45" />
            <circle
              class="progress"
              cx="50"
              cy="50"
              r="45"
              pathLength="100"
              stroke-dasharray="100"
              stroke-dashoffset=${(100 * left) / sessionMs}
            />
          </svg>
          <div role="timer" class="time" part="time" aria-label=${this.#timeLabel(left)}>
            ${formatCountdown(left, locale)}
          </div>
          <span class="row mode">${icon(mode)} ${modeNames[mode]}</span>
          ${this.#renderStatus(status)}
        </div>

        <div class="row" part="controls">
          ${this.#renderPrimaryButton(status, restEnd !== undefined && !underWay)}
          ${
            status === 'idle'
              ? nothing
              : html`<button part="reset-button" @click=${this.#onResetClick}>
                  ${msg('Reset', { id: 'timer.reset', desc: 'Button that ends the session and sets the timer back. Short: about 12 characters.' })}
                </button>`
          }
        </div>

        <p class="safety" part="safety">${icon(mode)} ${this.#safetyLine(mode)}</p>
        ${
          restEnd === undefined || underWay
            ? nothing
            : html`<p part="rest" id="rest">
                ${msg(
                  str`Let your skin rest. Next session from ${formatTimeOfDay(restEnd, locale)} (in ${formatDuration(restEnd - this.now, locale, 'minute')}).`,
                  {
                    id: 'timer.rest',
                    desc: 'After a session. ${0} is a clock time (14:30); ${1} is the time left, e.g. "1 hour, 45 minutes".',
                  }
                )}
              </p>`
        }
        ${this.#countLine(mode)} ${safetyFooter()}
        <div role="status" class="visually-hidden">${this.#renderAnnouncement()}</div>
      </section>
    `;
  }

  #timeLabel(left: number): string {
    return msg(str`${formatDuration(left, this.locale, 'second')} left`, {
      id: 'timer.time.label',
      desc: 'Read by screen readers for the big countdown. ${0} is a duration such as "14 minutes, 59 seconds".',
    });
  }

  #renderStatus(status: TimerStatus): TemplateResult | typeof nothing {
    if (status === 'paused')
      return html`<span
        >${msg('Paused', { id: 'timer.status.paused', desc: 'Shown under the time while the session is paused.' })}</span
      >`;
    if (status === 'done')
      return html`<span
        >${msg('Session complete', { id: 'timer.status.done', desc: 'Shown under the time when a session has ended.' })}</span
      >`;
    return nothing;
  }

  #renderPrimaryButton(status: TimerStatus, resting: boolean): TemplateResult {
    const label =
      status === 'running'
        ? msg('Pause', {
            id: 'timer.pause',
            desc: 'Button that pauses the running session. Short: about 12 characters.',
          })
        : status === 'paused'
          ? msg('Resume', {
              id: 'timer.resume',
              desc: 'Button that continues a paused session. Short: about 12 characters.',
            })
          : msg('Start', {
              id: 'timer.start',
              desc: 'Button that starts a cold or heat session. Short: about 12 characters.',
            });
    // aria-disabled, not disabled: the button keeps focus and explains itself via the rest line.
    return html`<button
      class="primary"
      part="primary-button"
      aria-disabled=${resting ? 'true' : 'false'}
      aria-describedby=${resting ? 'rest' : nothing}
      @click=${this.#onPrimaryClick}
    >
      ${label}
    </button>`;
  }

  #safetyLine(mode: TimerMode): string {
    return mode === 'cold'
      ? msg('Wrap the ice pack in a cloth or towel. Never put ice straight on your skin.', {
          id: 'timer.safety.cold',
          desc: 'Safety line shown with cold sessions. Keep both points: a cloth between ice and skin, never ice on bare skin.',
        })
      : msg("Follow the heat pad's instructions. Never fall asleep on it.", {
          id: 'timer.safety.heat',
          desc: "Safety line shown with heat sessions. Keep both points: follow the maker's instructions, don't fall asleep on it.",
        });
  }

  #countLine(mode: TimerMode): TemplateResult | typeof nothing {
    const count = countToday(this.history, mode, this.now);
    // Nothing to count yet is not worth a line (nor a "zero" plural form).
    return count === 0 ? nothing : html`<p class="note" part="count">${sessionsToday(mode, count, this.locale)}</p>`;
  }

  #renderAnnouncement(): string | typeof nothing {
    const a = this.announcement;
    if (!a) return nothing;
    let text: string;
    switch (a.kind) {
      case 'start':
        text = msg(str`Session started: ${formatDuration(this.minutes * MINUTE_MS, this.locale, 'minute')}.`, {
          id: 'timer.announce.started',
          desc: 'Screen reader announcement when a session starts. ${0} is its length, e.g. "15 minutes".',
        });
        break;
      case 'left':
        text = msg(str`${formatDuration(a.ms, this.locale, 'minute')} left.`, {
          id: 'timer.announce.left',
          desc: 'Screen reader announcement at 5 and at 1 minute left. ${0} is e.g. "5 minutes".',
        });
        break;
      case 'pause':
        text = msg('Paused.', {
          id: 'timer.announce.paused',
          desc: 'Screen reader announcement when the session is paused.',
        });
        break;
      case 'resume':
        text = msg('Resumed.', {
          id: 'timer.announce.resumed',
          desc: 'Screen reader announcement when the session continues.',
        });
        break;
      case 'reset':
        text = msg('Timer reset.', {
          id: 'timer.announce.reset',
          desc: 'Screen reader announcement when the timer is set back.',
        });
        break;
      case 'complete':
        text = msg('Session complete. Take the pack off and let your skin rest.', {
          id: 'timer.announce.done',
          desc: 'Screen reader announcement when a session ends.',
        });
        break;
    }
    return text;
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
    if (after === before) return;
    this.session = after;
    if (after.status === 'done') {
      this.history = pruneHistory([...this.history, { mode: after.mode, endedAt: after.endedAt }], now);
      this.announcement = { kind: 'complete' };
      this.#completionPending = true;
      // A chime long after the end (a reload hours later) would only confuse.
      if (now - after.endedAt < MINUTE_MS) {
        this.#alerts
          ?.then((alerts) => {
            if (this.sound) alerts.playChime(this.#audio);
            if (this.vibrate) alerts.vibrate();
          })
          .catch(() => undefined);
      }
    }
    this.#save();
  }

  /** Applies a user transition; fires its event. Returns false when nothing changed. */
  /** Applies a user's change, if it changes anything: saved, announced, and its event fired. */
  #change(next: TimerState, now: number, change: TimerChange): void {
    if (next === this.session) return;
    this.session = next;
    this.now = now;
    this.#syncedAt = now;
    this.#save();
    this.announcement = { kind: change };
    this.#dispatch(`spasm-timer-${change}`, now);
  }

  #dispatch(type: TimerEventName, now: number): void {
    const session = this.session;
    const mode = session.status === 'idle' ? this.mode : session.mode;
    const durationMs = session.status === 'idle' ? this.minutes * MINUTE_MS : session.durationMs;
    emit<TimerEventDetail>(this, type, { mode, durationMs, remainingMs: remainingMs(session, now, durationMs) });
  }

  /** Re-renders at the clock's pace; `updated()` schedules the next tick. */
  #tick(): void {
    this.now = Date.now();
  }

  /**
   * At most one render a second while a session runs (when the shown second
   * changes), one a minute during skin rest, none while idle. While the page
   * is hidden only the session's end is awaited, so the alerts still sound.
   */
  #scheduleTick(): void {
    clearTimeout(this.#tickHandle);
    this.#tickHandle = undefined;
    if (!this.isConnected) return;
    const now = this.now;
    const session = this.session;
    let delay: number | undefined;
    if (session.status === 'running') {
      const left = session.endsAt - now;
      delay = document.hidden ? left : ((left - 1) % 1000) + 1;
    } else if (!document.hidden) {
      const restEnd = restUntil(this.history, this.restMinutes * MINUTE_MS, now);
      if (restEnd !== undefined) delay = ((restEnd - now - 1) % MINUTE_MS) + 1;
    }
    if (delay !== undefined) this.#tickHandle = setTimeout(() => this.#tick(), Math.max(delay, 0));
  }

  #checkInputs(changed: PropertyValues<this>): void {
    const checks = [
      ['mode', 'mode', checkMode],
      ['minutes', 'minutes', (value: unknown) => checkMinutes(value, SESSION_MINUTES)],
      ['restMinutes', 'rest-minutes', (value: unknown) => checkMinutes(value, REST_MINUTES)],
    ] as const;
    for (const [property, attribute, check] of checks) {
      if (!changed.has(property)) continue;
      const requested: unknown = this[property];
      const { value, problem } = check(requested);
      // For a NaN from a non-numeric attribute, the attribute's text says more.
      const shown = Number.isNaN(requested) ? this.getAttribute(attribute) : requested;
      if (problem) warnInput(this.localName, attribute, shown, problem, String(value));
      Object.assign(this, { [property]: value });
    }
  }

  /** With `persist`, the store is opened before the render that first needs it, so no idle state flashes. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.#persistence.sync(this.persist ? this.storageKey : undefined);
    return super.scheduleUpdate();
  }

  #save(): void {
    this.#persistence.store?.save(this.#saved());
  }

  #saved(): StoredTimer {
    return { version: 1, state: this.session, history: this.history };
  }

  #toggleCustomStates(): void {
    const { status } = this.session;
    const on: string[] = [status, status === 'idle' ? this.mode : this.session.mode];
    if (restUntil(this.history, this.restMinutes * MINUTE_MS, this.now) !== undefined) on.push('resting');
    for (const name of ['idle', 'running', 'paused', 'done', 'cold', 'heat', 'resting'])
      this.toggleCustomState(name, on.includes(name));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-timer': SpasmTimer;
  }
  interface GlobalEventHandlersEventMap {
    'spasm-timer-start': CustomEvent<TimerEventDetail>;
    'spasm-timer-pause': CustomEvent<TimerEventDetail>;
    'spasm-timer-resume': CustomEvent<TimerEventDetail>;
    'spasm-timer-complete': CustomEvent<TimerEventDetail>;
    'spasm-timer-reset': CustomEvent<TimerEventDetail>;
  }
}
