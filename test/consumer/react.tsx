// A React consumer of `spasm-widgets/react`: the props are the widgets' own
// properties and events, typed; a wrong one does not compile.
import { SpasmChecklist, SpasmQuiz, SpasmTimer } from 'spasm-widgets/react';
import type { ChecklistStep, TimerMode } from 'spasm-widgets';

const steps: ChecklistStep[] = [{ id: 'walk', title: 'Walk a little' }];

export function BackCare({ onMode }: { onMode(mode: TimerMode): void }) {
  return (
    <>
      <SpasmChecklist
        timer="back-timer"
        steps={steps}
        onChange={(event) => console.log(event.detail.done, event.detail.total)}
        onUrgent={(event) => console.log(event.detail.tier)}
      />
      <SpasmTimer id="back-timer" minutes={15} mode="heat" onComplete={(event) => onMode(event.detail.mode)} />
      <SpasmQuiz shuffle onComplete={(event) => console.log(event.detail.score)} />
      {/* @ts-expect-error: `minutes` is a number */}
      <SpasmTimer minutes="15" />
      {/* @ts-expect-error: steps are objects, not a string */}
      <SpasmChecklist steps="walk" />
      {/* @ts-expect-error: the timer has no `onUrgent` event */}
      <SpasmTimer onUrgent={() => undefined} />
      {/* @ts-expect-error: `total` is read-only */}
      <SpasmChecklist total={3} />
      {/* @ts-expect-error: a change's detail has no `score` */}
      <SpasmChecklist onChange={(event) => console.log(event.detail.score)} />
    </>
  );
}
