/**
 * The widgets inside a Vue 3 app, with render functions (`h`, no SFC compile
 * step). Vue sets a prop as a DOM property when the element has it (`key in
 * el`: Lit's accessors, once the element is defined), so arrays and numbers
 * arrive as such. An `on<Name>` prop listens for the hyphenated name:
 * `onSpasmTimerStart` listens for `spasm-timer-start`. The shared checks are
 * in app-suite.ts.
 */
import { expect } from '@open-wc/testing';
import { createApp, defineComponent, h, nextTick, ref, type App } from 'vue';
import type { SpasmTimer, TimerEventDetail } from '../../src/timer/spasm-timer.js';
import { MINUTE } from '../helpers.js';
import { describeApps, type AppSpec } from './app-suite.js';

/** `spasm-timer-start` → `onSpasmTimerStart`, the handler prop Vue hyphenates back. */
const handlerProp = (event: string) =>
  `on${event.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;

/** The app of app-suite.ts as a Vue component. */
function app({ tag, prop, event, initial, next }: AppSpec) {
  return defineComponent(() => {
    const value = ref(initial);
    const detail = ref<unknown>(null);
    return () =>
      h('div', [
        h('button', { id: 'change', onClick: () => (value.value = next) }, 'Change'),
        h(tag, { [prop]: value.value, [handlerProp(event)]: (fired: CustomEvent) => (detail.value = fired.detail) }),
        h('output', detail.value === null ? '' : JSON.stringify(detail.value)),
      ]);
  });
}

let vueApp: App | undefined;
async function mount(container: HTMLElement, component: ReturnType<typeof defineComponent>): Promise<void> {
  vueApp = createApp(component);
  vueApp.mount(container);
  await nextTick();
}

describeApps(
  {
    name: 'Vue 3',
    mountApp: (container, spec) => mount(container, app(spec)),
    act: async (action) => {
      await action();
      await nextTick();
    },
    unmount: async () => {
      vueApp?.unmount();
      vueApp = undefined;
    },
    sameArray: false,
  },
  ({ container, widget }) => {
    // Vue hyphenates what follows `on` (`onSpasm-timer-start` too); `on:` keeps the name as written.
    for (const handler of ['onSpasmTimerStart', 'onSpasm-timer-start', 'on:spasm-timer-start']) {
      it(`<spasm-timer>: a mode string, a start() call and a handler named ${handler}`, async () => {
        const details: TimerEventDetail[] = [];
        const record = (event: CustomEvent<TimerEventDetail>) => details.push(event.detail);
        await mount(
          container(),
          defineComponent(() => () => h('spasm-timer', { mode: 'heat', minutes: 5, [handler]: record }))
        );
        const timer = widget<SpasmTimer>('spasm-timer');
        expect(timer.mode).to.equal('heat');
        timer.start();
        expect(details).to.deep.equal([{ mode: 'heat', durationMs: 5 * MINUTE, remainingMs: 5 * MINUTE }]);
      });
    }
  }
);
