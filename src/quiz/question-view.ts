/**
 * One question of the quiz: its fieldset, named by its position and prompt;
 * the options, marked once checked; then "Check answer", or the feedback and
 * "Next question". Call while rendering: msg() resolves in the widget's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber } from '../core/format.js';
import { msg, str } from '../core/localization.js';
import { choiceTag, chooseFirstText, optionLabel, rightAnswerText, verdictText } from './answer-text.js';
import { isCorrect, type QuizQuestion } from './quiz-content.js';
import { verdictIcon, verdictMark, verdictOf } from './verdict-mark.js';

/** What the quiz gives its question view: the question, where it stands, and what to do on input. */
export interface QuestionView {
  question: QuizQuestion;
  /** Its option ids, in the order shown. */
  options: readonly string[];
  /** Its position, from 0, among `count` questions. */
  index: number;
  count: number;
  /** The checked answer; undefined before Check. */
  answer: readonly string[] | undefined;
  /** The options chosen before Check. */
  selection: readonly string[];
  /** "Check answer" was pressed with nothing chosen. */
  askedToChoose: boolean;
  /** The locale numbers are written in (format.ts `formatLocale`): the full tag, so `ar-EG` writes ٣. */
  locale: string;
  /** The question's explanation, asked for only once it is checked. */
  explanation(question: QuizQuestion): string;
  onSelect(event: Event): void;
  onCheck(): void;
  onNext(): void;
}

/** How a checked option is marked: right (chosen, or the one answer of a single choice), missed, wrong, or neither. */
type OptionMark = '' | 'right' | 'missed' | 'wrong' | 'neutral';

function optionMark(checked: boolean, right: boolean, mine: boolean, multiple: boolean): OptionMark {
  if (!checked) return '';
  if (right) return mine || !multiple ? 'right' : 'missed';
  return mine ? 'wrong' : 'neutral';
}

/** A checked question's answer stays as it was: a click (or an arrow key, which clicks a radio) changes nothing. */
function keepCheckedAnswer(event: Event): void {
  if ((event.currentTarget as HTMLElement).getAttribute('aria-disabled') === 'true') event.preventDefault();
}

export function renderQuestion(view: QuestionView): TemplateResult {
  const { question, answer, locale } = view;
  const checked = answer !== undefined;
  const chosen = answer ?? view.selection;
  const multiple = question.type === 'multiple';
  const position = formatNumber(view.index + 1, locale);
  const count = formatNumber(view.count, locale);
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
      ${view.options.map((id) => {
        const right = question.correct.includes(id);
        const mine = chosen.includes(id);
        // After checking: the right ones and the user's own choices are marked; the rest turn neutral.
        const mark = optionMark(checked, right, mine, multiple);
        // Checked options keep their place in the Tab order (aria-disabled, not disabled), so their marks can be read.
        return html`<label part="option" class=${mark}>
          <input
            class="needs-script"
            type=${multiple ? 'checkbox' : 'radio'}
            name="answer"
            .value=${id}
            .checked=${mine}
            aria-disabled=${checked ? 'true' : 'false'}
            @click=${keepCheckedAnswer}
            @change=${view.onSelect}
          />
          ${optionLabel(question, id)} ${mark === 'right' || mark === 'wrong' ? verdictIcon(mark) : nothing}
          ${checked && mine ? html`<span class="visually-hidden">${verdictText(right)}</span>` : nothing}
          ${checked && (mine || right) ? html`<span class="tag">${choiceTag(mine)}</span>` : nothing}
        </label>`;
      })}
      ${view.askedToChoose ? html`<p class="hint" part="choose-first">${chooseFirstText()}</p>` : nothing}
    </fieldset>
    ${checked ? renderChecked(view, answer) : renderCheckButton(view)}
  `;
}

function renderCheckButton(view: QuestionView): TemplateResult {
  return html`<button class="primary" part="check-button" @click=${view.onCheck}>
    ${msg('Check answer', { id: 'quiz.check', desc: 'Button that checks the chosen answer. Short.' })}
  </button>`;
}

/** The feedback, then the way on: "Next question", or "See your score" after the last. */
function renderChecked(view: QuestionView, answer: readonly string[]): TemplateResult {
  const { question } = view;
  const right = isCorrect(question, answer);
  const last = view.index === view.count - 1;
  return html`<div class="feedback ${verdictOf(right)}" part="feedback">
      <p class="verdict">${verdictMark(right)}</p>
      ${right ? nothing : html`<p>${rightAnswerText(question, view.locale)}</p>`}
      <p>${view.explanation(question)}</p>
    </div>
    <button class="primary" part="next-button" @click=${view.onNext}>
      ${
        last
          ? msg('See your score', { id: 'quiz.results.show', desc: 'Button after the last question. Short.' })
          : msg('Next question', { id: 'quiz.next', desc: 'Button to go on to the next question. Short.' })
      }
    </button>`;
}
