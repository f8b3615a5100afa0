/**
 * The review record of the widgets' medical content. docs/medical-content.md
 * states the same values (scripts/check-content.mjs keeps them equal). After
 * the next review's date every widget exposes `:state(review-overdue)` and
 * the first on a page warns, so a site learns that the advice it shows is due
 * to be checked again. Only that date is in every drop-in (spasm-element.ts);
 * the record is shown by the sources panel, and loads with it, as does the
 * warning: one chunk, whichever needs it first.
 */
import { NEXT_REVIEW } from './review-date.js';

export const CONTENT_REVIEW = {
  version: '2026.11',
  reviewed: '2026-11-23',
  nextReview: NEXT_REVIEW,
} as const;
