/**
 * What the React and the Vue tests share: the same three apps (a widget whose
 * prop comes from the framework's state, a button that changes it, the last
 * event's detail in an `<output>`) and the same checks. Each framework test
 * gives how it mounts an app, waits for a render and unmounts.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { ChecklistChangeDetail, SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { QuizAnswerDetail, SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { answer, QUESTIONS, STEPS, tickStep } from '../fixtures.js';
import { MINUTE, part, partText } from '../helpers.js';

// Each app starts with the first steps or questions and changes to all of them.
const FIRST_STEP = STEPS.slice(0, 1);
const FIRST_QUESTIONS = QUESTIONS.slice(0, 2);

type Counting = (SpasmChecklist | SpasmQuiz) & { total: number };

/** The apps whose prop is an array of content, what a user does in them and the detail of the event that follows. */
const ARRAY_APPS: (AppSpec & {
  initial: unknown[];
  next: unknown[];
  use(element: Counting): unknown;
  detail: unknown;
  before?(element: Counting): void;
  after?(element: Counting): void;
})[] = [
  {
    tag: 'spasm-checklist',
    prop: 'steps',
    event: 'spasm-checklist-change',
    initial: FIRST_STEP,
    next: STEPS,
    use: (list) => tickStep(list),
    detail: { id: 'walk', checked: true, done: 1, total: 1 } satisfies ChecklistChangeDetail,
    before: (list) => expect(partText(list, 'progress')).to.equal('0 of 1 done'),
    after: (list) => {
      expect((list as SpasmChecklist).done).to.equal(1);
      expect(partText(list, 'progress')).to.equal('1 of 2 done');
    },
  },
  {
    tag: 'spasm-quiz',
    prop: 'questions',
    event: 'spasm-quiz-answer',
    initial: FIRST_QUESTIONS,
    next: QUESTIONS,
    use: (quiz) => answer(quiz, 'true'),
    detail: { questionId: 'tf', correct: true, selected: ['true'] } satisfies QuizAnswerDetail,
  },
];

/** An app: `tag` with `prop` from state (`initial`, then `next` on the #change button), `event`'s detail shown. */
export interface AppSpec {
  tag: string;
  prop: string;
  event: string;
  initial: unknown;
  next: unknown;
}

export interface Framework {
  /** "React 19", "Vue 3". */
  name: string;
  /** Renders the app into the container. */
  mountApp(container: HTMLElement, app: AppSpec): Promise<void>;
  /** Runs a user action, then lets the framework render. */
  act(action: () => unknown): Promise<void>;
  unmount(): Promise<void>;
  /** React passes an array prop as it is; Vue passes a reactive proxy of it. */
  sameArray: boolean;
}

/** What a framework's own tests get: the container and a widget in it. */
export interface AppContext {
  container(): HTMLElement;
  widget<T extends Element>(tag: string): T;
}

/** The shared tests, in one `describe`, and the framework's own tests (`more`) in the same one. */
export function describeApps(framework: Framework, more: (context: AppContext) => void): void {
  describe(`widgets in a ${framework.name} app`, () => {
    let container: HTMLElement;

    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
    });

    afterEach(async () => {
      await framework.unmount();
      container.remove();
    });

    const widget = <T extends Element>(tag: string) => container.querySelector<T>(tag)!;
    const output = () => JSON.parse(container.querySelector('output')!.textContent || 'null');
    const change = () => framework.act(() => container.querySelector<HTMLButtonElement>('#change')!.click());
    const sameItems = (actual: unknown, expected: unknown) =>
      framework.sameArray ? expect(actual).to.equal(expected) : expect(actual).to.deep.equal(expected);
    const { name } = framework;

    it(`<spasm-timer>: minutes from ${name}, its start event in a ${name} handler, minutes from new state`, async () => {
      await framework.mountApp(container, {
        tag: 'spasm-timer',
        prop: 'minutes',
        event: 'spasm-timer-start',
        initial: 7,
        next: 12,
      });
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

      await framework.act(() => part(timer, 'primary-button').click());
      expect(timer.state).to.equal('running');
      expect(output()).to.deep.equal({ mode: 'cold', durationMs: 12 * MINUTE, remainingMs: 12 * MINUTE });
    });

    for (const array of ARRAY_APPS) {
      const { tag, prop, event } = array;
      it(`<${tag}>: ${prop} array from ${name}, its ${event.split('-').pop()} event in a ${name} handler, ${prop} from new state`, async () => {
        await framework.mountApp(container, array);
        const element = widget<Counting>(tag);
        await element.updateComplete;
        sameItems(element[prop as keyof Counting], array.initial);
        expect(element.total).to.equal(array.initial.length);
        array.before?.(element);

        await framework.act(() => array.use(element));
        expect(output()).to.deep.equal(array.detail);

        await change();
        await element.updateComplete;
        expect(element.total).to.equal(array.next.length);
        array.after?.(element);
      });
    }

    more({ container: () => container, widget });
  });
}
