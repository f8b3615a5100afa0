/**
 * The review record of the widgets' medical content. docs/medical-content.md
 * states the same values (scripts/check-content.mjs keeps them equal). After
 * the next review's date every widget exposes `:state(review-overdue)` and
 * the first on a page warns, so a site learns that the advice it shows is due
 * to be checked again. Only that date is in every drop-in (spasm-element.ts);
 * this module loads with the sources panel, or with the warning.
 */
import { NEXT_REVIEW } from './review-date.js';

export const CONTENT_REVIEW = {
  version: '2026.11',
  reviewed: '2026-11-23',
  nextReview: NEXT_REVIEW,
} as const;

let warned = false;

/** The first overdue widget on a page warns. */
export function warnReviewOverdue(element: string): void {
  if (warned) return;
  warned = true;
  console.warn(`<${element}> content ${CONTENT_REVIEW.version} was due for review on ${CONTENT_REVIEW.nextReview}.`);
}
