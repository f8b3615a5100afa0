/**
 * The timer's "When did the spasm start?" disclosure: the day the spasm
 * started (the user's answer, else the site's `episode-start`), the answers
 * once their module has loaded, and the reason its therapy fits. An answer
 * shows at once and counts once the choice settles: announced, with its
 * `spasm-timer-episode` event.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emit } from '../core/events.js';
import { lazy } from '../core/lazy.js';
import type { StartDayAnswer } from './start-day.js';
import type { ValueReport } from './timer-config.js';
import type { TimerMode } from './timer-machine.js';
import { startDayLegend } from './timer-text.js';

/** The answers and the reasons: optional, so not in the drop-in (see start-day-question.ts). */
const startDayQuestion = lazy(() => import('./start-day-question.js'));

/** How long an answer stands before it counts: arrow keys check each answer they pass. */
const SETTLE_MS = 1000;

/** What the disclosure needs of its timer. */
export interface StartDayHost {
  /** The element, which fires the event; it renders again when the question has loaded. */
  readonly element: ReactiveControllerHost & EventTarget;
  /** The site's `episode-start`, as set. */
  readonly siteStartDay: () => unknown;
  /** The user's answer (an ISO date), if any. */
  readonly answer: () => string | undefined;
  /** Takes a new answer: the timer renders and stores it. */
  readonly setAnswer: (day: string) => void;
  /** Puts a sentence in the timer's live region. */
  readonly announce: (text: () => string) => void;
  /** The timer's clock. */
  readonly now: () => number;
}

/** `episode-start` as the site set it: checked once the question's module is there, taken as it is until then. */
export const checkSiteStartDay = (value: unknown, now: number): ValueReport<unknown> =>
  startDayQuestion.value?.checkEpisodeStart(value, now) ?? { value };

export class StartDayDisclosure implements ReactiveController {
  readonly #host: StartDayHost;
  /** Counts the answer just given once it settles; set until then. */
  #settle?: ReturnType<typeof setTimeout>;
  /** The start day, as the current update found it. */
  #startDayShown?: string;

  constructor(host: StartDayHost) {
    this.#host = host;
    host.element.addController(this);
  }

  hostDisconnected(): void {
    this.#onSettle();
  }

  /** The day the spasm started: the user's answer, else the site's `episode-start` (once the question has loaded). */
  startDay(now: number): string | undefined {
    return this.#host.answer() ?? startDayQuestion.value?.checkEpisodeStart(this.#host.siteStartDay(), now).value;
  }

  /** The therapy the start day recommends (cold in the first day or two, heat after), once it is known. */
  recommendedMode(now: number): TimerMode | undefined {
    const day = this.startDay(now);
    return day ? startDayQuestion.value?.recommendedMode(day, now) : undefined;
  }

  /**
   * Once per update (a running timer renders every second), for its render: the start day now. With
   * `changed`, it has just become known or changed: the therapy it recommends, to preselect.
   */
  update(now: number, changed: boolean): TimerMode | undefined {
    const day = (this.#startDayShown = this.startDay(now));
    return day && changed ? startDayQuestion.value?.recommendedMode(day, now) : undefined;
  }

  /**
   * A start day that is known waits for the question's module: the first render already shows the answer
   * and why. Without the module the question stays closed, and the timer works on.
   */
  get ready(): Promise<unknown> | undefined {
    if (startDayQuestion.value || !(this.#host.answer() || this.#host.siteStartDay())) return undefined;
    return startDayQuestion.load().catch(() => undefined);
  }

  /** The disclosure; `hidden` while a session is under way or the skin rests. */
  render(hidden: boolean, now: number): TemplateResult {
    const day = this.#startDayShown;
    return html`<details class="needs-script" part="episode" ?hidden=${hidden} ?open=${!!day} @toggle=${this.#onToggle}>
      <summary id="start-day-question">${startDayLegend()}</summary>
      ${startDayQuestion.value?.startDayAnswers(day, now, this.#onInput, this.#onSettle) ?? nothing}
    </details>`;
  }

  /** Why the start day's therapy fits, under the cold/heat switch. */
  renderReason(hidden: boolean, now: number): TemplateResult | typeof nothing {
    const day = this.#startDayShown;
    const question = startDayQuestion.value;
    if (!day || hidden || !question) return nothing;
    return html`<p class="note" part="episode-reason">${question.reasonFor(day, now)}</p>`;
  }

  readonly #onToggle = (event: Event): void => {
    if (!startDayQuestion.value && (event.target as HTMLDetailsElement).open)
      void startDayQuestion.load().then(
        () => this.#host.element.requestUpdate(),
        () => undefined
      );
  };

  // Arrow functions: the lazily loaded question calls them as they are.
  /** An answer shows at once (its therapy, the reason); it counts when the choice settles. */
  readonly #onInput = (event: Event): void => {
    const answer = (event.target as HTMLInputElement).value as StartDayAnswer;
    this.#host.setAnswer(startDayQuestion.value!.startDayFor(answer, this.#host.now()));
    clearTimeout(this.#settle);
    this.#settle = setTimeout(this.#onSettle, SETTLE_MS);
  };

  /**
   * The choice settled (Enter, focus leaving the answers, a pause, the timer leaving the page): the answer
   * counts once, announced with why its therapy fits and with its event.
   */
  readonly #onSettle = (): void => {
    if (this.#settle === undefined) return;
    clearTimeout(this.#settle);
    this.#settle = undefined;
    const day = this.#host.answer()!;
    const now = this.#host.now();
    const question = startDayQuestion.value!;
    this.#host.announce(() => question.reasonFor(day, now));
    emit(this.#host.element, 'spasm-timer-episode', { day, mode: question.recommendedMode(day, now) });
  };
}
