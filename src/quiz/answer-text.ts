/**
 * The words of a checked answer: the verdict, the right answer, option
 * labels, and the feedback as the live region says it. Pure text, no DOM. Call only while
 * rendering (or inside `inLocale`): msg() resolves in the widget's locale.
 */
import { formatList } from '../core/format.js';
import { msg, str } from '../core/localization.js';
import { isCorrect, type QuizQuestion } from './quiz-content.js';

export function chooseFirstText(): string {
  return msg('Choose an answer first.', {
    id: 'quiz.chooseFirst',
    desc: 'Shown by the options and said when "Check answer" is pressed with nothing chosen.',
  });
}

/** On a checked question: which options were the user's and which right ones they missed. */
export function choiceTag(mine: boolean): string {
  if (mine)
    return msg('You chose', { id: 'quiz.mark.chose', desc: 'Tag on an option the user chose, after checking. Short.' });
  return msg('You missed', {
    id: 'quiz.mark.missed',
    desc: 'Tag on a right option the user did not choose, after checking. Short.',
  });
}

export function verdictText(right: boolean): string {
  if (right) return msg('Right!', { id: 'quiz.right', desc: 'Feedback for a right answer, next to a check mark.' });
  return msg('Not quite.', {
    id: 'quiz.wrong',
    desc: 'Feedback for a wrong answer, next to a cross. Kind, not harsh.',
  });
}

export function rightAnswerText(question: QuizQuestion, locale: string): string {
  return msg(str`The right answer: ${optionLabels(question, question.correct, locale)}`, {
    id: 'quiz.rightAnswer',
    desc: 'After a wrong answer and in the results. ${0} is the right answer (or answers).',
  });
}

/** An option's label; True and False come in the widget's language. */
export function optionLabel(question: QuizQuestion, id: string): string {
  const own = question.options?.find((option) => option.id === id);
  if (own) return own.label;
  if (id === 'true') return msg('True', { id: 'quiz.true', desc: 'Answer to a true/false question.' });
  return msg('False', { id: 'quiz.false', desc: 'Answer to a true/false question.' });
}

/** Labels joined the way the language lists things: "A, B and C". */
export function optionLabels(question: QuizQuestion, ids: readonly string[], locale: string): string {
  return formatList(
    ids.map((id) => optionLabel(question, id)),
    locale
  );
}

/** The feedback on a checked answer as a screen reader hears it: the verdict, the right answer after a wrong one, the explanation. */
export function feedbackText(
  question: QuizQuestion,
  answer: readonly string[],
  explanation: string,
  locale: string
): string {
  const right = isCorrect(question, answer);
  return [verdictText(right), right ? '' : rightAnswerText(question, locale), explanation].filter(Boolean).join(' ');
}
