/**
 * The quiz's counted sentence, one message per CLDR plural category of the
 * score, so translators can write every form their language needs. Call
 * only while rendering: msg() resolves in the widget's locale.
 */
import { countOfTotal } from '../core/format.js';
import { msg, str } from '../core/localization.js';

export const titleText = (): string =>
  msg('Quiz: look after your back', { id: 'quiz.title', desc: 'Title of the prevention quiz widget. Short.' });

/** Shown only by a server-rendered quiz whose script hasn't run (src/ssr): the answers can't be checked. */
export const needsScriptText = (): string =>
  msg('This quiz needs JavaScript to check your answers.', {
    id: 'quiz.needsScript',
    desc: 'Shown under the first question when the page runs no JavaScript (blocked or off), so the answers cannot be checked. Calm, plain.',
  });

/** "You got 6 of 9 right". */
export function scoreText(score: number, total: number, locale: string): string {
  // One message per CLDR plural category of the first number.
  return countOfTotal(score, total, locale, (s, t) => ({
    zero: msg(str`You got ${s} of ${t} right`, {
      id: 'quiz.score.zero',
      desc: 'The score, CLDR plural form "zero" of the first number (right answers); the second is the number of questions. If your language has no "zero" form, translate it like "other".',
    }),
    one: msg(str`You got ${s} of ${t} right`, {
      id: 'quiz.score.one',
      desc: 'The score, CLDR plural form "one" of the first number (right answers); the second is the number of questions. If your language has no "one" form, translate it like "other".',
    }),
    two: msg(str`You got ${s} of ${t} right`, {
      id: 'quiz.score.two',
      desc: 'The score, CLDR plural form "two" of the first number (right answers); the second is the number of questions. If your language has no "two" form, translate it like "other".',
    }),
    few: msg(str`You got ${s} of ${t} right`, {
      id: 'quiz.score.few',
      desc: 'The score, CLDR plural form "few" of the first number (right answers); the second is the number of questions. If your language has no "few" form, translate it like "other".',
    }),
    many: msg(str`You got ${s} of ${t} right`, {
      id: 'quiz.score.many',
      desc: 'The score, CLDR plural form "many" of the first number (right answers); the second is the number of questions. If your language has no "many" form, translate it like "other".',
    }),
    other: msg(str`You got ${s} of ${t} right`, {
      id: 'quiz.score.other',
      desc: 'The score, CLDR plural form "other" (every language has it) of the first number (right answers); the second is the number of questions.',
    }),
  }));
}
