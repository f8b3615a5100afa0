// A consumer of the packed package, type-checked under the strictest options
// in two module resolutions (scripts/check-types.mjs): the types a site gets
// must match the README.
import 'spasm-widgets/define';
import { SpasmChecklist, SpasmQuiz, SpasmTimer, type ChecklistStep, type QuizQuestion } from 'spasm-widgets';
import type { TimerMode } from 'spasm-widgets/timer';

// A true/false question may leave out its options.
const trueFalse: QuizQuestion = {
  id: 'bed',
  type: 'true-false',
  prompt: 'Stay in bed until it stops hurting.',
  correct: ['false'],
  explanation: 'Rest a day or two, then move.',
};
const single: QuizQuestion = {
  id: 'cold',
  type: 'single',
  prompt: 'Which goes in the freezer?',
  options: [
    { id: 'cold', label: 'Cold' },
    { id: 'heat', label: 'Heat' },
  ],
  correct: ['cold'],
  explanation: 'A cold pack is kept in the freezer.',
};
const steps: ChecklistStep[] = [
  { id: 'walk', title: 'Walk a little' },
  { id: 'ice', title: 'Ice', therapy: 'cold' },
];

const quiz = document.querySelector('spasm-quiz');
if (quiz instanceof SpasmQuiz) quiz.questions = [trueFalse, single];
const list = document.createElement('spasm-checklist');
list.steps = steps;
list.timer = 'timer';
document.body.append(list);
const timer: SpasmTimer | null = document.querySelector('spasm-timer');
timer?.start();
const mode: TimerMode | undefined = timer?.mode;

document.addEventListener('spasm-timer-complete', (event) => {
  const ended: TimerMode = event.detail.mode;
  console.log(ended, event.detail.durationMs, mode);
});
document.addEventListener('spasm-checklist-urgent', (event) => console.log(event.detail.tier));
document.addEventListener('spasm-checklist-change', (event) => console.log(event.detail.done, event.detail.total));
document.addEventListener('spasm-quiz-complete', (event) => console.log(event.detail));
console.log(list instanceof SpasmChecklist);
