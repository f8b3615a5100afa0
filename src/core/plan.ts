/**
 * What each widget gives the printed take-home plan (print-plan.ts, loaded
 * when first used): its title and lines already in its language, so the
 * plan needs none of the widgets' own code.
 */
export interface PlanPart {
  title: string;
  /** A line each; `done` marks a ticked checklist step (true) or one still to do (false). */
  items: { text: string; done?: boolean }[];
}
