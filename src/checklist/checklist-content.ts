/**
 * The checklist's content model (the check of a host's steps is in
 * checklist-check.ts). Pure: no DOM, no messages.
 */
export const THERAPIES = ['cold', 'heat'] as const;
export type Therapy = (typeof THERAPIES)[number];

export interface ChecklistStep {
  /** Stable id: ticks are stored by it. */
  id: string;
  title: string;
  /** The "how" text, shown on demand. */
  detail?: string;
  /** Cold or heat steps can start a linked `<spasm-timer>`. */
  therapy?: Therapy;
}

/** How many of `steps` are ticked. Ticks of steps no longer shown do not count (but are kept). */
export function countDone(steps: readonly Pick<ChecklistStep, 'id'>[], ticked: ReadonlySet<string>): number {
  return steps.filter((step) => ticked.has(step.id)).length;
}
