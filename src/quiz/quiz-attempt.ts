/**
 * One attempt at the quiz: the order questions and options are shown in,
 * where the user is, and the answers checked so far. Plain data, so it can
 * be stored with `persist` and validated when read back. Everything is kept
 * by position in `order`, never in objects keyed by question ids: ids come
 * from the host, and "constructor" or "__proto__" are ids like any other.
 */
import { shuffled } from '../core/shuffle.js';
import { TRUE_FALSE_IDS, type QuizQuestion } from './quiz-content.js';

export interface QuizAttempt {
  version: 2;
  /** Question ids, in the order asked. */
  order: string[];
  /** The option ids of each question in `order`, in the order shown. */
  options: string[][];
  /** The checked answer to each question in `order` (the chosen option ids), or null before it is checked. */
  answers: (string[] | null)[];
  /** The question shown; `order.length` means the results are shown. */
  index: number;
}

/** Whether `ids` has no id twice. Ids are data: compared in a Set, never used as object keys. */
export const allDifferent = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/** The option ids a question offers: its own, or True and False. */
export function optionIds(question: QuizQuestion): string[] {
  const options = question.options ?? [];
  return options.length > 0 ? options.map((option) => option.id) : [...TRUE_FALSE_IDS];
}

/** A fresh attempt; with `shuffle`, questions and options are reordered (True/False stay in that order). */
export function newAttempt(questions: readonly QuizQuestion[], shuffle: boolean, random: () => number): QuizAttempt {
  const reorder = <T>(items: readonly T[]) => (shuffle ? shuffled(items, random) : [...items]);
  const order = reorder(questions);
  return {
    version: 2,
    order: order.map((question) => question.id),
    options: order.map((question) => (question.options?.length ? reorder(optionIds(question)) : optionIds(question))),
    answers: order.map(() => null),
    index: 0,
  };
}

/** The checked answer to the question `id`, if any. */
export function answerTo(attempt: QuizAttempt, id: string): string[] | undefined {
  return attempt.answers[attempt.order.indexOf(id)] ?? undefined;
}

const sameMembers = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && allDifferent(a) && a.every((id) => b.includes(id));

/** Whether `attempt` asks exactly these questions with these options (not so once the host changed them). */
export function attemptFits(attempt: QuizAttempt, questions: readonly QuizQuestion[]): boolean {
  const { order, options, answers, index } = attempt;
  return (
    sameMembers(
      order,
      questions.map((question) => question.id)
    ) &&
    options.length === order.length &&
    answers.length === order.length &&
    Number.isInteger(index) &&
    index >= 0 &&
    index <= order.length &&
    order.every((id, position) => {
      const offered = optionIds(questions.find((question) => question.id === id)!);
      const answer = answers[position];
      return (
        sameMembers(options[position], offered) &&
        (answer === null || answer.every((option) => offered.includes(option)))
      );
    })
  );
}
