import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { timeNow } from '../core/clock.js';
import { emit } from '../core/events.js';
import { HostContent } from '../core/host-content.js';
import { lazy } from '../core/lazy.js';
import { msg } from '../core/localization.js';
import { Persistence } from '../core/persistence.js';
import type { PlanPart } from '../core/plan.js';
import { sharedStyles } from '../core/shared.styles.js';
import { SpasmElement } from '../core/spasm-element.js';
import { thrownText, warnOnce } from '../core/warn.js';
import type { SpasmTimer } from '../timer/spasm-timer.js';
import { TIMER_EVENTS, type TimerEventDetail } from '../timer/timer-events.js';
import { countDone, stepsChecker, type ChecklistStep, type Therapy } from './checklist-content.js';
import { answerCards, stepDetails } from './checklist-parts.js';
import { announcementText, titleText, type ChecklistAnnouncement } from './checklist-messages.js';
import type { RedFlagAnswer, StoredTicks } from './checklist-storage.js';
import { defaultSteps } from './default-content.js';
import { renderDoctorSection } from './doctor-section.js';
import { renderRedFlagCheck } from './red-flag-check.js';
import { checklistStyles } from './spasm-checklist.styles.js';
import { renderStepList } from './step-list.js';
import { renderTimerButton, timerUnavailable, type LinkedTimer } from './timer-button.js';

export type { ChecklistStep, Therapy };

/** `detail` of `spasm-checklist-change`. */
export interface ChecklistChangeDetail {
  id: string;
  checked: boolean;
  done: number;
  total: number;
}

/** `detail` of `spasm-checklist-complete`. */
export interface ChecklistCompleteDetail {
  total: number;
}

/** `detail` of `spasm-checklist-urgent`. */
export interface ChecklistUrgentDetail {
  /** `emergency`: a sign of the first list (call now); `urgent`: of the second (advice today). */
  tier: 'emergency' | 'urgent';
}

/** The store of ticks: loaded only by pages that need it. */
const ticksStore = lazy(() => import('./checklist-storage.js').then((module) => module.openTicksStore));

/**
 * A self-care checklist for a back spasm: first a red-flag check of both
 * tiers of warning signs, then the steps in order, each a native checkbox
 * with a "how" detail, progress, and the reasons to see a GP, always visible
 * and never a checkbox.
 *
 * Content comes from the `steps` property, else a child
 * `<script type="application/json">{"steps": [...]}</script>`, else the
 * default steps in the widget's language.
 *
 * @element spasm-checklist
 * @summary Self-care checklist for a back spasm, with a red-flag check, progress and when to see a GP.
 *
 * @fires {CustomEvent<{ id: string; checked: boolean; done: number; total: number }>} spasm-checklist-change - A step was ticked or unticked by the user (or by a linked timer's finished session).
 * @fires {CustomEvent<{ total: number }>} spasm-checklist-complete - The last step was ticked.
 * @fires {CustomEvent<{ tier: 'emergency' | 'urgent' }>} spasm-checklist-urgent - The user picked a sign of the emergency list (call now) or of the urgent list (advice today) in the red-flag check.
 *
 * @csspart base - The card that holds the whole checklist.
 * @csspart title - The checklist's title.
 * @csspart red-flags - The red-flag check, this widget's urgent block: both lists of warning signs and three answers, and later the answer with the number in view.
 * @csspart red-flags-lists - Once answered, both lists of warning signs, one click away.
 * @csspart emergency-card - What to do now, shown instead of the steps after a sign of the emergency list.
 * @csspart advice-card - "Get medical advice today", above the steps after a sign of the urgent list.
 * @csspart emergency-back - The card's "I've got help" button.
 * @csspart progress - The "3 of 7 done" line and its bar.
 * @csspart steps - The list of steps.
 * @csspart step - One step.
 * @csspart detail - A step's expandable "how".
 * @csspart timer-button - "Start a 15-minute cold session", with a linked timer.
 * @csspart complete - The message shown when every step is done.
 * @csspart timer-why - Next to a timer button: why it is unavailable ("Next session from 11:15"), or why the other therapy fits better now.
 * @csspart reset-button - "Start over", small and last.
 * @csspart undo-button - "Undo", in its place after "Start over".
 * @csspart print-button - "Print my plan".
 * @csspart doctor - When to see a doctor.
 *
 * @cssprop [--spasm-color-accent=#1a5fb4] - Checkboxes, progress bar, buttons and the focus outline.
 *
 * @cssstate complete - Every step is ticked.
 */
