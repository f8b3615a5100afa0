/** Content and helpers shared by the React and Vue tests: the same widgets, the same checks. */
import type { ChecklistStep } from '../../src/checklist/checklist-content.js';
import type { QuizQuestion } from '../../src/quiz/quiz-content.js';
import { part } from '../helpers.js';

export const STEPS: ChecklistStep[] = [
  { id: 'stop', title: 'Stop and breathe' },
  { id: 'ice', title: 'Cool it', detail: 'Ice in a cloth, 15 minutes.', therapy: 'cold' },
];

export const MORE_STEPS: ChecklistStep[] = [...STEPS, { id: 'walk', title: 'Walk a little' }];

export const QUESTIONS: QuizQuestion[] = [
  {
    id: 'first',
    type: 'single',
    prompt: 'What comes first?',
    options: [
      { id: 'heat', label: 'Heat' },
      { id: 'cold', label: 'Cold' },
    ],
    correct: ['cold'],
    explanation: 'Cold first, heat later.',
  },
  {
    id: 'cloth',
    type: 'true-false',
    prompt: 'Wrap ice in a cloth.',
    options: [],
    correct: ['true'],
    explanation: 'A cloth protects your skin.',
  },
];

export const MORE_QUESTIONS: QuizQuestion[] = [
  ...QUESTIONS,
  {
    id: 'bed',
    type: 'true-false',
    prompt: 'A week in bed helps.',
    options: [],
    correct: ['false'],
    explanation: 'Gentle movement helps more.',
  },
];

/** Ticks a checklist step the way a user does: a click on its checkbox. */
export function tickFirstStep(list: Element): void {
  list.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
}

/** Answers the quiz's current question with `optionId` and presses "Check answer", as a user does. */
export function answer(quiz: Element, optionId: string): void {
  const inputs = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset[part="question"] input')];
  inputs.find((input) => input.value === optionId)!.click();
  part(quiz, 'check-button').click();
}
