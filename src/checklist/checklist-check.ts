/**
 * The check of a host's steps. Loaded only when a host supplies them. Pure:
 * no DOM, no messages, so hosts' documents can be checked table-driven.
 */
import { checkList, isVisibleText, type ContentReport } from '../core/content-check.js';
import { THERAPIES, type ChecklistStep, type Therapy } from './checklist-content.js';

/** The most steps a checklist shows: more would be no first aid, and costs every page time to render. */
export const MAX_STEPS = 50;

/**
 * Keeps the valid steps of a host document: an array of steps, or
 * `{ "steps": [...] }`, or its JSON text. Bad steps are dropped one by one.
 */
export function checkSteps(input: unknown): ContentReport<ChecklistStep> {
  return checkList(input, 'steps', 'step', MAX_STEPS, ({ id, title, detail, therapy }) => {
    if (!isVisibleText(title)) return { problem: 'has an empty title' };
    const knownTherapy = THERAPIES.includes(therapy as Therapy);
    const step: ChecklistStep = {
      id: id as string,
      title,
      ...(isVisibleText(detail) && { detail }),
      ...(knownTherapy && { therapy: therapy as Therapy }),
    };
    return therapy === undefined || knownTherapy ? { item: step } : { item: step, problem: 'has an unknown therapy' };
  });
}
