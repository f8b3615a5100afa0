/**
 * The checks of `spasm-widgets/react` (src/react/), shared by the React 18 and
 * React 19 tests (react-18-wrapper.test.ts, react-19-wrapper.test.ts): the
 * components mounted with createRoot and hydrated from server HTML
 * (renderToString here in the browser, then hydrateRoot): an array and a
 * number arrive as properties, and an `on<Name>` handler gets the event's
 * detail. The same checks fail for the plain tag where React gets it wrong:
 * React 18 sets the array as an attribute and drops the event; React 19 drops
 * both while hydrating (React issue 35446).
 */
import { expect } from '@open-wc/testing';
import type React from 'react';
import type ReactDOMClient from 'react-dom/client';
import type ReactDOMServer from 'react-dom/server.browser';
import '../../src/define.js';
import type { ChecklistChangeDetail, SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { WidgetComponent } from '../../src/react/widget-component.js';
import type { SpasmTimer, TimerEventDetail } from '../../src/timer/spasm-timer.js';
import { STEPS, tickStep } from '../fixtures.js';
import { MINUTE, part, partText } from '../helpers.js';

// Tells React that updates are wrapped in act(), which flushes renders and effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FIRST_STEP = STEPS.slice(0, 1);

/** A React, its DOM renderers, and the wrapper's components made with it. */
export interface Setup {
  name: string;
  React: typeof React;
  client: typeof ReactDOMClient;
  server: typeof ReactDOMServer;
  Checklist: WidgetComponent<'spasm-checklist'>;
  Timer: WidgetComponent<'spasm-timer'>;
}
const MOUNTS = ['createRoot', 'hydrateRoot'] as const;
export type Mount = (typeof MOUNTS)[number];

let container: HTMLElement;
let unmount: (() => Promise<void>) | undefined;

/** Renders `app` into the container: on the client, or on the "server" and then hydrated. */
async function mount({ React, client, server }: Setup, how: Mount, app: () => React.ReactElement): Promise<void> {
  if (how === 'createRoot') {
    const root = client.createRoot(container);
    await React.act(async () => root.render(app()));
    unmount = () => React.act(async () => root.unmount());
  } else {
    // The server's HTML, as a page would arrive (test-only innerHTML).
    container.innerHTML = server.renderToString(app());
    let root: ReturnType<typeof client.hydrateRoot> | undefined;
    await React.act(async () => {
      root = client.hydrateRoot(container, app());
    });
    unmount = () => React.act(async () => root?.unmount());
  }
}

/** The checks: `steps` is the array given (not an attribute) and a tick calls the handler with its detail. */
async function checkChecklist(React: Setup['React'], details: ChecklistChangeDetail[]): Promise<void> {
  const list = container.querySelector<SpasmChecklist>('spasm-checklist')!;
  await list.updateComplete;
  expect(list.steps, 'steps').to.equal(FIRST_STEP);
  expect(list.hasAttribute('steps'), 'a steps attribute').to.equal(false);
  expect(list.total).to.equal(1);
  await React.act(async () => tickStep(list));
  expect(details, 'the change handler').to.deep.equal([{ id: 'walk', checked: true, done: 1, total: 1 }]);
}

/** The checks: `minutes` is the number given (not an attribute) and Start calls the handler with its detail. */
async function checkTimer(React: Setup['React'], details: TimerEventDetail[]): Promise<void> {
  const timer = container.querySelector<SpasmTimer>('spasm-timer')!;
  await timer.updateComplete;
  expect(timer.minutes, 'minutes').to.equal(7);
  expect(timer.hasAttribute('minutes'), 'a minutes attribute').to.equal(false);
  expect(partText(timer, 'time')).to.equal('07:00');
  await React.act(async () => part(timer, 'primary-button').click());
  expect(details, 'the start handler').to.deep.equal([
    { mode: 'cold', durationMs: 7 * MINUTE, remainingMs: 7 * MINUTE },
  ]);
}

/** The plain tag, as the README showed it for React 19: `steps={array}` and `onspasm-checklist-change`. */
const plainChecklist = (React: Setup['React'], details: ChecklistChangeDetail[]) => () =>
  React.createElement(
    'div',
    null,
    React.createElement('spasm-checklist', {
      steps: FIRST_STEP,
      'onspasm-checklist-change': (event: CustomEvent<ChecklistChangeDetail>) => details.push(event.detail),
    })
  );

/**
 * The wrapper's tests for one React, and the plain tag's: `plainFails` are the
 * mounts where the plain tag must fail the checks (where React mishandles it),
 * the others where it must pass them (so the checks are the right ones).
 */
export function describeWrapper(setup: Setup, plainFails: readonly Mount[]): void {
  const { name, React, Checklist, Timer } = setup;
  const h = React.createElement;

  describe(`spasm-widgets/react in ${name}`, () => {
    beforeEach(() => {
      container = document.createElement('div');
      document.body.append(container);
    });

    afterEach(async () => {
      await unmount?.();
      unmount = undefined;
      container.remove();
    });

    for (const how of MOUNTS) {
      it(`${how}: <SpasmChecklist steps={array} onChange>: the array as a property, the change's detail`, async () => {
        const details: ChecklistChangeDetail[] = [];
        await mount(setup, how, () =>
          h('div', null, h(Checklist, { steps: FIRST_STEP, onChange: (event) => details.push(event.detail) }))
        );
        await checkChecklist(React, details);
      });

      it(`${how}: <SpasmTimer minutes={7} onStart>: the number as a property, the start's detail`, async () => {
        const details: TimerEventDetail[] = [];
        await mount(setup, how, () =>
          h('div', null, h(Timer, { minutes: 7, onStart: (event) => details.push(event.detail) }))
        );
        await checkTimer(React, details);
      });

      const fails = plainFails.includes(how);
      it(`${how}: the plain <spasm-checklist> ${fails ? 'fails' : 'passes'} the same checks`, async () => {
        const details: ChecklistChangeDetail[] = [];
        await mount(setup, how, plainChecklist(React, details));
        let failure: unknown;
        await checkChecklist(React, details).catch((error: unknown) => (failure = error));
        if (fails) expect(failure, 'the checks of the plain tag').to.be.instanceOf(Error);
        else if (failure) throw failure;
      });
    }
  });
}
