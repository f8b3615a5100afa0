import { hostList, type CheckedContent } from '../core/host-content.js';

/**
 * The quiz's content model, its validation and its scoring. Pure: no DOM,
 * no messages, so it is tested table-driven.
 */
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
  /** May be empty for true-false questions: the widget then offers its own "True" and "False". */
  options: QuizOption[];
  /** Ids of the right options; true-false questions use "true" or "false". */
  correct: string[];
  explanation: string;
}

export const TRUE_FALSE_IDS = ['true', 'false'] as const;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

type Raw = Partial<Record<keyof QuizQuestion, unknown>> | null;

/** Why a question cannot be asked, or undefined when it can. */
function questionProblem(question: Raw, seen: ReadonlySet<string>): string | undefined {
  if (!isText(question?.id)) return 'has no id';
  if (seen.has(question.id)) return 'repeats an id';
  if (!QUESTION_TYPES.includes(question.type as QuestionType)) return 'has an unknown type';
  if (!isText(question.prompt)) return 'has an empty prompt';
  if (!isText(question.explanation)) return 'has no explanation';
  const trueFalse = question.type === 'true-false';
  const options = question.options ?? (trueFalse ? [] : undefined);
  if (!Array.isArray(options) || !options.every((o: Raw) => isText(o?.id) && isText((o as QuizOption).label)))
    return 'has malformed options';
  const optionIds = trueFalse && options.length === 0 ? [...TRUE_FALSE_IDS] : options.map((o: QuizOption) => o.id);
  if (new Set(optionIds).size !== optionIds.length) return 'repeats an option id';
  if (!isTextList(question.correct) || question.correct.length === 0) return 'has no correct answer';
  if (!question.correct.every((id) => optionIds.includes(id))) return 'has a correct id that is not an option';
  if (question.type !== 'multiple' && question.correct.length > 1) return 'has more than one correct answer';
  if (optionIds.length < 2) return 'has fewer than two options';
  return undefined;
}

/**
 * Keeps the valid questions of a host document: an array, or
 * `{ "questions": [...] }`, or its JSON text. Bad questions are dropped.
 */
export function checkQuestions(input: unknown): CheckedContent<QuizQuestion> {
  const { list, problem } = hostList(input, 'questions');
  if (!list) return { items: [], problems: [problem!] };

  const problems: string[] = [];
  const seen = new Set<string>();
  const questions: QuizQuestion[] = [];
  list.forEach((value, index) => {
    const raw = value as Raw;
    const problem = questionProblem(raw, seen);
    const name = isText(raw?.id) ? `question "${raw.id}"` : `question ${index + 1}`;
    if (problem) {
      problems.push(`${name} ${problem}`);
      return;
    }
    const { id, type, prompt, options, correct, explanation } = raw as QuizQuestion;
    seen.add(id);
    questions.push({
      id,
      type,
      prompt,
      options: (options ?? []).map((option) => ({ id: option.id, label: option.label })),
      correct: [...correct],
      explanation,
    });
  });
  return { items: questions, problems };
}

/** Right only when exactly the right set is chosen: a "multiple" answer with one miss or one extra is wrong. */
export function isCorrect(question: Pick<QuizQuestion, 'correct'>, selected: readonly string[]): boolean {
  const chosen = new Set(selected);
  return chosen.size === question.correct.length && question.correct.every((id) => chosen.has(id));
}

/** Right answers among the answered questions. */
export function scoreOf(questions: readonly QuizQuestion[], answers: Readonly<Record<string, string[]>>): number {
  return questions.filter((question) => answers[question.id] && isCorrect(question, answers[question.id])).length;
}
