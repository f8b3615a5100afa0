/**
 * The widgets inside a Vue 3 app, with render functions (`h`, no SFC compile
 * step). Vue sets a prop as a DOM property when the element has it (`key in
 * el`: Lit's accessors, once the element is defined), so arrays and numbers
 * arrive as such. An `on<Name>` prop listens for the hyphenated name:
 * `onSpasmTimerStart` listens for `spasm-timer-start`.
 */
import { expect } from '@open-wc/testing';
import { createApp, defineComponent, h, nextTick, ref, type App } from 'vue';
import '../../src/define.js';
import type { ChecklistChangeDetail, SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { QuizAnswerDetail, SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import type { SpasmTimer, TimerEventDetail } from '../../src/timer/spasm-timer.js';
import { answer, QUESTIONS, STEPS, tickStep } from '../fixtures.js';
import { MINUTE, part, partText } from '../helpers.js';

// Each app starts with the first steps or questions and changes to all of them.
const FIRST_STEP = STEPS.slice(0, 1);
const FIRST_QUESTIONS = QUESTIONS.slice(0, 2);

/** A small app: a widget whose prop comes from Vue state, a button that changes it, and the last event's detail. */
function app<Value>(tag: string, prop: string, handler: string, initial: Value, next: Value) {
  return defineComponent(() => {
    const value = ref(initial);
    const detail = ref<unknown>(null);
    return () =>
      h('div', [
        h('button', { id: 'change', onClick: () => (value.value = next) }, 'Change'),
        h(tag, { [prop]: value.value, [handler]: (event: CustomEvent) => (detail.value = event.detail) }),
        h('output', detail.value === null ? '' : JSON.stringify(detail.value)),
      ]);
  });
}

describe('widgets in a Vue 3 app', () => {
  let container: HTMLElement;
  let vueApp: App | undefined;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    vueApp?.unmount();
    vueApp = undefined;
    container.remove();
  });

  async function mount(component: ReturnType<typeof defineComponent>): Promise<void> {
    vueApp = createApp(component);
    vueApp.mount(container);
    await nextTick();
  }

  const widget = <T extends Element>(tag: string) => container.querySelector<T>(tag)!;
  const output = () => JSON.parse(container.querySelector('output')!.textContent || 'null');
  async function change(): Promise<void> {
    container.querySelector<HTMLButtonElement>('#change')!.click();
    await nextTick();
  }

  it('<spasm-timer>: minutes from Vue, its start event in a Vue handler, minutes from new state', async () => {
    await mount(app('spasm-timer', 'minutes', 'onSpasmTimerStart', 7, 12));
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

    part(timer, 'primary-button').click();
    await nextTick();
    expect(timer.state).to.equal('running');
    expect(output()).to.deep.equal({ mode: 'cold', durationMs: 12 * MINUTE, remainingMs: 12 * MINUTE });
  });

  // Vue hyphenates what follows `on` (`onSpasm-timer-start` too); `on:` keeps the name as written.
  for (const handler of ['onSpasmTimerStart', 'onSpasm-timer-start', 'on:spasm-timer-start']) {
    it(`<spasm-timer>: a mode string, a start() call and a handler named ${handler}`, async () => {
      const details: TimerEventDetail[] = [];
      const record = (event: CustomEvent<TimerEventDetail>) => details.push(event.detail);
      await mount(defineComponent(() => () => h('spasm-timer', { mode: 'heat', minutes: 5, [handler]: record })));
      const timer = widget<SpasmTimer>('spasm-timer');
      expect(timer.mode).to.equal('heat');
      timer.start();
      expect(details).to.deep.equal([{ mode: 'heat', durationMs: 5 * MINUTE, remainingMs: 5 * MINUTE }]);
    });
  }

  it('<spasm-checklist>: steps array from Vue, its change event in a Vue handler, steps from new state', async () => {
    await mount(app('spasm-checklist', 'steps', 'onSpasmChecklistChange', FIRST_STEP, STEPS));
    const list = widget<SpasmChecklist>('spasm-checklist');
    await list.updateComplete;
    expect(list.steps).to.deep.equal(FIRST_STEP);
    expect(list.total).to.equal(1);
    expect(partText(list, 'progress')).to.equal('0 of 1 done');

    tickStep(list);
    await nextTick();
    expect(output()).to.deep.equal({ id: 'walk', checked: true, done: 1, total: 1 } satisfies ChecklistChangeDetail);

    await change();
    await list.updateComplete;
    expect(list.total).to.equal(2);
    expect(list.done).to.equal(1);
    expect(partText(list, 'progress')).to.equal('1 of 2 done');
  });

  it('<spasm-quiz>: questions array from Vue, its answer event in a Vue handler, questions from new state', async () => {
    await mount(app('spasm-quiz', 'questions', 'onSpasmQuizAnswer', FIRST_QUESTIONS, QUESTIONS));
    const quiz = widget<SpasmQuiz>('spasm-quiz');
    await quiz.updateComplete;
    expect(quiz.questions).to.deep.equal(FIRST_QUESTIONS);
    expect(quiz.total).to.equal(2);

    await answer(quiz, 'true');
    await nextTick();
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
