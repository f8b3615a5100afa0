import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { emit } from '../core/events.js';
import { formatCountdown, formatDuration, formatNumber, formatTimeOfDay, plural } from '../core/format.js';
import { msg, str } from '../core/localization.js';
import { sharedStyles } from '../core/shared.styles.js';
import { safetyFooter } from '../core/safety.js';
import { SpasmElement } from '../core/spasm-element.js';
import { localStore, type Store } from '../core/storage.js';
import { warnInput } from '../core/warn.js';
import { playChime, unlockAudio, vibrate } from './alerts.js';
import { timerStyles } from './spasm-timer.styles.js';
import {
  checkMinutes,
  checkMode,
  checkStoredTimer,
  REST_MINUTES,
  SESSION_MINUTES,
  type StoredTimer,
} from './timer-config.js';
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
  | 'spasm-timer-start'
  | 'spasm-timer-pause'
  | 'spasm-timer-resume'
  | 'spasm-timer-complete'
  | 'spasm-timer-reset';

/** What the live region says. */
type AnnouncementContent = { kind: 'started' | 'left'; ms: number } | { kind: 'paused' | 'resumed' | 'reset' | 'done' };
/** `id` makes a repeated message be announced again. */
type Announcement = AnnouncementContent & { id: number };

const SNOWFLAKE = svg`<path d="M11 1h2v4.6l2.6-2.6 1.4 1.4-4 4V11h2.6l4-4 1.4 1.4-2.6 2.6H23v2h-4.6l2.6 2.6-1.4 1.4-4-4H13v2.6l4 4-1.4 1.4-2.6-2.6V23h-2v-4.6L8.4 21 7 19.6l4-4V13H8.4l-4 4L3 15.6 5.6 13H1v-2h4.6L3 8.4 4.4 7l4 4H11V8.4l-4-4L8.4 3 11 5.6z"/>`;
const FLAME = svg`<path d="M12 1c1 4 5 6 5 11a5 5 0 0 1-10 0c0-2 1-3.5 2-4.5 0 2 1 3 2 3 0-3-1-6 1-9.5zM12 23a7 7 0 0 1-7-7c0-1.5.5-3 1.3-4.2C6.1 12.5 6 13.2 6 14a6 6 0 0 0 12 0c0-.8-.1-1.5-.3-2.2.8 1.2 1.3 2.7 1.3 4.2a7 7 0 0 1-7 7z"/>`;

