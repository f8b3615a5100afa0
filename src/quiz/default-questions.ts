/**
 * The quiz's default questions (docs/medical-content.md, §4 and §5:
 * prevention and common myths), in the widget's language. Call only while
 * rendering: msg() resolves in the locale of the widget being rendered.
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
      prompt: msg('A back spasm means you have a serious injury.', {
        id: 'quiz.bigInjury.prompt',
        desc: 'A true/false statement (the answer is false).',
      }),
      options: [],
      correct: ['false'],
      explanation: '',
    },
    {
      id: 'scan',
      type: 'true-false',
      prompt: msg('You need an X-ray or a scan to get over back pain.', {
        id: 'quiz.scan.prompt',
        desc: 'A true/false statement (the answer is false).',
      }),
      options: [],
      correct: ['false'],
      explanation: '',
    },
    {
      id: 'habits',
      type: 'multiple',
      prompt: msg('Which of these help keep back pain from coming back?', {
        id: 'quiz.habits.prompt',
        desc: 'Multiple-choice question: several answers are right.',
      }),
      options: [
        {
          id: 'active',
          label: msg('Walking, swimming or other exercise you like', {
            id: 'quiz.habits.active',
            desc: 'Answer option (right).',
          }),
        },
        {
          id: 'stretch',
          label: msg('Exercises that strengthen and stretch your back', {
            id: 'quiz.habits.stretch',
            desc: 'Answer option (right).',
          }),
        },
        {
          id: 'breaks',
          label: msg('Getting up and moving often when you sit a lot', {
            id: 'quiz.habits.breaks',
            desc: 'Answer option (right).',
          }),
        },
        {
          id: 'sitting',
          label: msg('Sitting still for hours at a time', {
            id: 'quiz.habits.sitting',
            desc: 'Answer option (wrong).',
          }),
        },
      ],
      correct: ['active', 'stretch', 'breaks'],
      explanation: '',
    },
    {
      id: 'consistency',
      type: 'true-false',
      prompt: msg('For exercise to help your back, keeping at it matters more than the kind you do.', {
        id: 'quiz.consistency.prompt',
        desc: 'A true/false statement (the answer is true).',
      }),
      options: [],
      correct: ['true'],
      explanation: '',
    },
    {
      id: 'weight',
      type: 'true-false',
      prompt: msg('Being overweight can raise your risk of back pain.', {
        id: 'quiz.weight.prompt',
        desc: 'A true/false statement (the answer is true).',
      }),
      options: [],
      correct: ['true'],
      explanation: '',
    },
    {
      id: 'lifting',
      type: 'single',
      prompt: msg('How should you lift something heavy?', {
        id: 'quiz.lifting.prompt',
        desc: 'Single-choice question.',
      }),
      options: [
        {
          id: 'knees',
          label: msg('Bend your knees and keep the load close to you', {
            id: 'quiz.lifting.knees',
            desc: 'Answer option (right).',
          }),
        },
        {
          id: 'twist',
          label: msg('Keep your legs straight and twist as you lift', {
            id: 'quiz.lifting.twist',
            desc: 'Answer option (wrong).',
          }),
        },
        {
          id: 'far',
          label: msg('Hold the load out in front of you, away from your body', {
            id: 'quiz.lifting.far',
            desc: 'Answer option (wrong).',
          }),
        },
      ],
      correct: ['knees'],
      explanation: '',
    },
  ];
}
