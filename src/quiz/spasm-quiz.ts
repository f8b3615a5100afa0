import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { emit } from '../core/events.js';
import { formatList, formatNumber } from '../core/format.js';
import { HostContent } from '../core/host-content.js';
import { lazy, lazyPart } from '../core/lazy.js';
import { msg, str } from '../core/localization.js';
import { Persistence } from '../core/persistence.js';
import { sharedStyles } from '../core/shared.styles.js';
import { checkedRandom } from '../core/shuffle.js';
import { SpasmElement } from '../core/spasm-element.js';
import { warnInput } from '../core/warn.js';
import { defaultQuestions } from './default-questions.js';
import { answerTo, attemptFits, newAttempt, type QuizAttempt } from './quiz-attempt.js';
import { isCorrect, scoreOf, type QuizOption, type QuizQuestion } from './quiz-content.js';
import { scoreText, titleText } from './quiz-messages.js';
import type { PlanPart } from '../core/plan.js';
import { quizStyles } from './spasm-quiz.styles.js';

export type { QuizOption, QuizQuestion };

/** `detail` of `spasm-quiz-answer`. */
export interface QuizAnswerDetail {
  questionId: string;
  correct: boolean;
  /** The chosen option ids. */
  selected: string[];
}

/** `detail` of `spasm-quiz-complete`. */
export interface QuizCompleteDetail {
  score: number;
  total: number;
  answers: QuizAnswerDetail[];
}

const ICON_PATHS = { right: 'M4 12l5 5L20 6', wrong: 'M6 6l12 12M18 6 6 18' };
const icon = (kind: 'right' | 'wrong') =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICON_PATHS[kind]} /></svg>`;

/** The default questions' explanations: shown only after an answer, so not in the drop-in. */
/** The checker of a host's questions, and the store of attempts: loaded only by pages that need them. */
const questionsChecker = lazy(() => import('./quiz-check.js').then((module) => module.checkQuestions));
const attemptStore = lazy(() => import('./quiz-storage.js').then((module) => module.openAttemptStore));
const explanations = lazyPart(() => import('./explanations.js'));

/**
 * A prevention quiz: one question at a time, checked on demand, with right
 * or wrong told in words and an icon and the explanation, then the score and
 * a review of every question. Never advances by itself.
 *
 * Content comes from the `questions` property, else a child
 * `<script type="application/json">{"questions": [...]}</script>`, else the
 * default questions in the widget's language.
 *
 * @tag spasm-quiz
 * @summary Prevention quiz about back spasms, with explanations and a score.
 *
 * @fires {CustomEvent<{ questionId: string; correct: boolean; selected: string[] }>} spasm-quiz-answer - An answer was checked; `selected` holds the chosen option ids.
 * @fires {CustomEvent<{ score: number; total: number; answers: QuizAnswerDetail[] }>} spasm-quiz-complete - The results were shown; `answers` has one `{ questionId, correct, selected }` per question.
 *
 * @csspart base - The card that holds the whole quiz.
 * @csspart title - The quiz's title.
 * @csspart position - "Question 2 of 9", the first line of the question's legend.
 * @csspart question - The question's fieldset.
 * @csspart option - One answer option.
 * @csspart choose-first - "Choose an answer first.", by the options, after "Check answer" with nothing chosen.
 * @csspart feedback - Right or wrong, and the explanation.
 * @csspart check-button - "Check answer".
 * @csspart next-button - "Next question" or "See your score".
 * @csspart results - The score, "Try again" and the review.
 * @csspart score - "You got 7 of 9 right", a heading one level below the title.
 * @csspart retry-button - "Try again".
 *
 * @cssprop [--spasm-color-accent=#1a5fb4] - Buttons, chosen options and the focus outline.
 * @cssprop [--spasm-color-right=#1e6b34] - Right answers.
 * @cssprop [--spasm-color-wrong=#a4262c] - Wrong answers.
 * @cssprop --spasm-color-muted - Secondary text and quiet borders; unset, the text colour, except the borders of options nobody chose, a translucent grey (`#8886`).
 *
 * @cssstate results - The score and the review are shown.
 */
