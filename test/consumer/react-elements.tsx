// The widgets' plain tags in React 19 JSX, typed by one import: properties,
// attributes and `on<event>` handlers as the widgets declare them, `class`
// and `style` allowed; a wrong one does not compile.
import type {} from 'spasm-widgets/types/react';
import type { ChecklistStep, TimerMode } from 'spasm-widgets';

const steps: ChecklistStep[] = [{ id: 'walk', title: 'Walk a little' }];

export function BackCarePage({ onMode }: { onMode(mode: TimerMode): void }) {
  return (
    <>
      <spasm-checklist
        class="card"
        style={{ maxWidth: '40rem' }}
        timer="back-timer"
        steps={steps}
        emergency-number="112"
        onspasm-checklist-change={(event) => console.log(event.detail.done, event.detail.total)}
      />
      <spasm-timer
        id="back-timer"
        minutes={15}
        mode="heat"
        persist
        onspasm-timer-complete={(event) => onMode(event.detail.mode)}
      />
      <spasm-quiz shuffle heading-level={3} onspasm-quiz-complete={(event) => console.log(event.detail.score)} />
      {/* @ts-expect-error: `minutes` is a number */}
      <spasm-timer minutes="lots" />
      {/* @ts-expect-error: steps are objects, not a number */}
      <spasm-checklist steps={42} />
      {/* @ts-expect-error: `mode` is cold or heat */}
      <spasm-timer mode="warm" />
      {/* @ts-expect-error: a timer session's detail has no `score` */}
      <spasm-timer onspasm-timer-complete={(event) => console.log(event.detail.score)} />
      {/* @ts-expect-error: `total` is read-only, no prop */}
      <spasm-quiz total={3} />
    </>
  );
}
