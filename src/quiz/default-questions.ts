/**
 * The quiz's default questions, from facts.md sections 4 and 5 (prevention
 * and common myths), in the widget's language. Call only while rendering:
 * msg() resolves in the locale of the widget being rendered.
 */
import { msg } from '../core/localization.js';
import type { QuizQuestion } from './quiz-content.js';

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
      explanation: msg(
        'Rest for a day or two, then start moving gently. Lying still for long makes the muscles stiffer.',
        { id: 'quiz.bedRest.explanation', desc: 'Shown after answering.' }
      ),
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
      explanation: msg(
        'Cold comes first, for the first day or two, to calm swelling. Heat comes after that, to relax the muscle.',
        { id: 'quiz.coldFirst.explanation', desc: 'Shown after answering.' }
      ),
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
      explanation: msg(
        'Always put a cloth between the ice and your skin, and keep each session to about 15 minutes, never more than 20.',
        { id: 'quiz.iceUse.explanation', desc: 'Shown after answering. Keep the numbers 15 and 20.' }
      ),
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
      explanation: msg('Small things can set one off too: a sneeze, a cough, or bending to pick something up.', {
        id: 'quiz.bigInjury.explanation',
        desc: 'Shown after answering.',
      }),
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
      explanation: msg(
        'Daily stretching, regular activity and strong back and stomach muscles protect your back. Long hours sitting or lying down, and high heels, put strain on it.',
        { id: 'quiz.habits.explanation', desc: 'Shown after answering.' }
      ),
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
      explanation: msg(
        'The deep muscles around your middle keep your spine steady, and sit-ups and crunches do little for them. Ask about core exercises instead.',
        { id: 'quiz.sitUps.explanation', desc: 'Shown after answering.' }
      ),
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
      explanation: msg('Heavy or careless lifting is the most common cause, so lift carefully.', {
        id: 'quiz.lifting.explanation',
        desc: 'Shown after answering.',
      }),
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
      explanation: msg(
        'Good posture and a healthy weight take load off your spine. Enough fluids help your muscles and can keep cramps away. Regular exercise helps too.',
        { id: 'quiz.load.explanation', desc: 'Shown after answering.' }
      ),
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
      explanation: msg(
        "Keeping at it is the key to any exercise routine. Pick activities you enjoy, and start once the spasm has passed. If you aren't usually active, see a doctor before you start an exercise programme.",
        {
          id: 'quiz.consistency.explanation',
          desc: 'Shown after answering. Keep the advice to see a doctor first if you are not usually active.',
        }
      ),
    },
  ];
}
