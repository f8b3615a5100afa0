/**
 * The quiz's default questions, from facts.md sections 4 and 5 (prevention
 * and common myths), in the widget's language. Call only while rendering:
 * msg() resolves in the locale of the widget being rendered.
 */
import { msg } from '../core/localization.js';
import type { QuizQuestion } from './quiz-content.js';

/** The explanations are left empty: they load on the first interaction with the quiz (explanations.ts). */
export function defaultQuestions(): QuizQuestion[] {
  return [
    {
      id: 'bed-rest',
      type: 'true-false',
      prompt: msg('Staying in bed until the pain is gone is the best way to get over a back spasm.', {
        id: 'quiz.bedRest.prompt',
        desc: 'A true/false statement (the answer is false).',
      }),
      options: [],
      correct: ['false'],
      explanation: '',
    },
    {
      id: 'cold-first',
      type: 'single',
      prompt: msg('In the first day or two after a spasm, what should you use first?', {
        id: 'quiz.coldFirst.prompt',
        desc: 'Single-choice question.',
      }),
      options: [
        {
          id: 'cold',
          label: msg('Cold: an ice pack wrapped in a towel', {
            id: 'quiz.coldFirst.cold',
            desc: 'Answer option (right).',
          }),
        },
        { id: 'heat', label: msg('Heat: a heating pad', { id: 'quiz.coldFirst.heat', desc: 'Answer option.' }) },
        { id: 'neither', label: msg('Neither', { id: 'quiz.coldFirst.neither', desc: 'Answer option.' }) },
      ],
      correct: ['cold'],
      explanation: '',
    },
    {
      id: 'ice-use',
      type: 'single',
      prompt: msg('How should you use an ice pack?', { id: 'quiz.iceUse.prompt', desc: 'Single-choice question.' }),
      options: [
        {
          id: 'bare',
          label: msg('Straight on the skin, for as long as it feels good', {
            id: 'quiz.iceUse.bare',
            desc: 'Answer option (wrong).',
          }),
        },
        {
          id: 'wrapped',
          label: msg('Wrapped in a cloth, for about 15 minutes', {
            id: 'quiz.iceUse.wrapped',
            desc: 'Answer option (right).',
          }),
        },
        {
          id: 'hour',
          label: msg('Wrapped in a cloth, for an hour', { id: 'quiz.iceUse.hour', desc: 'Answer option (wrong).' }),
        },
      ],
      correct: ['wrapped'],
      explanation: '',
    },
    {
      id: 'big-injury',
      type: 'true-false',
      prompt: msg('A back spasm only happens after a big injury.', {
        id: 'quiz.bigInjury.prompt',
        desc: 'A true/false statement (the answer is false).',
      }),
      options: [],
      correct: ['false'],
      explanation: '',
    },
    {
      id: 'habits',
      type: 'multiple',
      prompt: msg('Which of these help keep back spasms from coming back?', {
        id: 'quiz.habits.prompt',
        desc: 'Multiple-choice question: several answers are right.',
      }),
      options: [
        {
          id: 'stretch',
          label: msg('Stretching gently every day', { id: 'quiz.habits.stretch', desc: 'Answer option (right).' }),
        },
        {
          id: 'active',
          label: msg('Staying active', { id: 'quiz.habits.active', desc: 'Answer option (right).' }),
        },
        {
          id: 'balance',
          label: msg('Strengthening your back and stomach muscles together', {
            id: 'quiz.habits.balance',
            desc: 'Answer option (right).',
          }),
        },
        {
          id: 'sitting',
          label: msg('Spending long hours in bed or in a chair', {
            id: 'quiz.habits.sitting',
            desc: 'Answer option (wrong).',
          }),
        },
        { id: 'heels', label: msg('Wearing high heels', { id: 'quiz.habits.heels', desc: 'Answer option (wrong).' }) },
      ],
      correct: ['stretch', 'active', 'balance'],
      explanation: '',
    },
    {
      id: 'sit-ups',
      type: 'true-false',
      prompt: msg('Sit-ups and crunches are the best exercise to protect your back.', {
        id: 'quiz.sitUps.prompt',
        desc: 'A true/false statement (the answer is false).',
      }),
      options: [],
      correct: ['false'],
      explanation: '',
    },
    {
      id: 'lifting',
      type: 'single',
      prompt: msg('What most often strains the lower back?', {
        id: 'quiz.lifting.prompt',
        desc: 'Single-choice question.',
      }),
      options: [
        {
          id: 'lifting',
          label: msg('Lifting heavy things', { id: 'quiz.lifting.lifting', desc: 'Answer option (right).' }),
        },
        {
          id: 'walking',
          label: msg('Walking every day', { id: 'quiz.lifting.walking', desc: 'Answer option (wrong).' }),
        },
        { id: 'water', label: msg('Drinking water', { id: 'quiz.lifting.water', desc: 'Answer option (wrong).' }) },
      ],
      correct: ['lifting'],
      explanation: '',
    },
    {
      id: 'load',
      type: 'multiple',
      prompt: msg('Which habits help your lower back?', {
        id: 'quiz.load.prompt',
        desc: 'Multiple-choice question: several answers are right.',
      }),
      options: [
        {
          id: 'posture',
          label: msg('Good posture when you sit, stand and sleep', {
            id: 'quiz.load.posture',
            desc: 'Answer option (right).',
          }),
        },
        {
          id: 'fluids',
          label: msg('Drinking enough water', { id: 'quiz.load.fluids', desc: 'Answer option (right).' }),
        },
        {
          id: 'weight',
          label: msg('Losing a few pounds if you are overweight', {
            id: 'quiz.load.weight',
            desc: 'Answer option (right).',
          }),
        },
        { id: 'skip', label: msg('Not doing any exercise', { id: 'quiz.load.skip', desc: 'Answer option (wrong).' }) },
      ],
      correct: ['posture', 'fluids', 'weight'],
      explanation: '',
    },
    {
      id: 'consistency',
      type: 'true-false',
      prompt: msg('The key to exercise that helps your back is to keep doing it regularly.', {
        id: 'quiz.consistency.prompt',
        desc: 'A true/false statement (the answer is true).',
      }),
      options: [],
      correct: ['true'],
      explanation: '',
    },
  ];
}
