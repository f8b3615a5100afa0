/**
 * The timer's counted sentence, one message per CLDR plural category (but
 * "zero": a count of zero is not shown), so translators can write every
 * form their language needs. Call only while rendering: msg() resolves in
 * the locale of the widget being rendered.
 */
import { formatNumber, plural } from '../core/format.js';
import { msg, str } from '../core/localization.js';
import type { TimerMode } from './timer-machine.js';

/** "2 cold sessions today". */
export function sessionsToday(mode: TimerMode, count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return mode === 'cold'
    ? plural(count, locale, {
        one: msg(str`${n} cold session today`, {
          id: 'timer.count.cold.one',
          desc: 'Finished cold sessions today, CLDR plural form "one"; ${0} is the number. If your language has no "one" form, translate it like "other".',
        }),
        two: msg(str`${n} cold sessions today`, {
          id: 'timer.count.cold.two',
          desc: 'Finished cold sessions today, CLDR plural form "two"; ${0} is the number. If your language has no "two" form, translate it like "other".',
        }),
        few: msg(str`${n} cold sessions today`, {
          id: 'timer.count.cold.few',
          desc: 'Finished cold sessions today, CLDR plural form "few"; ${0} is the number. If your language has no "few" form, translate it like "other".',
        }),
        many: msg(str`${n} cold sessions today`, {
          id: 'timer.count.cold.many',
          desc: 'Finished cold sessions today, CLDR plural form "many"; ${0} is the number. If your language has no "many" form, translate it like "other".',
        }),
        other: msg(str`${n} cold sessions today`, {
          id: 'timer.count.cold.other',
          desc: 'Finished cold sessions today, CLDR plural form "other" (every language has it); ${0} is the number.',
        }),
      })
    : plural(count, locale, {
        one: msg(str`${n} heat session today`, {
          id: 'timer.count.heat.one',
          desc: 'Finished heat sessions today, CLDR plural form "one"; ${0} is the number. If your language has no "one" form, translate it like "other".',
        }),
        two: msg(str`${n} heat sessions today`, {
          id: 'timer.count.heat.two',
          desc: 'Finished heat sessions today, CLDR plural form "two"; ${0} is the number. If your language has no "two" form, translate it like "other".',
        }),
        few: msg(str`${n} heat sessions today`, {
          id: 'timer.count.heat.few',
          desc: 'Finished heat sessions today, CLDR plural form "few"; ${0} is the number. If your language has no "few" form, translate it like "other".',
        }),
        many: msg(str`${n} heat sessions today`, {
          id: 'timer.count.heat.many',
          desc: 'Finished heat sessions today, CLDR plural form "many"; ${0} is the number. If your language has no "many" form, translate it like "other".',
        }),
        other: msg(str`${n} heat sessions today`, {
          id: 'timer.count.heat.other',
          desc: 'Finished heat sessions today, CLDR plural form "other" (every language has it); ${0} is the number.',
        }),
      });
}
