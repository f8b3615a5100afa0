/**
 * `persist` for the quiz: an unfinished attempt, read back and checked.
 * Its own module, loaded only by quizzes with `persist`.
 */
import { localStoreFor } from '../core/storage.js';
import { warnInput } from '../core/warn.js';
import type { QuizAttempt } from './quiz-attempt.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A well-formed stored attempt, or undefined. Whether it fits the questions is checked once they are known. */
export function checkStoredAttempt(value: unknown): QuizAttempt | undefined {
  if (!isObject(value) || value.version !== 1) return undefined;
  const { order, optionOrder, answers, index } = value;
  const attempt = { version: 1, order, optionOrder, index, answers } as QuizAttempt;
  const wellFormed =
    Array.isArray(order) &&
    isObject(optionOrder) &&
    isObject(answers) &&
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) <= order.length;
  return wellFormed && order.every((id) => typeof id === 'string') ? attempt : undefined;
}

export interface QuizStore {
  /** An unfinished attempt found when the store was opened. */
  saved?: QuizAttempt;
  save(attempt: QuizAttempt): void;
}

/** Opens the saved attempt under `key`; malformed data gives one warning and a new attempt. */
export function openQuizStore(element: string, key: string): QuizStore {
  const store = localStoreFor(element, key);
  const stored = store.read();
  const attempt = checkStoredAttempt(stored);
  if (stored !== undefined && !attempt) {
    warnInput(element, `stored "${key}"`, stored, 'not a saved quiz', 'a new attempt');
  }
  // A finished attempt is not resumed: the next visit starts afresh.
  const unfinished = attempt && attempt.index < attempt.order.length ? attempt : undefined;
  return { saved: unfinished, save: (next) => store.write(next) };
}
