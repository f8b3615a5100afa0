/**
 * The widgets inside a React 19 app, with plain `createElement` (no JSX step).
 * React 19 sets a custom element's props as properties when the element has
 * them (so arrays and numbers arrive as such), and `on<event-name>` props with
 * the event's exact, case-sensitive name add event listeners.
 */
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import '../../src/define.js';
import type { ChecklistChangeDetail, SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { QuizAnswerDetail, SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import type { SpasmTimer, TimerEventDetail } from '../../src/timer/spasm-timer.js';
import { answer, QUESTIONS, STEPS, tickStep } from '../fixtures.js';
import { MINUTE, part, partText } from '../helpers.js';

const { act, createElement: h, useState } = React;

// Tells React that updates are wrapped in act(), which flushes renders and effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Each app starts with the first steps or questions and changes to all of them.
const FIRST_STEP = STEPS.slice(0, 1);
const FIRST_QUESTIONS = QUESTIONS.slice(0, 2);

/** A small app: a widget whose prop comes from React state, a button that changes it, and the last event's detail. */
function app<Value>(tag: string, eventName: string, initial: Value, next: Value) {
  return function App() {
    const [value, setValue] = useState(initial);
    const [detail, setDetail] = useState<unknown>(null);
    const prop = tag === 'spasm-timer' ? 'minutes' : tag === 'spasm-checklist' ? 'steps' : 'questions';
    return h(
      'div',
      null,
      h('button', { id: 'change', onClick: () => setValue(next) }, 'Change'),
      h(tag, { [prop]: value, [`on${eventName}`]: (event: Event) => setDetail((event as CustomEvent).detail) }),
      h('output', null, detail === null ? '' : JSON.stringify(detail))
    );
  };
}

describe('widgets in a React 19 app', () => {
  let container: HTMLElement;
  let root: ReactDOMClient.Root;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  async function render(component: React.FunctionComponent): Promise<void> {
    await act(async () => root.render(h(component)));
  }

  const widget = <T extends Element>(tag: string) => container.querySelector<T>(tag)!;
  const output = () => JSON.parse(container.querySelector('output')!.textContent || 'null');
  const change = () => act(async () => container.querySelector<HTMLButtonElement>('#change')!.click());

  it('<spasm-timer>: minutes from React, its start event in a React handler, minutes from new state', async () => {
    await render(app('spasm-timer', 'spasm-timer-start', 7, 12));
    const timer = widget<SpasmTimer>('spasm-timer');
    await timer.updateComplete;
    expect(timer.minutes).to.equal(7);
    // A property, not an attribute.
    expect(timer.hasAttribute('minutes')).to.equal(false);
    expect(partText(timer, 'time')).to.equal('07:00');

    await change();
    await timer.updateComplete;
    expect(widget('spasm-timer')).to.equal(timer);
    expect(timer.minutes).to.equal(12);
    expect(partText(timer, 'time')).to.equal('12:00');

    await act(async () => part(timer, 'primary-button').click());
    expect(timer.state).to.equal('running');
    expect(output()).to.deep.equal({ mode: 'cold', durationMs: 12 * MINUTE, remainingMs: 12 * MINUTE });
  });

  it('<spasm-timer>: a mode string and a start() call', async () => {
    const details: TimerEventDetail[] = [];
    await render(() =>
      h('spasm-timer', {
        mode: 'heat',
        minutes: 5,
        'onspasm-timer-start': (event: Event) => details.push((event as CustomEvent<TimerEventDetail>).detail),
      })
    );
    const timer = widget<SpasmTimer>('spasm-timer');
    expect(timer.mode).to.equal('heat');
    await act(async () => timer.start());
    expect(details).to.deep.equal([{ mode: 'heat', durationMs: 5 * MINUTE, remainingMs: 5 * MINUTE }]);
  });

  it('<spasm-checklist>: steps array from React, its change event in a React handler, steps from new state', async () => {
    await render(app('spasm-checklist', 'spasm-checklist-change', FIRST_STEP, STEPS));
    const list = widget<SpasmChecklist>('spasm-checklist');
    await list.updateComplete;
    expect(list.steps).to.equal(FIRST_STEP);
    expect(list.total).to.equal(1);
    expect(partText(list, 'progress')).to.equal('0 of 1 done');

    await act(async () => tickStep(list));
    expect(output()).to.deep.equal({ id: 'walk', checked: true, done: 1, total: 1 } satisfies ChecklistChangeDetail);

    await change();
    await list.updateComplete;
    expect(list.total).to.equal(2);
    expect(list.done).to.equal(1);
    expect(partText(list, 'progress')).to.equal('1 of 2 done');
  });

  it('<spasm-quiz>: questions array from React, its answer event in a React handler, questions from new state', async () => {
    await render(app('spasm-quiz', 'spasm-quiz-answer', FIRST_QUESTIONS, QUESTIONS));
    const quiz = widget<SpasmQuiz>('spasm-quiz');
    await quiz.updateComplete;
    expect(quiz.questions).to.equal(FIRST_QUESTIONS);
    expect(quiz.total).to.equal(2);

    await act(() => answer(quiz, 'true'));
    expect(output()).to.deep.equal({
      questionId: 'tf',
      correct: true,
      selected: ['true'],
    } satisfies QuizAnswerDetail);

    await change();
    await quiz.updateComplete;
    expect(quiz.total).to.equal(3);
  });
});
