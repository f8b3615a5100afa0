/**
 * `persist` for the quiz: an unfinished attempt, read back and checked.
 * Its own module, loaded only by quizzes with `persist`. Whether it fits the
 * questions is for the quiz to say, once they are known.
 */
import type { PersistHooks } from '../core/persistence.js';
import { openStore, type StoreSchema } from '../core/store.js';
import type { QuizAttempt } from './quiz-attempt.js';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null;
const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string') && new Set(value).size === value.length;

/** Version 1 kept options and answers in objects keyed by question id; read them without trusting the keys. */
function fromVersion1(stored: Raw): Raw {
  const order = isIdList(stored.order) ? stored.order : [];
  const own = (record: unknown, id: string) =>
    isObject(record) && Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined;
  return {
    order,
    options: order.map((id) => own(stored.optionOrder, id)),
    answers: order.map((id) => own(stored.answers, id) ?? null),
    index: stored.index,
  };
}

/** A well-formed attempt: unique ids, one options list and one answer per question, a position within it. */
function readAttempt(stored: unknown): QuizAttempt | undefined {
  if (!isObject(stored) || (stored.version !== 1 && stored.version !== 2)) return undefined;
  const { order, options, answers, index } = stored.version === 1 ? fromVersion1(stored) : stored;
  const wellFormed =
    isIdList(order) &&
    Array.isArray(options) &&
    options.length === order.length &&
    options.every(isIdList) &&
    Array.isArray(answers) &&
    answers.length === order.length &&
    answers.every((answer) => answer === null || isIdList(answer)) &&
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) <= order.length;
  return wellFormed
    ? {
        version: 2,
        order,
        options: options as string[][],
        answers: answers as (string[] | null)[],
        index: index as number,
      }
    : undefined;
}

export const attemptSchema: StoreSchema<QuizAttempt> = {
  kind: 'quiz',
  parse(stored) {
    const attempt = readAttempt(stored);
    if (!attempt) return { problems: ['not a saved quiz'], used: 'a new attempt' };
    // A finished attempt is not resumed: the next visit starts afresh.
    return attempt.index < attempt.order.length ? { value: attempt } : {};
  },
  // What was stored is resumed, if it fits the questions (the quiz checks).
  merge: (_ours, theirs) => theirs,
};

export const openAttemptStore = (element: string, key: string, hooks: PersistHooks<QuizAttempt>) =>
  openStore(attemptSchema, element, key, hooks);
