import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { emit } from '../core/events.js';
import { formatNumber, formatTimeOfDay } from '../core/format.js';
import { HostContent } from '../core/host-content.js';
import { lazy, lazyPart } from '../core/lazy.js';
import { msg, str } from '../core/localization.js';
import { Persistence } from '../core/persistence.js';
import {
  callEmergency,
  emergencySigns,
  emergencyTier,
  urgentSummary,
  urgentTier,
  warningIcon,
  warningSignsTitle,
} from '../core/safety.js';
import { sharedStyles } from '../core/shared.styles.js';
import { SpasmElement } from '../core/spasm-element.js';
import type { SpasmTimer } from '../timer/spasm-timer.js';
import { TIMER_EVENTS, type TimerEventDetail } from '../timer/timer-events.js';
import { countDone, type ChecklistStep, type Therapy } from './checklist-content.js';
import type { RedFlagAnswer, StoredTicks } from './checklist-storage.js';
import { defaultSteps, doctorAdvice, doctorReasons } from './default-content.js';
import { progressText, titleText } from './checklist-messages.js';
import type { PlanPart } from '../core/plan.js';
import { checklistStyles } from './spasm-checklist.styles.js';

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

/** The default steps' "How to do it": behind disclosures, so not in the drop-in. */
/** The checker of a host's steps, and the store of ticks: loaded only by pages that need them. */
const stepsChecker = lazy(() => import('./checklist-check.js').then((module) => module.checkSteps));
const ticksStore = lazy(() => import('./checklist-storage.js').then((module) => module.openTicksStore));
const stepDetails = lazyPart(() => import('./step-details.js'));
/** The emergency and advice-today cards: only a "yes" to the red-flag check needs them. */
const answerCards = lazyPart(() => import('./emergency-card.js'));

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
 * @tag spasm-checklist
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

  /** The id of a `<spasm-timer>` on the page: cold and heat steps can then start it, and its finished sessions tick them. */
  timer?: string;

  private ticked: ReadonlySet<string> = new Set();
  /** The answer to the red-flag check; none yet asks it. */
  private redFlags?: RedFlagAnswer = undefined;
  /** The emergency card is shown in place of the steps. */
  private emergency = false;
  private announcement?: 'progress' | 'complete' | 'cleared' = undefined;
  /** The ticks "Start over" cleared, while Undo can bring them back (until the next change). */
  #undoTicks?: ReadonlySet<string>;

  /** The host's valid steps (from `steps` or the JSON child); none means the default steps. */
  readonly #content = new HostContent(this, 'steps', stepsChecker);

  protected override get contentReady(): Promise<void> {
    return this.#content.ready;
  }
  /** With `persist`, the ticks by step id. */
  protected readonly persistence = new Persistence<StoredTicks>(this, ticksStore, {
    snapshot: () => ({ version: 1, ticked: [...this.ticked], ...(this.redFlags && { redFlags: this.redFlags }) }),
    adopt: (stored) => {
      this.ticked = new Set(stored.ticked);
      this.redFlags = stored.redFlags;
    },
    now: Date.now,
  });
  readonly #onTimerEvent = (event: CustomEvent<TimerEventDetail>) => this.#timerChanged(event);
  /** The linked timer learned when the spasm started: its buttons say which therapy fits now. */
  readonly #onTimerEpisode = (event: Event) => {
    if (event.composedPath()[0] === this.#linkedTimer()) this.requestUpdate();
  };

  /**
   * Custom steps: `Array<{ id, title, detail?, therapy?: 'cold' | 'heat' }>`. Bad steps are dropped with a
   * warning; `undefined` brings back the JSON child or the default steps.
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

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of TIMER_EVENTS) document.addEventListener(type, this.#onTimerEvent);
    document.addEventListener('spasm-timer-episode', this.#onTimerEpisode);
    // A timer defined after this checklist rendered: show its button once it can start.
    void customElements.whenDefined('spasm-timer').then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of TIMER_EVENTS) document.removeEventListener(type, this.#onTimerEvent);
    document.removeEventListener('spasm-timer-episode', this.#onTimerEpisode);
  }

  protected override updated(): void {
    this.toggleCustomState('complete', this.done === this.total);
  }

  protected override render(): TemplateResult {
    const steps = this.#steps();
    const done = countDone(steps, this.ticked);
    const total = steps.length;
    return html`
      <section
        class="base"
        part="base"
        lang=${this.locale}
        dir=${this.direction}
        aria-labelledby="title"
        @pointerdown=${this.#preload}
        @focusin=${this.#preload}
      >
        <p class="title" part="title" id="title" role="heading" aria-level=${this.headingLevelOf()}>${titleText()}</p>
        ${this.#renderRedFlags()}
        ${
          this.emergency && answerCards.module
            ? answerCards.module.emergencyCard(this.helpNumbers(), this.locale, this.headingLevelOf(1), () =>
                this.#closeEmergency()
              )
            : this.#renderSteps(steps, done, total)
        }
        ${this.renderFooter({ hostContent: this.#content.items.length > 0 })}
        <div role="status" class="visually-hidden">${this.#renderAnnouncement(done, total)}</div>
      </section>
    `;
  }

  #renderSteps(steps: ChecklistStep[], done: number, total: number): TemplateResult {
    const timer = this.#linkedTimer();
    // The bar repeats the sentence: screen readers hear it once.
    return html`<div part="progress">
        <p>${progressText(done, total, this.locale)}</p>
        <progress max=${total} .value=${done} aria-hidden="true"></progress>
      </div>
      <ol class="steps" part="steps" aria-labelledby="title">
        ${steps.map((step) => {
          const detail = this.#detailOf(step);
          return html`<li part="step">
            <label>
              <input
                type="checkbox"
                .checked=${this.ticked.has(step.id)}
                @change=${(event: Event) => this.#onToggle(step.id, (event.target as HTMLInputElement).checked)}
              />
              ${step.title}
            </label>
            ${
              detail !== undefined
                ? html`<details part="detail" @toggle=${this.#loadDetails}>
                    <summary>
                      ${msg('How to do it', { id: 'checklist.how', desc: 'Opens the how-to text of a step. Short.' })}<span
                        class="visually-hidden"
                        >: ${step.title}</span
                      >
                    </summary>
                    <p>${detail}</p>
                  </details>`
                : nothing
            }
            ${step.therapy && timer ? this.#renderTimerButton(step.therapy, timer) : nothing}
          </li>`;
        })}
      </ol>
      ${
        done === total
          ? html`<p class="complete" part="complete">
              ${msg(
                "All done. Keep moving gently. See a GP or your doctor if it hasn't started to get better within a few weeks.",
                {
                  id: 'checklist.complete',
                  desc: 'Shown when every step is ticked.',
                }
              )}
            </p>`
          : nothing
      }
      <div part="doctor">
        <p class="subtitle" role="heading" aria-level=${this.headingLevelOf(1)}>
          ${msg('When to see a GP or your doctor', {
            id: 'checklist.doctor.title',
            desc: 'Heading of the non-urgent "see a doctor" section. GP: a family doctor; use your country\'s usual word.',
          })}
        </p>
        <ul>
          ${doctorReasons().map((reason) => html`<li>${reason}</li>`)}
        </ul>
        ${doctorAdvice().map((advice) => html`<p>${advice}</p>`)}
      </div>
      ${this.#renderStartOver(done)}`;
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

  /**
   * The red-flag check, first on the page, and this widget's urgent block
   * (its footer doesn't repeat it): both tiers of warning signs and three
   * answers. Once answered it keeps the emergency number in view and both
   * lists one click away, and the answer can be changed. A plain list with
   * an answer: no score, no diagnosis (facts.md section 6).
   */
  #renderRedFlags(): TemplateResult {
    const numbers = this.helpNumbers();
    const sub = this.headingLevelOf(1);
    if (this.redFlags === undefined) {
      return html`<div
        class="urgent"
        part="red-flags urgent"
        role="group"
        tabindex="-1"
        aria-labelledby="red-flags-question"
      >
        <p class="subtitle" id="red-flags-question" role="heading" aria-level=${sub} tabindex="-1">
          ${msg('Before you start: do you have any of these?', {
            id: 'checklist.redFlags.question',
            desc: 'The red-flag check at the top of the checklist; two lists of warning signs follow (emergency, then urgent).',
          })}
        </p>
        ${emergencyTier(numbers, this.locale)}
        <p>${urgentSummary()}</p>
        ${urgentTier(numbers)}
        <div class="answers">
          <button @click=${() => this.#answerRedFlags('none')}>
            ${msg('None of these', { id: 'checklist.redFlags.none', desc: 'Answer to the red-flag check. Short.' })}
          </button>
          <button @click=${() => this.#answerRedFlags('yes')}>
            ${msg('Yes, one from the emergency list', {
              id: 'checklist.redFlags.yes',
              desc: 'Answer to the red-flag check: a sign from the first (emergency) list. Short.',
            })}
          </button>
          <button @click=${() => this.#answerRedFlags('urgent')}>
            ${msg('Yes, one from the urgent list', {
              id: 'checklist.redFlags.urgent',
              desc: 'Answer to the red-flag check: a sign from the second (urgent, get advice today) list. Short.',
            })}
          </button>
        </div>
      </div>`;
    }
    const answer =
      this.redFlags === 'none'
        ? msg("You haven't picked any of these. If that changes, act straight away.", {
            id: 'checklist.redFlags.noneChosen',
            desc: 'Shown after the user answered "None of these". Never say they have no warning signs.',
          })
        : this.redFlags === 'urgent'
          ? msg('You said you have a sign from the urgent list.', {
              id: 'checklist.redFlags.urgentChosen',
              desc: 'Shown after the user picked a sign of the urgent (get advice today) list.',
            })
          : msg('You said you have an emergency warning sign.', {
              id: 'checklist.redFlags.yesChosen',
              desc: 'Shown after the user answered "Yes" and closed the emergency card.',
            });
    return html`<div class="urgent" part="red-flags urgent" role="group" tabindex="-1" aria-labelledby="urgent-title">
      <p class="visually-hidden" id="urgent-title" role="heading" aria-level=${sub}>${warningSignsTitle()}</p>
      <p id="red-flags-answer" tabindex="-1">${answer}</p>
      ${this.redFlags === 'urgent' && answerCards.module ? answerCards.module.adviceTodayCard(numbers, sub) : nothing}
      <p>${warningIcon} ${callEmergency(numbers, this.locale)}</p>
      <details part="red-flags-lists" data-print-open>
        <summary>
          ${msg('See both lists of warning signs', {
            id: 'checklist.redFlags.lists',
            desc: 'Opens both lists of warning signs once the red-flag check is answered.',
          })}
        </summary>
        <ul>
          ${emergencySigns().map((sign) => html`<li>${sign}</li>`)}
        </ul>
        <p>${urgentSummary()}</p>
        ${urgentTier(numbers)}
      </details>
      <div class="answers">
        ${
          this.redFlags === 'yes' && !this.emergency
            ? html`<button class="primary" @click=${() => this.#answerRedFlags('yes')}>
                ${msg('Show emergency help', { id: 'checklist.redFlags.show', desc: 'Opens the emergency card again.' })}
              </button>`
            : nothing
        }
        <button @click=${() => this.#answerRedFlags(undefined)}>
          ${msg('Change answer', { id: 'checklist.redFlags.change', desc: 'Asks the red-flag question again.' })}
        </button>
      </div>
    </div>`;
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

  #renderTimerButton(therapy: Therapy, timer: SpasmTimer): TemplateResult {
    const minutes = formatNumber(timer.minutes, this.locale);
    // The timer is busy or the skin is resting: it would refuse to start.
    const unavailable = timer.state === 'running' || timer.state === 'paused' || timer.nextSessionAt !== null;
    // Why it can't start, next to it (not only at the timer, which may be far away on a phone); else, once
    // the timer knows when the spasm started, why the other therapy fits better now.
    const recommended = timer.recommendedMode;
    const why = !unavailable
      ? recommended && recommended !== therapy
        ? recommended === 'cold'
          ? msg('Many people use cold in the first day or two. Heat is fine too: use whichever helps.', {
              id: 'checklist.timer.coldFirst',
              desc: 'Next to the heat session button in the first day or two after the spasm started (the linked timer knows the day). Same text as timer.episode.cold.',
            })
          : msg('Many people find heat helps after the first day or two. Cold is fine too: use whichever helps.', {
              id: 'checklist.timer.heatAfter',
              desc: 'Next to the cold session button from the third day after the spasm started (the linked timer knows the day). Same text as timer.episode.heat.',
            })
        : undefined
      : timer.nextSessionAt !== null
        ? msg(str`Next session from ${formatTimeOfDay(timer.nextSessionAt, this.locale)}`, {
            id: 'checklist.timer.wait',
            desc: 'Next to the unavailable timer button while the skin rests. ${0} is a clock time (11:15).',
          })
        : msg('The timer is already in use.', {
            id: 'checklist.timer.busy',
            desc: 'Next to the unavailable timer button while a session runs or is paused.',
          });
    return html`<button
        part="timer-button"
        aria-disabled=${unavailable ? 'true' : 'false'}
        aria-describedby=${why ? `why-${therapy}` : nothing}
        @click=${() => this.#startTimer(therapy, timer, unavailable)}
      >
        ${
          therapy === 'cold'
            ? msg(str`Start a ${minutes}-minute cold session`, {
                id: 'checklist.timer.cold',
                desc: 'Button that starts the ice/heat timer on the page. ${0} is a number of minutes (5 to 20): choose a wording that reads right for any number.',
              })
            : msg(str`Start a ${minutes}-minute heat session`, {
                id: 'checklist.timer.heat',
                desc: 'Button that starts the ice/heat timer on the page. ${0} is a number of minutes (5 to 20): choose a wording that reads right for any number.',
              })
        }
      </button>
      ${why ? html`<p class="note" part="timer-why" id="why-${therapy}">${why}</p>` : nothing}`;
  }

  #renderAnnouncement(done: number, total: number): string | typeof nothing {
    if (this.announcement === 'cleared') {
      return msg('All ticks cleared. Press Undo to bring them back.', {
        id: 'checklist.announce.cleared',
        desc: 'Screen reader announcement after "Start over".',
      });
    }
    if (this.announcement === 'complete') {
      return msg('All steps done.', {
        id: 'checklist.announce.complete',
        desc: 'Screen reader announcement when every step is ticked.',
      });
    }
    return this.announcement === 'progress' ? progressText(done, total, this.locale) : nothing;
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

  #startTimer(therapy: Therapy, timer: SpasmTimer, unavailable: boolean): void {
    if (unavailable) return;
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
    const element = root.getElementById?.(this.timer) ?? document.getElementById(this.timer);
    return element?.localName === 'spasm-timer' && 'start' in element ? (element as SpasmTimer) : undefined;
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
