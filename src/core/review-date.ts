/** The date the medical content is next due for review (content-review.ts has the rest of its record). */
export const NEXT_REVIEW = '2027-11-23';
