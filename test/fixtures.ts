/**
 * Test content (custom questions and steps) and the user actions that drive the
 * widgets, shared by the widget tests, the logic tests, the contract suite and
 * the React and Vue tests. Actions go through the DOM as a user would.
 */
import type { ChecklistStep, QuizQuestion } from '../src/index.js';
import { part } from './helpers.js';

export const TRUE_FALSE: QuizQuestion = {
  id: 'tf',
  type: 'true-false',
  prompt: 'Wrap ice in a cloth.',
  options: [],
  correct: ['true'],
  explanation: 'A cloth protects your skin.',
};

export const SINGLE: QuizQuestion = {
  id: 'one',
  type: 'single',
  prompt: 'Which pack do you keep in the freezer?',
  options: [
    { id: 'heat', label: 'Heat' },
    { id: 'cold', label: 'Cold' },
  ],
  correct: ['cold'],
  explanation: 'A cold pack is kept in the freezer.',
};

export const MULTIPLE: QuizQuestion = {
  id: 'many',
  type: 'multiple',
  prompt: 'What helps?',
  options: [
    { id: 'walk', label: 'Walking' },
    { id: 'stretch', label: 'Stretching' },
    { id: 'bed', label: 'A week in bed' },
  ],
  correct: ['walk', 'stretch'],
  explanation: 'Gentle movement helps.',
};

/** One question of each type, in this order. */
export const QUESTIONS: QuizQuestion[] = [TRUE_FALSE, SINGLE, MULTIPLE];

/** Two custom steps: a plain one, and a cold one with a detail (so it gets a timer button). */
export const STEPS: ChecklistStep[] = [
  { id: 'walk', title: 'Walk for 5 minutes' },
  { id: 'ice', title: 'Ice it', detail: 'Wrapped, 15 minutes', therapy: 'cold' },
];

/** The checklist's checkboxes, in order. */
export const checkboxes = (list: Element): HTMLInputElement[] => [
  ...(list.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
];

/** Ticks (or unticks) the step at `index` the way a user does: a click on its checkbox. */
export function tickStep(list: Element, index = 0): void {
  const box = checkboxes(list)[index];
  if (!box) throw new Error(`<${list.localName}> has no step ${index}`);
  box.click();
}

/** The options of the quiz's current question. */
export const inputs = (quiz: Element): HTMLInputElement[] => [
  ...(quiz.shadowRoot?.querySelectorAll<HTMLInputElement>('[part="question"] input') ?? []),
];

type Updating = Element & { updateComplete: Promise<boolean> };

/** Clicks the options with these ids (the `value` of their inputs), then lets the quiz render. */
export async function choose(quiz: Updating, ...values: string[]): Promise<void> {
  for (const value of values) {
    const input = inputs(quiz).find((candidate) => candidate.value === value);
    if (!input) throw new Error(`the current question of <${quiz.localName}> has no option "${value}"`);
    input.click();
  }
  await quiz.updateComplete;
}

/** Clicks one of the quiz's buttons, then lets the quiz render. */
export async function press(quiz: Updating, name: 'check-button' | 'next-button' | 'retry-button'): Promise<void> {
  part(quiz, name).click();
  await quiz.updateComplete;
}

/** Answers the current question with these option ids and presses "Check answer". */
export async function answer(quiz: Updating, ...values: string[]): Promise<void> {
  await choose(quiz, ...values);
  await press(quiz, 'check-button');
}
