/**
 * The check of a host's questions. Loaded only when a host supplies them.
 * Pure: no DOM, no messages, so it is tested table-driven.
 */
import { checkList, isText, isVisibleText, type ContentReport } from '../core/content-check.js';
import { allDifferent } from './quiz-attempt.js';
import {
  QUESTION_TYPES,
  TRUE_FALSE_IDS,
  type QuestionType,
  type QuizOption,
  type QuizQuestion,
} from './quiz-content.js';

/** The most questions a quiz asks. */
export const MAX_QUESTIONS = 50;

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isOption = (value: unknown): value is QuizOption =>
  isText((value as QuizOption | null)?.id) && typeof (value as QuizOption).label === 'string';

/** Why a question cannot be asked, or undefined when it can. */
function questionProblem(question: Record<string, unknown>): string | undefined {
  const { type, options = type === 'true-false' ? [] : undefined, correct } = question;
  if (!QUESTION_TYPES.includes(type as QuestionType)) return 'has an unknown type';
  if (!isVisibleText(question.prompt)) return 'has an empty prompt';
  if (!isVisibleText(question.explanation)) return 'has no explanation';
  if (!Array.isArray(options) || !options.every(isOption)) return 'has malformed options';
  if (!options.every((option) => isVisibleText(option.label))) return 'has an option with an empty label';
  const optionIds = type === 'true-false' && options.length === 0 ? [...TRUE_FALSE_IDS] : options.map((o) => o.id);
  if (!allDifferent(optionIds)) return 'repeats an option id';
  if (!isTextList(correct) || correct.length === 0) return 'has no correct answer';
  if (!correct.every((id) => optionIds.includes(id))) return 'has a correct id that is not an option';
  if (type !== 'multiple' && correct.length > 1) return 'has more than one correct answer';
  if (optionIds.length < 2) return 'has fewer than two options';
  return undefined;
}

/**
 * Keeps the valid questions of a host document: an array, or
 * `{ "questions": [...] }`, or its JSON text. Bad questions are dropped.
 */
export function checkQuestions(input: unknown): ContentReport<QuizQuestion> {
  return checkList(input, 'questions', 'question', MAX_QUESTIONS, (raw) => {
    const problem = questionProblem(raw);
    if (problem) return { problem };
    const { id, type, prompt, options, correct, explanation } = raw as unknown as QuizQuestion;
    return {
      item: {
        id,
        type,
        prompt,
        options: (options ?? []).map((option) => ({ id: option.id, label: option.label })),
        correct: [...correct],
        explanation,
      },
    };
  });
}
