/**
 * The checklist's content model (the check of a host's steps is in
 * checklist-check.ts). Pure: no DOM, no messages.
 */
import { lazy } from '../core/lazy.js';
import type { ContentChecker } from '../core/host-content.js';

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

/**
 * The check of a host's steps: loaded only by pages that have some. Here, not
 * in the element's module, so a server can load it before it renders (src/ssr)
 * and show the host's steps in its first render.
 */
export const stepsChecker = lazy<ContentChecker<ChecklistStep>>(() =>
  import('./checklist-check.js').then((module) => module.checkSteps)
);

/** How many of `steps` are ticked. Ticks of steps no longer shown do not count (but are kept). */
export function countDone(steps: readonly Pick<ChecklistStep, 'id'>[], ticked: ReadonlySet<string>): number {
  return steps.filter((step) => ticked.has(step.id)).length;
}