export class SpasmChecklist extends SpasmElement {
  protected static override readonly messageGroup = 'checklist';
  static override styles = [sharedStyles, checklistStyles];

  static override properties: PropertyDeclarations = {
    timer: {},
    // Its accessors are below: the content controller owns the value.
    steps: { attribute: false, noAccessor: true },
    ticked: { state: true, attribute: false },
    redFlags: { state: true, attribute: false },
    emergency: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * The id of a `<spasm-timer>` on the page: cold and heat steps can then start it, and its finished sessions tick them.
   * @attr timer
   */
  timer?: string;

  private ticked: ReadonlySet<string> = new Set();
  /** The answer to the red-flag check; none yet asks it. */
  private redFlags?: RedFlagAnswer = undefined;
  /** The emergency card is shown in place of the steps. */
  private emergency = false;
  private announcement?: ChecklistAnnouncement = undefined;
  /** The ticks "Start over" cleared, while Undo can bring them back (until the next change). */
  #undoTicks?: ReadonlySet<string>;
  readonly #warned = new Set<string>();

  /** The host's valid steps (from `steps` or the JSON child); none means the default steps. */
  readonly #content = new HostContent(this, 'steps', stepsChecker);

  protected override get contentReady(): Promise<void> {
    return this.#content.ready;
  }

  /** A server shows the default steps' "how" too (the host's steps bring their own). */
  protected override serverRenderedParts(): Promise<unknown> {
    const details = this.#content.items.length > 0 ? undefined : stepDetails.load(this, this.locale);
    return Promise.all([super.serverRenderedParts(), details]);
  }

  /** With `persist`, the ticks by step id. */
  protected readonly persistence = new Persistence<StoredTicks>(this, ticksStore, {
    snapshot: () => ({ version: 1, ticked: [...this.ticked], ...(this.redFlags && { redFlags: this.redFlags }) }),
    adopt: (stored) => {
      this.ticked = new Set(stored.ticked);
      this.redFlags = stored.redFlags;
    },
    now: timeNow,
  });
  readonly #onTimerEvent = (event: CustomEvent<TimerEventDetail>) => this.#timerChanged(event);
  /** The linked timer learned when the spasm started: its buttons say which therapy fits now. */
  readonly #onTimerEpisode = (event: Event) => {
    if (event.composedPath()[0] === this.#linkedTimer()) this.requestUpdate();
  };

  /**
   * Custom steps: `Array<{ id, title, detail?, therapy?: 'cold' | 'heat' }>`. Unset: the JSON child, else
   * the default steps. Bad steps are dropped with a warning; `undefined` brings back the JSON child or the
   * default steps.
   */
  get steps(): ChecklistStep[] | undefined {
    return this.#content.value as ChecklistStep[] | undefined;
  }

  set steps(steps: ChecklistStep[] | undefined) {
    this.#content.value = steps;
  }

  /** @internal Its red-flag check is its urgent block. */
  override get ownsUrgentCheck(): boolean {
    return true;
  }

  /** Ticked steps among those shown. */
  get done(): number {
    return countDone(this.#steps(), this.ticked);
  }

  /** Steps shown. */
  get total(): number {
    return this.#steps().length;
  }

  /** @internal */
  override planPart(): PlanPart {
    return this.inLocale(() => ({
      title: titleText(),
      items: this.#steps().map((step) => ({ text: step.title, done: this.ticked.has(step.id) })),
    }));
  }

  /** Unticks every step. Fires no event: it is not a step's change. */
  reset(): void {
    this.#setTicked(new Set());
    this.announcement = undefined;
  }

  /** The document whose timers' events this checklist hears: its own, which a host's `adoptNode` changes. */
  #timersDocument?: Document;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timersDocument = this.ownerDocument;
    for (const type of TIMER_EVENTS) this.#timersDocument.addEventListener(type, this.#onTimerEvent);
    this.#timersDocument.addEventListener('spasm-timer-episode', this.#onTimerEpisode);
    // A timer defined after this checklist rendered: show its button once it can start.
    void customElements.whenDefined('spasm-timer').then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of TIMER_EVENTS) this.#timersDocument?.removeEventListener(type, this.#onTimerEvent);
    this.#timersDocument?.removeEventListener('spasm-timer-episode', this.#onTimerEpisode);
  }

  protected override updated(): void {
    this.toggleCustomState('complete', this.done === this.total);
  }