export class SpasmQuiz extends SpasmElement {
  protected static override readonly messageGroup = 'quiz';
  static override styles = [sharedStyles, quizStyles];

  static override properties: PropertyDeclarations = {
    shuffle: { type: Boolean },
    // Its accessors are below: the content controller owns the value.
    questions: { attribute: false, noAccessor: true },
    attempt: { state: true, attribute: false },
    selection: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** Reorder questions and options on each attempt. */
  shuffle = false;

  /** The random source for `shuffle`, in [0, 1). Replace it for repeatable orders (tests, screenshots). */
  random: () => number = Math.random;

  private attempt?: QuizAttempt = undefined;
  /** The options chosen for the current question, before it is checked. */
  private selection: string[] = [];
  /**
   * What the live region says: the missing choice, or the checked answer's feedback. Each event is
   * said once: after Check focus goes to "Next question", so only this region speaks the feedback;
   * where focus lands on the text itself (a new question, the score) the region stays empty.
   */
  private announcement?: 'choose' | 'feedback' = undefined;

  /** The host's valid questions (from `questions` or the JSON child); none means the defaults. */
  readonly #content = new HostContent(this, 'questions', questionsChecker);

  protected override get contentReady(): Promise<void> {
    return this.#content.ready;
  }
  /** With `persist`, an unfinished attempt; it is resumed if it asks the same questions. */
  protected readonly persistence = new Persistence<QuizAttempt>(this, attemptStore, {
    snapshot: () => this.attempt!,
    adopt: (stored) => {
      if (attemptFits(stored, this.#questions())) this.attempt = stored;
      else warnInput(this.localName, `stored "${this.storageKey}"`, stored, 'asks other questions', 'a new attempt');
    },
    now: Date.now,
  });
  /** Where focus goes after the next render: "Next question", a question or the score. */
  #focusAfterRender?: string;
  /** The last `random` warned about, so a bad one is reported once. */
  #reportedRandom?: unknown;

  /** Custom questions; see `QuizQuestion`. Bad questions are dropped with a warning; `undefined` brings back the JSON child or the defaults. */
  get questions(): QuizQuestion[] | undefined {
    return this.#content.value as QuizQuestion[] | undefined;
  }

  set questions(questions: QuizQuestion[] | undefined) {
    this.#content.value = questions;
  }

  /** Right answers so far. */
  get score(): number {
    const attempt = this.attempt;
    return attempt ? scoreOf(this.#questions(), (id) => answerTo(attempt, id)) : 0;
  }

  /** Questions in the quiz. */
  get total(): number {
    return this.#questions().length;
  }

  /** @internal The score and the right answers to the questions missed; none before the results. */
  override planPart(): PlanPart | undefined {
    const attempt = this.attempt;
    if (!attempt || attempt.index < attempt.order.length) return undefined;
    const questions = this.#questions();
    return this.inLocale(() => ({
      title: titleText(),
      items: [
        { text: scoreText(this.score, attempt.order.length, this.locale) },
        ...attempt.order
          .map((id, position) => ({ question: this.#byId(questions, id), answer: attempt.answers[position] ?? [] }))
          .filter(({ question, answer }) => !isCorrect(question, answer))
          .map(({ question }) => ({
            text: `${question.prompt} ${this.#rightAnswer(question)}`,
          })),
      ],
    }));
  }

  /** Starts a new attempt: answers cleared, a new order with `shuffle`. Fires no event. */
  reset(): void {
    this.#newAttempt();
  }

  protected override willUpdate(): void {
    // A first attempt, or a new one when the questions changed under the current one.
    if (!this.attempt || !attemptFits(this.attempt, this.#questions())) this.#newAttempt();
  }

  protected override updated(): void {
    const attempt = this.attempt!;
    this.toggleCustomState('results', attempt.index >= attempt.order.length);
    if (this.#focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = undefined;
    }
  }

  protected override render(): TemplateResult {
    const attempt = this.attempt!;
    const questions = this.#questions();
    const atResults = attempt.index >= attempt.order.length;
    return html`
      <section
        class="base"
        part="base"
        lang=${this.locale}
        dir=${this.direction}
        aria-labelledby="title"
        @pointerdown=${this.#loadExplanations}
        @focusin=${this.#loadExplanations}
      >
        <p class="title" part="title" id="title" role="heading" aria-level=${this.headingLevelOf()}>${titleText()}</p>
        ${atResults ? this.#renderResults(questions, attempt) : this.#renderQuestion(questions, attempt)}
        ${this.renderFooter({ hostContent: this.#content.items.length > 0 })}
        <div role="status" class="visually-hidden">${this.#renderAnnouncement(questions, attempt)}</div>
      </section>
    `;
  }

  #renderQuestion(questions: QuizQuestion[], attempt: QuizAttempt): TemplateResult {
    const question = this.#byId(questions, attempt.order[attempt.index]);
    const answer = attempt.answers[attempt.index] ?? undefined;
    const checked = answer !== undefined;
    const chosen = checked ? answer : this.selection;
    const multiple = question.type === 'multiple';
    const position = formatNumber(attempt.index + 1, this.locale);
    const count = formatNumber(attempt.order.length, this.locale);
    const last = attempt.index === attempt.order.length - 1;
    // The position is the legend's first line and the hint its description, so both are heard with the question.
    return html`
      <fieldset part="question" id="question" tabindex="-1" aria-describedby=${multiple ? 'choose-all' : nothing}>
        <legend>
          <span class="note position" part="position">
            ${msg(str`Question ${position} of ${count}`, {
              id: 'quiz.position',
              desc: 'Above each question. ${0} is its number, ${1} the number of questions.',
            })}
          </span>
          ${question.prompt}
        </legend>
        ${
          multiple
            ? html`<p class="note" id="choose-all">
                ${msg('Choose all that apply.', { id: 'quiz.chooseAll', desc: 'Hint under a question with several right answers.' })}
              </p>`
            : nothing
        }
        ${attempt.options[attempt.index].map((id) => {
          const right = question.correct.includes(id);
          const mine = chosen.includes(id);
          // After checking: the right ones and the user's own choices are marked; the rest turn neutral.
          const mark = !checked ? '' : right ? (mine || !multiple ? 'right' : 'missed') : mine ? 'wrong' : 'neutral';
          // Checked options keep their place in the Tab order (aria-disabled, not disabled), so their marks can be read.
          return html`<label part="option" class=${mark}>
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name="answer"
              .value=${id}
              .checked=${mine}
              aria-disabled=${checked ? 'true' : 'false'}
              @click=${this.#onOptionClick}
              @change=${this.#onSelect}
            />
            ${this.#label(question, id)} ${mark === 'right' || mark === 'wrong' ? icon(mark) : nothing}
            ${checked && mine ? html`<span class="visually-hidden">${this.#verdict(right)}</span>` : nothing}
            ${checked && (mine || right) ? html`<span class="tag">${this.#choiceTag(mine)}</span>` : nothing}
          </label>`;
        })}
        ${
          this.announcement === 'choose'
            ? html`<p class="hint" part="choose-first">${this.#chooseFirst()}</p>`
            : nothing
        }
      </fieldset>
      ${
        checked
          ? html`${this.#renderFeedback(question, answer)}
              <button class="primary" part="next-button" @click=${this.#onNext}>
                ${
                  last
                    ? msg('See your score', { id: 'quiz.results.show', desc: 'Button after the last question. Short.' })
                    : msg('Next question', { id: 'quiz.next', desc: 'Button to go on to the next question. Short.' })
                }
              </button>`
          : html`<button class="primary" part="check-button" @click=${this.#onCheck}>
              ${msg('Check answer', { id: 'quiz.check', desc: 'Button that checks the chosen answer. Short.' })}
            </button>`
      }
    `;
  }

  #renderFeedback(question: QuizQuestion, answer: string[]): TemplateResult {
    const right = isCorrect(question, answer);
    return html`<div class="feedback ${right ? 'right' : 'wrong'}" part="feedback">
      <p class="verdict">${icon(right ? 'right' : 'wrong')} ${this.#verdict(right)}</p>
      ${right ? nothing : html`<p>${this.#rightAnswer(question)}</p>`}
      <p>${this.#explanation(question)}</p>
    </div>`;
  }

  #renderResults(questions: QuizQuestion[], attempt: QuizAttempt): TemplateResult {
    // The score and the way to retry first; the review of every question follows.
    return html`<div part="results">
      <p class="score" part="score" id="score" tabindex="-1" role="heading" aria-level=${this.headingLevelOf(1)}>
        ${scoreText(
          scoreOf(questions, (id) => answerTo(attempt, id)),
          attempt.order.length,
          this.locale
        )}
      </p>
      <button class="primary" part="retry-button" @click=${this.#onRetry}>
        ${msg('Try again', { id: 'quiz.retry', desc: 'Button that starts the quiz again. Short.' })}
      </button>
      <ol class="review">
        ${attempt.order.map((id, position) => {
          const question = this.#byId(questions, id);
          const answer = attempt.answers[position] ?? [];
          const right = isCorrect(question, answer);
          return html`<li>
            <p class="prompt" role="heading" aria-level=${this.headingLevelOf(1)}>${question.prompt}</p>
            <p class=${right ? 'right' : 'wrong'}>
              ${icon(right ? 'right' : 'wrong')} ${this.#verdict(right)}
              ${msg(str`Your answer: ${this.#labels(question, answer)}`, {
                id: 'quiz.review.yours',
                desc: 'In the results. ${0} is the answer (or answers) the user chose.',
              })}
            </p>
            ${right ? nothing : html`<p>${this.#rightAnswer(question)}</p>`}
            <p class="note">${this.#explanation(question)}</p>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  #chooseFirst(): string {
    return msg('Choose an answer first.', {
      id: 'quiz.chooseFirst',
      desc: 'Shown by the options and said when "Check answer" is pressed with nothing chosen.',
    });
  }

  /** On a checked question: which options were the user's and which right ones they missed. */
  #choiceTag(mine: boolean): string {
    return mine
      ? msg('You chose', { id: 'quiz.mark.chose', desc: 'Tag on an option the user chose, after checking. Short.' })
      : msg('You missed', {
          id: 'quiz.mark.missed',
          desc: 'Tag on a right option the user did not choose, after checking. Short.',
        });
  }

  /** The feedback is said here in full, as shown: the verdict, the right answer after a wrong one, the explanation. */
  #renderAnnouncement(questions: QuizQuestion[], attempt: QuizAttempt): string | typeof nothing {
    if (this.announcement === 'choose') return this.#chooseFirst();
    const answer = attempt.answers[attempt.index];
    if (this.announcement !== 'feedback' || !answer) return nothing;
    const question = this.#byId(questions, attempt.order[attempt.index]);
    const right = isCorrect(question, answer);
    return [this.#verdict(right), right ? '' : this.#rightAnswer(question), this.#explanation(question)]
      .filter(Boolean)
      .join(' ');
  }

  #verdict(right: boolean): string {
    return right
      ? msg('Right!', { id: 'quiz.right', desc: 'Feedback for a right answer, next to a check mark.' })
      : msg('Not quite.', { id: 'quiz.wrong', desc: 'Feedback for a wrong answer, next to a cross. Kind, not harsh.' });
  }

  #rightAnswer(question: QuizQuestion): string {
    return msg(str`The right answer: ${this.#labels(question, question.correct)}`, {
      id: 'quiz.rightAnswer',
      desc: 'After a wrong answer and in the results. ${0} is the right answer (or answers).',
    });
  }

  /** An option's label; True and False come in the widget's language. */
  #label(question: QuizQuestion, id: string): string {
    const own = question.options?.find((option) => option.id === id);
    if (own) return own.label;
    return id === 'true'
      ? msg('True', { id: 'quiz.true', desc: 'Answer to a true/false question.' })
      : msg('False', { id: 'quiz.false', desc: 'Answer to a true/false question.' });
  }

  /** Labels joined the way the language lists things: "A, B and C". */
  #labels(question: QuizQuestion, ids: readonly string[]): string {
    const labels = ids.map((id) => this.#label(question, id));
    return formatList(labels, this.locale);
  }

  /** A checked question's answer stays as it was: a click (or an arrow key, which clicks a radio) changes nothing. */
  #onOptionClick(event: Event): void {
    if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') event.preventDefault();
  }

  #onSelect(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.selection =
      input.type === 'radio'
        ? [input.value]
        : input.checked
          ? [...this.selection, input.value]
          : this.selection.filter((id) => id !== input.value);
  }

  #onCheck(): void {
    const attempt = this.attempt!;
    if (this.selection.length === 0) {
      this.announcement = 'choose';
      return;
    }
    const questionId = attempt.order[attempt.index];
    // Stored in the order shown, which is the order the user saw them.
    const selected = attempt.options[attempt.index].filter((id) => this.selection.includes(id));
    this.#update({
      ...attempt,
      answers: attempt.answers.map((answer, i) => (i === attempt.index ? selected : answer)),
    });
    this.selection = [];
    this.announcement = 'feedback';
    this.#focusAfterRender = '[part="next-button"]';
    const question = this.#byId(this.#questions(), questionId);
    emit(this, 'spasm-quiz-answer', { questionId, correct: isCorrect(question, selected), selected });
  }

  #onNext(): void {
    const attempt = this.attempt!;
    const index = attempt.index + 1;
    this.#update({ ...attempt, index });
    this.announcement = undefined;
    if (index < attempt.order.length) {
      this.#focusAfterRender = '#question';
      return;
    }
    this.#focusAfterRender = '#score';
    const questions = this.#questions();
    const answers = attempt.order.map((questionId, position) => {
      const selected = attempt.answers[position] ?? [];
      return { questionId, correct: isCorrect(this.#byId(questions, questionId), selected), selected };
    });
    emit(this, 'spasm-quiz-complete', {
      score: answers.filter((answer) => answer.correct).length,
      total: attempt.order.length,
      answers,
    });
  }

  #onRetry(): void {
    this.#newAttempt();
    this.#focusAfterRender = '#question';
  }

  #newAttempt(): void {
    const random = checkedRandom(this.random, (problem) => {
      if (this.#reportedRandom === this.random) return;
      this.#reportedRandom = this.random;
      warnInput(this.localName, 'random', this.random, problem, 'Math.random');
    });
    this.#update(newAttempt(this.#questions(), this.shuffle, random));
    this.selection = [];
    this.announcement = undefined;
  }

  #update(attempt: QuizAttempt): void {
    this.attempt = attempt;
    this.persistence.save();
  }

  #byId(questions: QuizQuestion[], id: string): QuizQuestion {
    return questions.find((question) => question.id === id)!;
  }

  /** The questions asked: the host's, else the defaults in the widget's language (also when read outside a render). */
  /** A question's explanation: the host's, or a default question's once its module is there ('' until then). */
  #explanation(question: QuizQuestion): string {
    if (this.#content.items.length) return question.explanation;
    // Shown without an interaction first (a stored attempt, the results): load it now.
    this.#loadExplanations();
    return explanations.module?.explanationOf(question.id) ?? '';
  }

  /**
   * Loads the default questions' explanations on the first interaction with
   * the quiz (a touch, a click, focus), so they are there by the time an
   * answer is checked.
   */
  readonly #loadExplanations = () => {
    if (!this.#content.items.length) void explanations.load(this, this.locale);
  };

  #questions(): QuizQuestion[] {
    return this.#content.items.length > 0 ? this.#content.items : this.inLocale(defaultQuestions);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-quiz': SpasmQuiz;
  }
  interface GlobalEventHandlersEventMap {
    'spasm-quiz-answer': CustomEvent<QuizAnswerDetail>;
    'spasm-quiz-complete': CustomEvent<QuizCompleteDetail>;
  }
}