const icon = (mode: TimerMode): TemplateResult =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
    ${mode === 'cold' ? SNOWFLAKE : FLAME}
  </svg>`;

/**
 * An ice and heat therapy timer. It counts one cold or heat session of at most
 * 20 minutes, then asks the skin to rest before the next one and says when
 * that is. Remaining time is derived from the session's end time, so it stays
 * right in a hidden tab, after a reload (with `persist`) and after a DOM move.
 *
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
 * @cssprop [--spasm-color-border] - Card and switch borders.
 * @cssprop [--spasm-color-on-accent=#fff] - Text on the filled primary button.
 * @cssprop [--spasm-focus-ring] - Focus outline, e.g. `3px solid orange`.
 * @cssprop [--spasm-radius=0.75rem] - Corner radius.
 * @cssprop [--spasm-spacing=1rem] - Padding and gaps.
 *
 * Custom states for host styling: `:state(idle)`, `:state(running)`,
 * `:state(paused)`, `:state(done)`, `:state(resting)`, `:state(cold)`, `:state(heat)`.
 */
export class SpasmTimer extends SpasmElement {
  static override styles = [sharedStyles, timerStyles];

  /** `cold` or `heat`: the therapy of the next session. */
  @property() mode: TimerMode = 'cold';

  /** Session length in minutes, from 1 to 20 (never more than 20). */
  @property({ type: Number }) minutes: number = SESSION_MINUTES.fallback;

  /** Minutes of skin rest after a session before the next may start (at least 120). */
  @property({ type: Number, attribute: 'rest-minutes' }) restMinutes: number = REST_MINUTES.fallback;

  /** Keep the session and today's count across reloads, in localStorage. Off by default: nothing is stored. */
  @property({ type: Boolean }) persist = false;

  /** The localStorage key used with `persist`; give each timer on a site its own. */
  @property({ attribute: 'storage-key' }) storageKey = 'spasm-timer';

  /** Play a short synthesized chime when a session ends. */
  @property({ type: Boolean }) sound = false;

  /** Vibrate (where the device supports it) when a session ends. */
  @property({ type: Boolean }) vibrate = false;

  @state() private session: TimerState = idle;
  @state() private history: CompletedSession[] = [];
  /** The clock reading the current render shows; ticks move it. */
  @state() private now = Date.now();
  @state() private announcement?: Announcement;

  private store?: Store;
  private tickHandle?: ReturnType<typeof setTimeout>;
  private audio?: AudioContext;
  private announcementCount = 0;
  /** The clock reading the session was last brought up to, to see which milestones passed since. */
  private syncedAt = Date.now();
  private completedWhileUpdating = false;
  private readonly onVisibilityChange = () => {
    this.tick();
    this.scheduleTick();
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
    this.sync(now);
    if (this.session.status === 'running' || this.session.status === 'paused') return;
    const resting = this.nextSessionAt;
    if (resting !== null) {
      console.warn(
        `<${this.localName}>: start() ignored: the skin should rest until ${new Date(resting).toLocaleTimeString()}.`
      );
      return;
    }
    if (this.sound) this.audio = unlockAudio(this.audio);
    this.change(start(this.session, this.mode, this.minutes * MINUTE_MS, now), now, 'spasm-timer-start');
    this.announce({ kind: 'started', ms: this.minutes * MINUTE_MS });
  }

  /** Pauses the running session. */
  pause(): void {
    const now = Date.now();
    this.sync(now);
    if (this.change(pause(this.session, now), now, 'spasm-timer-pause')) this.announce({ kind: 'paused' });
  }

  /** Resumes a paused session. */
  resume(): void {
    const now = Date.now();
    if (this.change(resume(this.session, now), now, 'spasm-timer-resume')) this.announce({ kind: 'resumed' });
  }

  /** Ends any session and goes back to idle. Today's count and the skin's rest are kept. */
  reset(): void {
    const now = Date.now();
    this.sync(now);
    if (this.change(idle, now, 'spasm-timer-reset')) this.announce({ kind: 'reset' });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.tick();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    clearTimeout(this.tickHandle);
    this.tickHandle = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.checkInputs(changed);
    if (changed.has('persist') || changed.has('storageKey')) this.openStore();
    this.sync(this.now);
  }

  protected override updated(): void {
    this.toggleCustomStates();
    if (this.completedWhileUpdating) {
      this.completedWhileUpdating = false;
      this.dispatch('spasm-timer-complete', this.now);
    }
    this.scheduleTick();
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
      cold: msg('Cold', { id: 'timer.mode.cold', desc: 'Name of cold (ice pack) therapy, on the mode switch and under the time. One word if possible.' }),
      heat: msg('Heat', { id: 'timer.mode.heat', desc: 'Name of heat (heat pad) therapy, on the mode switch and under the time. One word if possible.' }),
    };

    return html`
      <section class="base ${mode}" part="base" lang=${locale} dir=${this.direction} aria-labelledby="title">
        <p class="title" part="title" id="title">
          ${msg('Ice and heat timer', { id: 'timer.title', desc: 'Title of the timer widget. Short: about 25 characters.' })}
        </p>

        <fieldset class="modes" part="modes" ?hidden=${underWay}>
          <legend>${msg('Therapy', { id: 'timer.modes.legend', desc: 'Label of the cold/heat switch.' })}</legend>
          ${TIMER_MODES.map(
            (option) => html`<label>
              <input type="radio" name="mode" .value=${option} .checked=${option === mode} @change=${this.onModeInput} />
              ${icon(option)} ${modeNames[option]}
            </label>`
          )}
        </fieldset>

        <div class="dial" part="dial">
          <svg class="ring" viewBox="0 0 100 100" aria-hidden="true">
            <circle class="track" cx="50" cy="50" r="45" />
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
          <div class="readout">
            <div
              role="timer"
              class="time"
              part="time"
              aria-label=${this.timeLabel(left)}
            >
              ${formatCountdown(left, locale)}
            </div>
            <span class="mode-label">${icon(mode)} ${modeNames[mode]}</span>
            ${this.renderStatus(status)}
          </div>
        </div>

        <div class="controls" part="controls">
          ${this.renderPrimaryButton(status, restEnd !== undefined && !underWay)}
          ${status === 'idle'
            ? nothing
            : html`<button part="reset-button" @click=${this.onResetClick}>
                ${msg('Reset', { id: 'timer.reset', desc: 'Button that ends the session and sets the timer back. Short: about 12 characters.' })}
              </button>`}
        </div>

        <p class="safety" part="safety">${icon(mode)} ${this.safetyLine(mode)}</p>
        ${restEnd === undefined || underWay
          ? nothing
          : html`<p part="rest" id="rest">
              ${msg(
                str`Let your skin rest. Next session from ${formatTimeOfDay(restEnd, locale, this.now)} (in ${formatDuration(restEnd - this.now, locale, 'minute', 'long')}).`,
                { id: 'timer.rest', desc: 'After a session. ${0} is a clock time (14:30); ${1} is the time left, e.g. "1 hour, 45 minutes".' }
              )}
            </p>`}
        <p class="note" part="count">${this.countLine(mode)}</p>
        ${safetyFooter()}
        <div role="status" class="visually-hidden">${this.renderAnnouncement()}</div>
      </section>
    `;
  }

  private timeLabel(left: number): string {
    return msg(str`${formatDuration(left, this.locale, 'second', 'long')} left`, {
      id: 'timer.time.label',
      desc: 'Read by screen readers for the big countdown. ${0} is a duration such as "14 minutes, 59 seconds".',
    });
  }

  private renderStatus(status: TimerStatus): TemplateResult | typeof nothing {
    if (status === 'paused') return html`<span>${msg('Paused', { id: 'timer.status.paused', desc: 'Shown under the time while the session is paused.' })}</span>`;
    if (status === 'done') return html`<span>${msg('Session complete', { id: 'timer.status.done', desc: 'Shown under the time when a session has ended.' })}</span>`;
    return nothing;
  }

  private renderPrimaryButton(status: TimerStatus, resting: boolean): TemplateResult {
    const label =
      status === 'running'
        ? msg('Pause', { id: 'timer.pause', desc: 'Button that pauses the running session. Short: about 12 characters.' })
        : status === 'paused'
          ? msg('Resume', { id: 'timer.resume', desc: 'Button that continues a paused session. Short: about 12 characters.' })
          : msg('Start', { id: 'timer.start', desc: 'Button that starts a cold or heat session. Short: about 12 characters.' });
    // aria-disabled, not disabled: the button keeps focus and explains itself via the rest line.
    return html`<button
      class="primary"
      part="primary-button"
      aria-disabled=${resting ? 'true' : 'false'}
      aria-describedby=${resting ? 'rest' : nothing}
      @click=${this.onPrimaryClick}
    >
      ${label}
    </button>`;
  }

  private safetyLine(mode: TimerMode): string {
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

  private countLine(mode: TimerMode): string {
    const count = countToday(this.history, mode, this.now);
    const n = formatNumber(count, this.locale);
    // One message per CLDR plural category: translators fill the forms their language uses.
    return mode === 'cold'
      ? plural(count, this.locale, {
        zero: () =>
          msg(str`${n} cold sessions today`, {
            id: 'timer.count.cold.zero',
            desc: 'Finished cold sessions today, CLDR plural form "zero"; ${0} is the number. If your language has no "zero" form, translate it like "other".',
          }),
        one: () =>
          msg(str`${n} cold session today`, {
            id: 'timer.count.cold.one',
            desc: 'Finished cold sessions today, CLDR plural form "one"; ${0} is the number. If your language has no "one" form, translate it like "other".',
          }),
        two: () =>
          msg(str`${n} cold sessions today`, {
            id: 'timer.count.cold.two',
            desc: 'Finished cold sessions today, CLDR plural form "two"; ${0} is the number. If your language has no "two" form, translate it like "other".',
          }),
        few: () =>
          msg(str`${n} cold sessions today`, {
            id: 'timer.count.cold.few',
            desc: 'Finished cold sessions today, CLDR plural form "few"; ${0} is the number. If your language has no "few" form, translate it like "other".',
          }),
        many: () =>
          msg(str`${n} cold sessions today`, {
            id: 'timer.count.cold.many',
            desc: 'Finished cold sessions today, CLDR plural form "many"; ${0} is the number. If your language has no "many" form, translate it like "other".',
          }),
        other: () =>
          msg(str`${n} cold sessions today`, {
            id: 'timer.count.cold.other',
            desc: 'Finished cold sessions today, CLDR plural form "other"; ${0} is the number. If your language has no "other" form, translate it like "other".',
          }),
        })
      : plural(count, this.locale, {
        zero: () =>
          msg(str`${n} heat sessions today`, {
            id: 'timer.count.heat.zero',
            desc: 'Finished heat sessions today, CLDR plural form "zero"; ${0} is the number. If your language has no "zero" form, translate it like "other".',
          }),
        one: () =>
          msg(str`${n} heat session today`, {
            id: 'timer.count.heat.one',
            desc: 'Finished heat sessions today, CLDR plural form "one"; ${0} is the number. If your language has no "one" form, translate it like "other".',
          }),
        two: () =>
          msg(str`${n} heat sessions today`, {
            id: 'timer.count.heat.two',
            desc: 'Finished heat sessions today, CLDR plural form "two"; ${0} is the number. If your language has no "two" form, translate it like "other".',
          }),
        few: () =>
          msg(str`${n} heat sessions today`, {
            id: 'timer.count.heat.few',
            desc: 'Finished heat sessions today, CLDR plural form "few"; ${0} is the number. If your language has no "few" form, translate it like "other".',
          }),
        many: () =>
          msg(str`${n} heat sessions today`, {
            id: 'timer.count.heat.many',
            desc: 'Finished heat sessions today, CLDR plural form "many"; ${0} is the number. If your language has no "many" form, translate it like "other".',
          }),
        other: () =>
          msg(str`${n} heat sessions today`, {
            id: 'timer.count.heat.other',
            desc: 'Finished heat sessions today, CLDR plural form "other"; ${0} is the number. If your language has no "other" form, translate it like "other".',
          }),
        });
  }

  private renderAnnouncement(): unknown {
    const a = this.announcement;
    if (!a) return nothing;
    let text: string;
    switch (a.kind) {
      case 'started':
        text = msg(str`Session started: ${formatDuration(a.ms, this.locale, 'minute', 'long')}.`, {
          id: 'timer.announce.started',
          desc: 'Screen reader announcement when a session starts. ${0} is its length, e.g. "15 minutes".',
        });
        break;
      case 'left':
        text = msg(str`${formatDuration(a.ms, this.locale, 'minute', 'long')} left.`, {
          id: 'timer.announce.left',
          desc: 'Screen reader announcement at 5 and at 1 minute left. ${0} is e.g. "5 minutes".',
        });
        break;
      case 'paused':
        text = msg('Paused.', { id: 'timer.announce.paused', desc: 'Screen reader announcement when the session is paused.' });
        break;
      case 'resumed':
        text = msg('Resumed.', { id: 'timer.announce.resumed', desc: 'Screen reader announcement when the session continues.' });
        break;
      case 'reset':
        text = msg('Timer reset.', { id: 'timer.announce.reset', desc: 'Screen reader announcement when the timer is set back.' });
        break;
      case 'done':
        text = msg('Session complete. Take the pack off and let your skin rest.', {
          id: 'timer.announce.done',
          desc: 'Screen reader announcement when a session ends.',
        });
        break;
    }
    return keyed(a.id, html`<span>${text}</span>`);
  }

  private onModeInput(event: Event): void {
    this.mode = (event.target as HTMLInputElement).value as TimerMode;
  }

  private onPrimaryClick(event: Event): void {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') return;
    const status = this.state;
    if (status === 'running') this.pause();
    else if (status === 'paused') this.resume();
    else this.start();
  }

  private async onResetClick(): Promise<void> {
    this.reset();
    // The reset button is gone once idle: keep keyboard focus inside the timer.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="primary-button"]')?.focus();
  }

  /** Brings the session up to `now`; a session that ended is recorded once. */
  private sync(now: number): void {
    const before = this.session;
    const after = advance(before, now);
    const previous = this.syncedAt;
    this.syncedAt = now;
    if (before.status === 'running') {
      const milestone = milestoneCrossed(before.endsAt - previous, before.endsAt - now);
      if (milestone !== undefined && after.status === 'running') this.announce({ kind: 'left', ms: milestone });
    }
    if (after === before) return;
    this.session = after;
    if (after.status === 'done') {
      this.history = pruneHistory([...this.history, { mode: after.mode, endedAt: after.endedAt }], now);
      this.announce({ kind: 'done' });
      this.completedWhileUpdating = true;
      // A chime long after the end (a reload hours later) would only confuse.
      if (now - after.endedAt < MINUTE_MS) {
        if (this.sound) playChime(this.audio);
        if (this.vibrate) vibrate();
      }
    }
    this.save();
  }

  /** Applies a user transition; fires its event. Returns false when nothing changed. */
  private change(next: TimerState, now: number, event: TimerEventName): boolean {
    if (next === this.session) return false;
    this.session = next;
    this.now = now;
    this.syncedAt = now;
    this.save();
    this.dispatch(event, now);
    return true;
  }

  private dispatch(type: TimerEventName, now: number): void {
    const session = this.session;
    const mode = session.status === 'idle' ? this.mode : session.mode;
    const durationMs = session.status === 'idle' ? this.minutes * MINUTE_MS : session.durationMs;
    emit<TimerEventDetail>(this, type, { mode, durationMs, remainingMs: remainingMs(session, now, durationMs) });
  }

  private announce(announcement: AnnouncementContent): void {
    this.announcement = { ...announcement, id: ++this.announcementCount };
  }

  /** Re-renders at the clock's pace; `updated()` schedules the next tick. */
  private tick(): void {
    this.now = Date.now();
  }

  /**
   * At most one render a second while a session runs (when the shown second
   * changes), one a minute during skin rest, none while idle. While the page
   * is hidden only the session's end is awaited, so the alerts still sound.
   */
  private scheduleTick(): void {
    clearTimeout(this.tickHandle);
    this.tickHandle = undefined;
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
    if (delay !== undefined) this.tickHandle = setTimeout(() => this.tick(), Math.max(delay, 0));
  }

  private checkInputs(changed: PropertyValues<this>): void {
    if (changed.has('mode')) {
      const checked = checkMode(this.mode);
      if (checked.problem) this.rejectInput('mode', this.mode, checked.problem, checked.value);
      this.mode = checked.value;
    }
    if (changed.has('minutes')) {
      const checked = checkMinutes(this.minutes, SESSION_MINUTES);
      if (checked.problem) this.rejectInput('minutes', this.attributeOr('minutes', this.minutes), checked.problem, checked.value);
      this.minutes = checked.value;
    }
    if (changed.has('restMinutes')) {
      const checked = checkMinutes(this.restMinutes, REST_MINUTES);
      if (checked.problem) this.rejectInput('rest-minutes', this.attributeOr('rest-minutes', this.restMinutes), checked.problem, checked.value);
      this.restMinutes = checked.value;
    }
  }

  /** The attribute's text explains a NaN better than NaN does. */
  private attributeOr(attribute: string, value: unknown): unknown {
    return Number.isNaN(value) && this.hasAttribute(attribute) ? this.getAttribute(attribute) : value;
  }

  private rejectInput(input: string, value: unknown, problem: string, used: unknown): void {
    warnInput(this.localName, `${input} (${problem})`, value, String(used));
  }

  /** With `persist`, adopts a valid stored timer unless this one already has progress, which is kept. */
  private openStore(): void {
    if (!this.persist) {
      this.store = undefined;
      return;
    }
    const key = this.storageKey;
    this.store = localStore(key, (operation, error) =>
      console.warn(`<${this.localName}>: localStorage ${operation} of "${key}" failed (${String(error)}); the timer keeps working without saving.`)
    );
    const stored = this.store.read();
    const checked = checkStoredTimer(stored, Date.now());
    if (checked.problem) warnInput(this.localName, `stored state "${key}" (${checked.problem})`, stored, checked.value ? 'the valid part' : 'a fresh timer');
    const hasProgress = this.session.status !== 'idle' || this.history.length > 0;
    if (checked.value && !hasProgress) {
      this.session = checked.value.state;
      this.history = pruneHistory(checked.value.history, Date.now());
    } else {
      this.save();
    }
  }

  private save(): void {
    const saved: StoredTimer = { version: 1, state: this.session, history: this.history };
    this.store?.write(saved);
  }

  private toggleCustomStates(): void {
    const status = this.session.status;
    for (const name of ['idle', 'running', 'paused', 'done'] as const) this.toggleCustomState(name, status === name);
    const mode = status === 'idle' ? this.mode : this.session.mode;
    for (const name of TIMER_MODES) this.toggleCustomState(name, mode === name);
    this.toggleCustomState('resting', restUntil(this.history, this.restMinutes * MINUTE_MS, this.now) !== undefined);
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
