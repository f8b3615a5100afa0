/**
 * The widgets inside a React 19 app, with plain `createElement` (no JSX step).
 * React 19 sets a custom element's props as properties when the element has
 * them (so arrays and numbers arrive as such), and `on<event-name>` props with
 * the event's exact, case-sensitive name add event listeners. The shared
 * checks are in app-suite.ts.
 */
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import type { SpasmTimer, TimerEventDetail } from '../../src/timer/spasm-timer.js';
import { MINUTE } from '../helpers.js';
import { describeApps, type AppSpec } from './app-suite.js';

const { act, createElement: h, useState } = React;

// Tells React that updates are wrapped in act(), which flushes renders and effects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The app of app-suite.ts as a React component. */
function app({ tag, prop, event, initial, next }: AppSpec) {
  return function App() {
    const [value, setValue] = useState(initial);
    const [detail, setDetail] = useState<unknown>(null);
    return h(
      'div',
      null,
      h('button', { id: 'change', onClick: () => setValue(next) }, 'Change'),
      h(tag, { [prop]: value, [`on${event}`]: (fired: Event) => setDetail((fired as CustomEvent).detail) }),
      h('output', null, detail === null ? '' : JSON.stringify(detail))
    );
  };
}

let root: ReactDOMClient.Root | undefined;
async function render(container: HTMLElement, component: React.FunctionComponent): Promise<void> {
  root = ReactDOMClient.createRoot(container);
  await act(async () => root!.render(h(component)));
}

describeApps(
  {
    name: 'React 19',
    mountApp: (container, spec) => render(container, app(spec)),
    act: (action) =>
      act(async () => {
        await action();
      }),
    unmount: async () => {
      await act(async () => root?.unmount());
      root = undefined;
    },
    sameArray: true,
  },
  ({ container, widget }) => {
    it('<spasm-timer>: a mode string and a start() call', async () => {
      const details: TimerEventDetail[] = [];
      await render(container(), () =>
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
  }
);
