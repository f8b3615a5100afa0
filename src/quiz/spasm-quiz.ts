import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { timeNow } from '../core/clock.js';
import { emit } from '../core/events.js';
import { HostContent } from '../core/host-content.js';
import { lazy, lazyPart } from '../core/lazy.js';
import { Persistence } from '../core/persistence.js';
import { sharedStyles } from '../core/shared.styles.js';
import { checkedRandom } from '../core/shuffle.js';
import { SpasmElement } from '../core/spasm-element.js';
import { warnInput } from '../core/warn.js';
import { defaultQuestions } from './default-questions.js';
import { answerTo, attemptFits, newAttempt, type QuizAttempt } from './quiz-attempt.js';
import { chooseFirstText, feedbackText, rightAnswerText } from './answer-text.js';
import { isCorrect, questionsChecker, scoreOf, type QuizOption, type QuizQuestion } from './quiz-content.js';
import { needsScriptText, scoreText, titleText } from './quiz-messages.js';
import type { PlanPart } from '../core/plan.js';
import { renderQuestion } from './question-view.js';
import { renderResults, type ReviewedQuestion } from './results-view.js';
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

/** The store of attempts: loaded only by pages that need it. */
const attemptStore = lazy(() => import('./quiz-storage.js').then((module) => module.openAttemptStore));
/** The default questions' explanations: shown only after an answer, so not in the drop-in. */
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
 * @element spasm-quiz
 * @summary Prevention quiz about back spasms, with explanations and a score.
 *
 * @fires {CustomEvent<{ questionId: string; correct: boolean; selected: string[] }>} spasm-quiz-answer - An answer was checked; `selected` holds the chosen option ids.
 * @fires {CustomEvent<{ score: number; total: number; answers: QuizAnswerDetail[] }>} spasm-quiz-complete - The results were shown; `answers` has one `QuizAnswerDetail` per question: its `questionId`, `correct` and `selected`.
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

  /**
   * Reorder questions and options on each attempt; True and False keep their order.
   * @attr shuffle
   */
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
  /**
   * With `persist`, an unfinished attempt; it is resumed once it asks the same questions as the quiz. Storage,
   * the questions and their check arrive in any order (a property set before the element was defined, a
   * late chunk), so the stored attempt waits for them (`#storedAttempt`).
   */
  protected readonly persistence = new Persistence<QuizAttempt>(this, attemptStore, {
    snapshot: () => this.#storedAttempt ?? this.attempt!,
    adopt: (stored) => {
      this.#storedAttempt = stored;
      this.requestUpdate();
    },
    now: timeNow,
  });
  /**
   * The stored attempt, until it is resumed or the user answers in another: until then it stays in storage
   * and the quiz saves nothing over it, however many times the questions change on the way.
   */
  #storedAttempt?: QuizAttempt;
  /** Where focus goes after the next render: "Next question", a question or the score. */
  #focusAfterRender?: string;
  /** The last `random` warned about, so a bad one is reported once. */
  #reportedRandom?: unknown;

  /** Custom questions; see `QuizQuestion`. Unset: the JSON child, else the default questions. Bad questions are dropped with a warning; `undefined` brings back the JSON child or the defaults. */
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
        { text: scoreText(this.score, attempt.order.length, this.formatLocale) },
        ...this.#reviewed(questions, attempt)
          .filter(({ question, answer }) => !isCorrect(question, answer))
          .map(({ question }) => ({
            text: `${question.prompt} ${rightAnswerText(question, this.formatLocale)}`,
          })),
      ],
    }));
  }

  /** Starts a new attempt: answers cleared, a new order with `shuffle`. Fires no event. */
  reset(): void {
    this.#setStoredAttemptAside();
    this.#newAttempt();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const questions = this.#questions();
    if (this.#storedAttempt && attemptFits(this.#storedAttempt, questions)) {
      this.attempt = this.#storedAttempt;
      this.#storedAttempt = undefined;
      this.selection = [];
      this.announcement = undefined;
    }
    // A first attempt, or a new one when the questions changed under the current one.
    if (!this.attempt || !attemptFits(this.attempt, questions)) this.#newAttempt();
  }

  protected override updated(): void {
    const attempt = this.attempt!;
    this.toggleCustomState('results', attempt.index >= attempt.order.length);
    if (this.#focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = undefined;
    }
  }

  protected override renderWidget(): TemplateResult {
    const attempt = this.attempt!;
    const questions = this.#questions();
    const atResults = attempt.index >= attempt.order.length;
    return this.renderCard({
      title: titleText(),
      body: html`${atResults ? this.#renderResults(questions, attempt) : this.#renderQuestion(questions, attempt)}
        <p class="note no-script">${needsScriptText()}</p>
        ${this.persistence.note()}`,
      announcement: this.#announcementText(questions, attempt),
      hostContent: this.#content.items.length > 0,
      onFirstUse: this.#loadExplanations,
    });
  }

  #renderQuestion(questions: QuizQuestion[], attempt: QuizAttempt): TemplateResult {
    const { index } = attempt;
    return renderQuestion({
      question: this.#byId(questions, attempt.order[index]),
      options: attempt.options[index],
      index,
      count: attempt.order.length,
      answer: attempt.answers[index] ?? undefined,
      selection: this.selection,
      askedToChoose: this.announcement === 'choose',
      locale: this.formatLocale,
      explanation: (question) => this.#explanation(question),
      onSelect: (event) => this.#onSelect(event),
      onCheck: () => this.#onCheck(),
      onNext: () => this.#onNext(),
    });
  }

  #renderResults(questions: QuizQuestion[], attempt: QuizAttempt): TemplateResult {
    return renderResults({
      reviewed: this.#reviewed(questions, attempt),
      score: scoreOf(questions, (id) => answerTo(attempt, id)),
      headingLevel: this.headingLevelOf(1),
      locale: this.formatLocale,
      explanation: (question) => this.#explanation(question),
      onRetry: () => this.#onRetry(),
    });
  }

  /** What the live region says: the missing choice, or the checked answer's feedback in full, as shown. */
  #announcementText(questions: QuizQuestion[], attempt: QuizAttempt): string | undefined {
    if (this.announcement === 'choose') return chooseFirstText();
    const answer = attempt.answers[attempt.index];
    if (this.announcement !== 'feedback' || !answer) return undefined;
    const question = this.#byId(questions, attempt.order[attempt.index]);
    return feedbackText(question, answer, this.#explanation(question), this.formatLocale);
  }

  #onSelect(event: Event): void {
    const input = event.target as HTMLInputElement;
    const others = this.selection.filter((id) => id !== input.value);
    if (input.type === 'radio') this.selection = [input.value];
    else this.selection = input.checked ? [...others, input.value] : others;
  }

  #onCheck(): void {
    const attempt = this.attempt!;
    if (this.selection.length === 0) {
      this.announcement = 'choose';
      return;
    }
    this.#setStoredAttemptAside();
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
    this.#setStoredAttemptAside();
    this.#update({ ...attempt, index });
    this.announcement = undefined;
    if (index < attempt.order.length) {
      this.#focusAfterRender = '#question';
      return;
    }
    this.#focusAfterRender = '#score';
    const answers = this.#reviewed(this.#questions(), attempt).map(({ question, answer }) => ({
      questionId: question.id,
      correct: isCorrect(question, answer),
      selected: [...answer],
    }));
    emit(this, 'spasm-quiz-complete', {
      score: answers.filter((answer) => answer.correct).length,
      total: attempt.order.length,
      answers,
    });
  }

  #onRetry(): void {
    this.#setStoredAttemptAside();
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

  /** The user moved on in another attempt: the stored one, which asks other questions, gives way to it. */
  #setStoredAttemptAside(): void {
    const stored = this.#storedAttempt;
    if (!stored) return;
    this.#storedAttempt = undefined;
    warnInput(this.localName, `stored "${this.storageKey}"`, stored, 'asks other questions', 'a new attempt');
  }

  /** Every question of `attempt` in the order asked, with its checked answer (empty when none was). */
  #reviewed(questions: QuizQuestion[], attempt: QuizAttempt): ReviewedQuestion[] {
    return attempt.order.map((id, position) => ({
      question: this.#byId(questions, id),
      answer: attempt.answers[position] ?? [],
    }));
  }

  #byId(questions: QuizQuestion[], id: string): QuizQuestion {
    return questions.find((question) => question.id === id)!;
  }

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

  /** The questions asked: the host's, else the defaults in the widget's language (also when read outside a render). */
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
