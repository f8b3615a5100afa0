import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { settled, themed, widget } from './story-helpers.js';
import '../src/quiz/define.js';
import type { QuizQuestion, SpasmQuiz } from '../src/quiz/spasm-quiz.js';

/** Args are named after the element's attributes (and its content property); the CSS custom properties' controls come from the manifest. */
interface QuizArgs {
  shuffle: boolean;
  persist: boolean;
  'storage-key': string;
  /** Content, as JSON in its control: set as the `questions` property. */
  questions?: QuizQuestion[];
}

type Story = StoryObj<QuizArgs>;

/** A part of the quiz's shadow DOM, or null when it is not shown. */
const part = (element: SpasmQuiz, name: string): HTMLElement | null =>
  element.shadowRoot?.querySelector<HTMLElement>(`[part=${name}]`) ?? null;

/** Clicks `target`, as a user would, and waits for the quiz to render. */
async function click(element: SpasmQuiz, target: HTMLElement | null | undefined, what: string): Promise<void> {
  if (!target) throw new Error(`the quiz shows no ${what}`);
  target.click();
  await element.updateComplete;
}

/** Chooses the option with id `value` (the first option without it) of the current question and checks it. */
async function answer(element: SpasmQuiz, value?: string): Promise<void> {
  const inputs = [...(part(element, 'question')?.querySelectorAll('input') ?? [])];
  // The option ids are set as the `value` property, not as an attribute.
  const input = value === undefined ? inputs[0] : inputs.find((candidate) => candidate.value === value);
  await click(element, input, `option "${value ?? 'first'}"`);
  await click(element, part(element, 'check-button'), 'check button');
  if (!part(element, 'feedback')) throw new Error('checking an answer showed no feedback');
}

/** Answers the first question with `value` and checks the feedback and score. */
async function answerFirst(element: SpasmQuiz, value: string, right: boolean): Promise<void> {
  await answer(element, value);
  const verdict = part(element, 'feedback')?.classList.contains('right');
  if (verdict !== right) throw new Error(`expected the feedback to say ${right ? 'right' : 'wrong'}`);
  if (element.score !== (right ? 1 : 0)) throw new Error(`expected a score of ${right ? 1 : 0}, got ${element.score}`);
}

/** Answers every question with its first option, then goes on, until the results show. */
async function answerAll(element: SpasmQuiz): Promise<void> {
  for (let asked = 0; !part(element, 'results'); asked++) {
    if (asked >= element.total) throw new Error(`no results after ${element.total} questions`);
    await answer(element);
    await click(element, part(element, 'next-button'), 'next button');
  }
  if (!part(element, 'retry-button')) throw new Error('the results have no retry button');
}

const meta = {
  title: 'Widgets/Quiz',
  component: 'spasm-quiz',
  // A Docs page from custom-elements.json: attributes (with controls), properties, events, parts, CSS properties.
  tags: ['autodocs'],
  args: { shuffle: false, persist: false, 'storage-key': 'spasm-quiz-story' },
  render: (args) => widget('spasm-quiz', args),
} satisfies Meta<QuizArgs>;

export default meta;

/*
 * A story named after a state shows it on its own page and on the docs page
 * (which runs no play functions): the state is set from the render, and its
 * `state:` tag is what the story smoke test checks there (scripts/smoke-stories.mjs).
 */

/** The first default question (bed rest, true or false). */
export const Start: Story = { tags: ['state:question'] };

export const AnsweredRight: Story = {
  name: 'Answered right',
  tags: ['state:answered-right'],
  render: (args) => widget('spasm-quiz', args, { state: (quiz) => answerFirst(quiz, 'false', true) }),
  play: settled,
};

export const AnsweredWrong: Story = {
  name: 'Answered wrong',
  tags: ['state:answered-wrong'],
  render: (args) => widget('spasm-quiz', args, { state: (quiz) => answerFirst(quiz, 'true', false) }),
  play: settled,
};

/** Every question answered with its first option: the score and the review. */
export const Results: Story = {
  tags: ['state:results'],
  render: (args) => widget('spasm-quiz', args, { state: answerAll }),
  play: settled,
};

const customQuestions: QuizQuestion[] = [
  {
    id: 'wrap-ice',
    type: 'true-false',
    prompt: 'Wrap ice in a cloth before you put it on your back.',
    options: [],
    correct: ['true'],
    explanation: 'A cloth keeps the cold from hurting your skin. Keep it on for about 15 minutes.',
  },
  {
    id: 'heat-session',
    type: 'single',
    prompt: 'How long should one heat-pad session last?',
    options: [
      { id: 'short', label: 'About 15 minutes' },
      { id: 'hour', label: 'A whole hour' },
      { id: 'night', label: 'All night, while you sleep' },
    ],
    correct: ['short'],
    explanation: "About 15 minutes, never more than 20. Follow the pad's instructions and don't fall asleep on it.",
  },
  {
    id: 'habits',
    type: 'multiple',
    prompt: 'Which habits help your back?',
    options: [
      { id: 'walk', label: 'Walking a little every day' },
      { id: 'breaks', label: 'Getting up from your chair now and then' },
      { id: 'sit', label: 'Sitting for hours without a break' },
    ],
    correct: ['walk', 'breaks'],
    explanation: 'Moving often keeps the back muscles loose. Sitting still for hours makes them stiff.',
  },
];

/** The questions are the story's `questions` arg: edit them as JSON in its control. */
export const CustomQuestions: Story = {
  name: 'Custom questions',
  args: { questions: customQuestions },
};

/** The same questions as a host page would write them: a child JSON script. */
export const JsonQuestions: Story = {
  name: 'JSON questions',
  render: (args) => widget('spasm-quiz', args, { json: { questions: customQuestions } }),
};

/** Questions and options in a new order on each attempt. */
export const Shuffled: Story = { args: { shuffle: true } };

export const Spanish: Story = { render: (args) => widget('spasm-quiz', args, { lang: 'es' }) };

/** Answered wrong, so the themed right and wrong colours both show. */
export const Themed: Story = {
  tags: ['state:answered-wrong'],
  render: (args) =>
    themed(
      widget('spasm-quiz', args, { state: (quiz) => answerFirst(quiz, 'true', false) }),
      '--spasm-color-right: #1a5e2c; --spasm-color-wrong: #8b1a1a;'
    ),
  play: settled,
};
