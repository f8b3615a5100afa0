/**
 * The checklist's title, its counted sentence (one message per CLDR plural
 * category of the number done, so translators can write every form their
 * language needs) and what its live region says. Call only while rendering:
 * msg() resolves in the widget's locale.
 */
import { countOfTotal } from '../core/format.js';
import { msg, str } from '../core/localization.js';

export const titleText = (): string =>
  msg('First aid for a back spasm', { id: 'checklist.title', desc: 'Title of the checklist widget. Short.' });

/** "3 of 7 done". */
export function progressText(done: number, total: number, locale: string): string {
  // One message per CLDR plural category of the first number.
  return countOfTotal(done, total, locale, (d, t) => ({
    zero: msg(str`${d} of ${t} done`, {
      id: 'checklist.progress.zero',
      desc: 'Progress, CLDR plural form "zero" of the first number (steps done); the second is the total. If your language has no "zero" form, translate it like "other".',
    }),
    one: msg(str`${d} of ${t} done`, {
      id: 'checklist.progress.one',
      desc: 'Progress, CLDR plural form "one" of the first number (steps done); the second is the total. If your language has no "one" form, translate it like "other".',
    }),
    two: msg(str`${d} of ${t} done`, {
      id: 'checklist.progress.two',
      desc: 'Progress, CLDR plural form "two" of the first number (steps done); the second is the total. If your language has no "two" form, translate it like "other".',
    }),
    few: msg(str`${d} of ${t} done`, {
      id: 'checklist.progress.few',
      desc: 'Progress, CLDR plural form "few" of the first number (steps done); the second is the total. If your language has no "few" form, translate it like "other".',
    }),
    many: msg(str`${d} of ${t} done`, {
      id: 'checklist.progress.many',
      desc: 'Progress, CLDR plural form "many" of the first number (steps done); the second is the total. If your language has no "many" form, translate it like "other".',
    }),
    other: msg(str`${d} of ${t} done`, {
      id: 'checklist.progress.other',
      desc: 'Progress, CLDR plural form "other" (every language has it) of the first number (steps done); the second is the total.',
    }),
  }));
}

/** What the live region says: the progress after a tick, that every step is done, or that the ticks were cleared. */
export type ChecklistAnnouncement = 'progress' | 'complete' | 'cleared';

export function announcementText(
  announcement: ChecklistAnnouncement,
  done: number,
  total: number,
  locale: string
): string {
  const texts: Record<ChecklistAnnouncement, string> = {
    progress: progressText(done, total, locale),
    complete: msg('All steps done.', {
      id: 'checklist.announce.complete',
      desc: 'Screen reader announcement when every step is ticked.',
    }),
    cleared: msg('All ticks cleared. Press Undo to bring them back.', {
      id: 'checklist.announce.cleared',
      desc: 'Screen reader announcement after "Start over".',
    }),
  };
  return texts[announcement];
}
