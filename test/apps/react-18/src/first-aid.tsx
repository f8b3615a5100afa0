// The checklist through `spasm-widgets/react`: its steps from this app, its
// change event in this app's state.
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
    <main>
      <h1>Back spasm: first aid</h1>
      <SpasmChecklist steps={steps} onChange={(event) => setLastChange(event.detail)} />
      <output id="last-change">{lastChange ? JSON.stringify(lastChange) : ''}</output>
    </main>
  );
}
