'use client';
// The checklist through `spasm-widgets/react`: its steps from this app, its
// change event in this app's state. Rendered on the server as the bare tag,
// then hydrated; the wrapper sets `steps` and listens for the event after
// hydration, where React 19 alone drops both (React issue 35446).
import { useState } from 'react';
import type { ChecklistChangeDetail, ChecklistStep } from 'spasm-widgets';
import { SpasmChecklist } from 'spasm-widgets/react';

const steps: ChecklistStep[] = [
  { id: 'stretch', title: 'Stretch gently' },
  { id: 'walk', title: 'Walk for 5 minutes' },
  { id: 'rest', title: 'Rest on your side' },
];

export function FirstAid() {
  const [lastChange, setLastChange] = useState<ChecklistChangeDetail | null>(null);
  return (
    <>
      <SpasmChecklist steps={steps} onChange={(event) => setLastChange(event.detail)} />
      <output id="last-change">{lastChange ? JSON.stringify(lastChange) : ''}</output>
    </>
  );
}
