/**
 * The quiz's content model and its scoring (the check of a host's questions
 * is in quiz-check.ts). Pure: no DOM, no messages, so it is tested
 * table-driven.
 */
import { lazy } from '../core/lazy.js';
import type { ContentChecker } from '../core/host-content.js';

export const QUESTION_TYPES = ['single', 'multiple', 'true-false'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface QuizOption {
  id: string;
  label: string;
}

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  /** May be left out or empty for true-false questions: the widget then offers its own "True" and "False". */
  options?: QuizOption[];
  /** Ids of the right options; true-false questions use "true" or "false". */
  correct: string[];
  explanation: string;
}

export const TRUE_FALSE_IDS = ['true', 'false'] as const;

/**
 * The check of a host's questions: loaded only by pages that have some. Here,
 * not in the element's module, so a server can load it before it renders
 * (src/ssr) and ask the host's first question in its first render.
 */
export const questionsChecker = lazy<ContentChecker<QuizQuestion>>(() =>
  import('./quiz-check.js').then((module) => module.checkQuestions)
);

/** Right only when exactly the right set is chosen: a "multiple" answer with one miss or one extra is wrong. */
export function isCorrect(question: Pick<QuizQuestion, 'correct'>, selected: readonly string[]): boolean {
  const chosen = new Set(selected);
  return chosen.size === question.correct.length && question.correct.every((id) => chosen.has(id));
}

/** Right answers among the answered questions; `answerTo` gives a question's checked answer, if any. */
export function scoreOf(
  questions: readonly QuizQuestion[],
  answerTo: (questionId: string) => readonly string[] | undefined
): number {
  return questions.filter((question) => {
    const answer = answerTo(question.id);
    return answer !== undefined && isCorrect(question, answer);
  }).length;
}
