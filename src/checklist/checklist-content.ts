import { checkList, isText, type CheckedContent } from '../core/host-content.js';

/**
 * The checklist's content model and its validation. Pure: no DOM, no
 * messages, so hosts' documents can be checked table-driven.
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

/** The most steps a checklist shows: more would be no first aid, and costs every page time to render. */
export const MAX_STEPS = 50;

/**
 * Keeps the valid steps of a host document: an array of steps, or
 * `{ "steps": [...] }`, or its JSON text. Bad steps are dropped one by one.
 */
export function checkSteps(input: unknown): CheckedContent<ChecklistStep> {
  return checkList(input, 'steps', 'step', MAX_STEPS, ({ id, title, detail, therapy }) => {
    if (!isText(title)) return { problem: 'has an empty title' };
    const knownTherapy = THERAPIES.includes(therapy as Therapy);
    const step: ChecklistStep = {
      id: id as string,
      title,
      ...(isText(detail) && { detail }),
      ...(knownTherapy && { therapy: therapy as Therapy }),
    };
    return therapy === undefined || knownTherapy ? { item: step } : { item: step, problem: 'has an unknown therapy' };
  });
}

/** How many of `steps` are ticked. Ticks of steps no longer shown do not count (but are kept). */
export function countDone(steps: readonly Pick<ChecklistStep, 'id'>[], ticked: ReadonlySet<string>): number {
  return steps.filter((step) => ticked.has(step.id)).length;
}
