/**
 * The quiz's results: the score, a heading that takes focus; "Try again";
 * then a review of every question with its answer, the right one and the
 * explanation. Call while rendering: msg() resolves in the widget's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/localization.js';
import { optionLabels, rightAnswerText } from './answer-text.js';
import { isCorrect, type QuizQuestion } from './quiz-content.js';
import { scoreText } from './quiz-messages.js';
import { verdictMark, verdictOf } from './verdict-mark.js';

/** A question as it was asked, with the answer checked (empty when none was). */
export interface ReviewedQuestion {
  question: QuizQuestion;
  answer: readonly string[];
}

/** What the quiz gives its results view. */
export interface ResultsView {
  /** Every question, in the order asked. */
  reviewed: readonly ReviewedQuestion[];
  score: number;
  /** The level of the score's and the review's headings. */
  headingLevel: number;
  /** The locale numbers and lists are written in (format.ts `formatLocale`). */
  locale: string;
  explanation(question: QuizQuestion): string;
  onRetry(): void;
}

export function renderResults(view: ResultsView): TemplateResult {
  const { reviewed, headingLevel, locale } = view;
  // The score and the way to retry first; the review of every question follows.
  return html`<div part="results">
    <p class="score" part="score" id="score" tabindex="-1" role="heading" aria-level=${headingLevel}>
      ${scoreText(view.score, reviewed.length, locale)}
    </p>
    <button class="primary" part="retry-button" @click=${view.onRetry}>
      ${msg('Try again', { id: 'quiz.retry', desc: 'Button that starts the quiz again. Short.' })}
    </button>
    <ol class="review">
      ${reviewed.map(({ question, answer }) => {
        const right = isCorrect(question, answer);
        return html`<li>
          <p class="prompt" role="heading" aria-level=${headingLevel}>${question.prompt}</p>
          <p class=${verdictOf(right)}>
            ${verdictMark(right)}
            ${msg(str`Your answer: ${optionLabels(question, answer, locale)}`, {
              id: 'quiz.review.yours',
              desc: 'In the results. ${0} is the answer (or answers) the user chose.',
            })}
          </p>
          ${right ? nothing : html`<p>${rightAnswerText(question, locale)}</p>`}
          <p class="note">${view.explanation(question)}</p>
        </li>`;
      })}
    </ol>
  </div>`;
}