  protected override renderWidget(): TemplateResult {
    const steps = this.#steps();
    const done = countDone(steps, this.ticked);
    const emergencyCard = this.emergency ? answerCards.module?.emergencyCard : undefined;
    const announcement =
      this.announcement && announcementText(this.announcement, done, steps.length, this.formatLocale);
    return this.renderCard({
      title: titleText(),
      body: html`${this.#renderRedFlagCheck()}
      ${
        emergencyCard
          ? emergencyCard(this.helpNumbers(), this.locale, this.headingLevelOf(1), () => this.#closeEmergency())
          : this.#renderSteps(steps, done)
      }
      ${this.persistence.note()}`,
      announcement,
      hostContent: this.#content.items.length > 0,
      onFirstUse: this.#preload,
    });
  }

  #renderSteps(steps: ChecklistStep[], done: number): TemplateResult {
    const timer = this.#linkedTimerView();
    return html`${renderStepList({
      steps,
      ticked: this.ticked,
      locale: this.formatLocale,
      detailOf: (step) => this.#detailOf(step),
      timerButtonOf: ({ therapy }) =>
        therapy && timer
          ? renderTimerButton(therapy, timer, this.formatLocale, () => this.#startTimer(therapy))
          : undefined,
      onToggle: (id, checked) => this.#onToggle(id, checked),
      onDetailToggle: this.#loadDetails,
    })}
    ${renderDoctorSection(this.headingLevelOf(1))} ${this.#renderStartOver(done)}`;
  }

  /** A step's "how": the host's, or a default step's once its module is there ('' until then). */
  #detailOf(step: ChecklistStep): string | undefined {
    return this.#content.items.length ? step.detail : (stepDetails.module?.stepDetail(step.id) ?? '');
  }

  /**
   * On the first interaction with the checklist (a touch, a click, focus),
   * loads what it shows once used, so it is there when needed: the emergency
   * card, and the default steps' "how" for when a disclosure opens. Offline,
   * a disclosure stays empty until a later try succeeds.
   */
  readonly #preload = () => {
    void answerCards.load(this, this.locale);
    this.#loadDetails();
  };

  readonly #loadDetails = () => {
    if (!this.#content.items.length) void stepDetails.load(this, this.locale);
  };

  /** "Print my plan" and "Start over", small and last; after a start over, "Undo" in its place until the next tick. */
  #renderStartOver(done: number): TemplateResult {
    return html`<div class="answers">
      <button class="quiet" part="print-button" @click=${() => void this.printPlan()}>
        ${msg('Print my plan', { id: 'checklist.print', desc: 'Button that prints a one-page plan for the patient. Short.' })}
      </button>
      ${this.#renderUndoOrReset(done)}
    </div>`;
  }

  #renderUndoOrReset(done: number): TemplateResult | typeof nothing {
    if (this.#undoTicks) {
      return html`<button class="quiet" part="undo-button" @click=${this.#onUndoClick}>
        ${msg('Undo', { id: 'checklist.undo', desc: 'Button that brings back the ticks "Start over" cleared. Short.' })}
      </button>`;
    }
    return done > 0
      ? html`<button class="quiet" part="reset-button" @click=${this.#onResetClick}>
          ${msg('Start over', { id: 'checklist.reset', desc: 'Button that unticks every step. Short.' })}
        </button>`
      : nothing;
  }

  #renderRedFlagCheck(): TemplateResult {
    const numbers = this.helpNumbers();
    const headingLevel = this.headingLevelOf(1);
    const cards = answerCards.module;
    return renderRedFlagCheck({
      answer: this.redFlags,
      numbers,
      locale: this.locale,
      headingLevel,
      emergencyOpen: this.emergency,
      adviceCard: this.redFlags === 'urgent' ? cards?.adviceTodayCard(numbers, headingLevel) : undefined,
      onAnswer: (answer) => this.#answerRedFlags(answer),
    });
  }

  /**
   * Records an answer and moves focus to what it shows, so that a screen
   * reader says the result once: the emergency card's title, the advice
   * card's title, the "none" sentence, or the question again. "Yes" sets the
   * steps aside behind the emergency card; both "yes" answers tell the host.
   */
  #answerRedFlags(answer: RedFlagAnswer | undefined): void {
    const changed = answer !== this.redFlags;
    this.redFlags = answer;
    this.persistence.save();
    if (changed && (answer === 'yes' || answer === 'urgent'))
      emit(this, 'spasm-checklist-urgent', { tier: answer === 'yes' ? 'emergency' : 'urgent' });
    this.emergency = false;
    const focusAfterRender = (selector: string) =>
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    if (answer === undefined) return focusAfterRender('#red-flags-question');
    if (answer === 'none') return focusAfterRender('#red-flags-answer');
    // Without the cards' module (offline, a blocked chunk) focus goes to the answer and the number instead.
    const title = answer === 'yes' ? '#emergency-title' : '#advice-title';
    const show = () => {
      if (this.redFlags !== answer) return;
      this.emergency = answer === 'yes' && answerCards.module !== undefined;
      focusAfterRender(answerCards.module ? title : '#red-flags-answer');
    };
    if (answerCards.module) return show();
    void answerCards.load(this, this.locale).then(show, show);
  }

  async #closeEmergency(): Promise<void> {
    this.emergency = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#red-flags-answer')?.focus();
  }

  #onToggle(id: string, checked: boolean): void {
    const ticked = new Set(this.ticked);
    if (checked) ticked.add(id);
    else ticked.delete(id);
    this.#setTicked(ticked);
    this.#changed(id, checked);
  }

  /** Reports a step's change: the event, the announcement and, for the last step, completion. */
  #changed(id: string, checked: boolean): void {
    const done = this.done;
    const total = this.total;
    emit(this, 'spasm-checklist-change', { id, checked, done, total });
    const complete = checked && done === total;
    this.announcement = complete ? 'complete' : 'progress';
    if (complete) emit(this, 'spasm-checklist-complete', { total });
  }

  async #onResetClick(): Promise<void> {
    const before = this.ticked;
    this.reset();
    this.#undoTicks = before;
    this.announcement = 'cleared';
    // The button is replaced by Undo: focus follows it.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="undo-button"]')?.focus();
  }

  async #onUndoClick(): Promise<void> {
    this.#setTicked(this.#undoTicks ?? new Set());
    this.announcement = 'progress';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="reset-button"]')?.focus();
  }

  #startTimer(therapy: Therapy): void {
    const timer = this.#linkedTimer();
    if (!timer || timerUnavailable(timer)) return;
    timer.mode = therapy;
    timer.start();
    timer.scrollIntoView({ block: 'nearest' });
  }

  /** A linked timer changed state: refresh its buttons; a finished session ticks its step. */
  #timerChanged(event: CustomEvent<TimerEventDetail>): void {
    const timer = this.#linkedTimer();
    if (!timer || event.composedPath()[0] !== timer) return;
    this.requestUpdate();
    if (event.type !== 'spasm-timer-complete') return;
    const step = this.#steps().find((candidate) => candidate.therapy === event.detail.mode);
    if (!step || this.ticked.has(step.id)) return;
    this.#setTicked(new Set([...this.ticked, step.id]));
    this.#changed(step.id, true);
  }

  #linkedTimer(): SpasmTimer | undefined {
    if (!this.timer) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const element = root.getElementById?.(this.timer) ?? this.ownerDocument.getElementById(this.timer);
    return element?.localName === 'spasm-timer' && 'start' in element ? (element as SpasmTimer) : undefined;
  }

  /**
   * What the cold and heat buttons show of the linked timer, read once for a
   * render. A timer that cannot be read (its start failed half way: a host
   * broke what it needs) gives no buttons and a warning, never a blank checklist.
   */
  #linkedTimerView(): LinkedTimer | undefined {
    const timer = this.#linkedTimer();
    if (!timer) return undefined;
    try {
      const { minutes, state, nextSessionAt, recommendedMode } = timer;
      return { minutes, state, nextSessionAt, recommendedMode };
    } catch (error) {
      const problem = `the timer could not be read (${thrownText(error)})`;
      warnOnce(this.#warned, this.localName, 'timer', this.timer, problem, 'no timer buttons');
      return undefined;
    }
  }

  /** The steps shown: the host's, else the defaults in the widget's language (also when read outside a render). */
  #steps(): ChecklistStep[] {
    return this.#content.items.length > 0 ? this.#content.items : this.inLocale(defaultSteps);
  }

  #setTicked(ticked: ReadonlySet<string>): void {
    this.#undoTicks = undefined;
    this.ticked = ticked;
    this.persistence.save();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-checklist': SpasmChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'spasm-checklist-change': CustomEvent<ChecklistChangeDetail>;
    'spasm-checklist-complete': CustomEvent<ChecklistCompleteDetail>;
    'spasm-checklist-urgent': CustomEvent<ChecklistUrgentDetail>;
  }
}
