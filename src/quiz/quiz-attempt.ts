/**
 * One attempt at the quiz: the order questions and options are shown in,
 * where the user is, and the answers checked so far. Plain data, so it can
 * be stored with `persist` and validated when read back.
 */
import { shuffled } from '../core/shuffle.js';
import { TRUE_FALSE_IDS, type QuizQuestion } from './quiz-content.js';

export interface QuizAttempt {
  version: 1;
  /** Question ids, in the order asked. */
  order: string[];
  /** Option ids of each question, in the order shown. */
  optionOrder: Record<string, string[]>;
  /** The question shown; `order.length` means the results are shown. */
  index: number;
  /** Checked answers: the chosen option ids by question id. */
  answers: Record<string, string[]>;
}

/** The option ids a question offers: its own, or True and False. */
export function optionIds(question: QuizQuestion): string[] {
  return question.options.length > 0 ? question.options.map((option) => option.id) : [...TRUE_FALSE_IDS];
}

/** A fresh attempt; with `shuffle`, questions and options are reordered (True/False stay in that order). */
export function newAttempt(questions: readonly QuizQuestion[], shuffle: boolean, random: () => number): QuizAttempt {
  const reorder = <T>(items: readonly T[]) => (shuffle ? shuffled(items, random) : [...items]);
  return {
    version: 1,
    order: reorder(questions.map((question) => question.id)),
    optionOrder: Object.fromEntries(
      questions.map((question) => [
        question.id,
        question.options.length > 0 ? reorder(optionIds(question)) : optionIds(question),
      ])
    ),
    index: 0,
    answers: {},
  };
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Whether `attempt` asks exactly these questions with these options (not so once the host changed them). */
export function attemptFits(attempt: QuizAttempt, questions: readonly QuizQuestion[]): boolean {
  return (
    sameMembers(
      attempt.order,
      questions.map((question) => question.id)
    ) &&
    questions.every((question) => {
      const ids = optionIds(question);
      const shown = attempt.optionOrder[question.id];
      const answer = attempt.answers[question.id];
      return (
        Array.isArray(shown) &&
        sameMembers(shown, ids) &&
        (answer === undefined || (Array.isArray(answer) && answer.every((id) => ids.includes(id))))
      );
    })
  );
}
