/**
 * Whether a text shows a reader anything: the test a text must pass where
 * blanking it would hide something a patient needs (a warning sign, the
 * disclaimer). Pure, so any check of site or host text can share it.
 */

/**
 * Letters (category Lo) that draw as nothing: the Hangul fillers, a known way
 * to pass a "not empty" check with a name that shows as blank.
 */
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0]/g;

/**
 * At least one letter or digit a reader can see. Format characters (Cf: zero-width
 * space, soft hyphen, LRM/RLM, word joiner), controls (Cc), white space, combining
 * marks on their own and symbols such as the Braille blank (U+2800) are none; nor are
 * the Hangul fillers, which Unicode counts as letters.
 */
export function hasVisibleText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(BLANK_LETTERS, ''));
}
