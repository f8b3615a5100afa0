import { hostList, type CheckedContent } from '../core/host-content.js';

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

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Why a step cannot be shown, or undefined when it can. */
function stepProblem(step: Partial<Record<keyof ChecklistStep, unknown>> | null, seen: ReadonlySet<string>) {
  if (!isText(step?.id)) return 'has no id';
  if (seen.has(step.id)) return `repeats the id "${step.id}"`;
  if (!isText(step.title)) return `("${step.id}") has an empty title`;
  return undefined;
}

/**
 * Keeps the valid steps of a host document: an array of steps, or
 * `{ "steps": [...] }`, or its JSON text. Bad steps are dropped one by one.
 */
export function checkSteps(input: unknown): CheckedContent<ChecklistStep> {
  const { list, problem } = hostList(input, 'steps');
  if (!list) return { items: [], problems: [problem!] };

  const problems: string[] = [];
  const seen = new Set<string>();
  const steps: ChecklistStep[] = [];
  list.forEach((value, index) => {
    const step = value as Partial<Record<keyof ChecklistStep, unknown>> | null;
    const problem = stepProblem(step, seen);
    if (problem) {
      problems.push(`step ${index + 1} ${problem}`);
      return;
    }
    const { id, title, detail, therapy } = step as Record<keyof ChecklistStep, string>;
    seen.add(id);
    const knownTherapy = THERAPIES.includes(therapy as Therapy);
    if (therapy !== undefined && !knownTherapy) problems.push(`step ${index + 1} ("${id}") has an unknown therapy`);
    steps.push({ id, title, ...(isText(detail) && { detail }), ...(knownTherapy && { therapy: therapy as Therapy }) });
  });
  return { items: steps, problems };
}

/** How many of `steps` are ticked. Ticks of steps no longer shown do not count (but are kept). */
export function countDone(steps: readonly ChecklistStep[], ticked: ReadonlySet<string>): number {
  return steps.filter((step) => ticked.has(step.id)).length;
}

/** What `persist` stores: the ids of the ticked steps. */
export interface StoredTicks {
  version: 1;
  ticked: string[];
}

/** The ticked ids of a stored value, or undefined when it is not a stored checklist. */
export function checkStoredTicks(value: unknown): string[] | undefined {
  const ticked = (value as Partial<StoredTicks> | null)?.ticked;
  return (value as Partial<StoredTicks> | null)?.version === 1 &&
    Array.isArray(ticked) &&
    ticked.every((id) => typeof id === 'string')
    ? ticked
    : undefined;
}
