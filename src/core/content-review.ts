/**
 * The review record of the widgets' medical content. docs/medical-content.md
 * states the same values (scripts/check-content.mjs keeps them equal). After
 * `nextReview` every widget warns once and exposes `:state(review-overdue)`,
 * so a site learns that the advice it shows is due to be checked again.
 */
export const CONTENT_REVIEW = {
  version: '2026.11',
  reviewed: '2026-11-23',
  nextReview: '2027-11-23',
} as const;

let warned = false;

/** True after the next-review date; the first overdue widget on a page warns. */
export function reviewOverdue(now: number, element: string): boolean {
  const overdue = now > Date.parse(CONTENT_REVIEW.nextReview);
  if (overdue && !warned) {
    warned = true;
    console.warn(`<${element}> content ${CONTENT_REVIEW.version} was due for review on ${CONTENT_REVIEW.nextReview}.`);
  }
  return overdue;
}
