import { timeNow } from './clock.js';

/**
 * The review record of the widgets' medical content. docs/medical-content.md
 * states the same values (scripts/check-content.mjs keeps them equal). The
 * version is what a site's clinician signs off (the review pack names it).
 * After the next review's date every widget says "This information is due
 * for review" beside its disclaimer, exposes `:state(review-overdue)`, and
 * the first on a page warns.
 */
export const CONTENT_REVIEW = {
  version: '2026.12',
  reviewed: '2026-12-07',
  nextReview: '2027-12-07',
} as const;

/** Whether the content is past its next review's date. */
export function reviewIsDue(now = timeNow()): boolean {
  return now > Date.parse(CONTENT_REVIEW.nextReview);
}
