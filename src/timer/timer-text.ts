/**
 * Every sentence and label the timer shows or announces, in the widget's
 * language. Call only inside the widget's locale (its render, or
 * `inLocale`): msg() resolves there. A `locale` argument is the one its
 * times and numbers are formatted in: the widget's own tag, `en-GB` where
 * the messages are `en` (format.ts `formatLocale`). The counted sentence has one message
 * per CLDR plural category (but "zero": a count of zero is not shown), so
 * translators can write every form their language needs.
 */
import { formatDuration, formatNumber, formatTimeOfDay, plural } from '../core/format.js';
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../core/localization.js';
import type { TimerChange } from './timer-events.js';
import type { TimerMode, TimerStatus } from './timer-machine.js';

/**
 * What the live region says: a change of state (a start with its length), a milestone, or a sentence of
 * a part that loads when used (session-companion.ts, start-day-disclosure.ts), made in the widget's language when it renders.
 */
export type Announcement =
  | { kind: 'start'; sessionMs: number }
  | { kind: 'left'; ms: number }
  | { kind: Exclude<TimerChange, 'start'> | 'complete'; sessionMs?: number }
  | (() => string);

export const titleText = (): string =>
  msg('Ice and heat timer', { id: 'timer.title', desc: 'Title of the timer widget. Short: about 25 characters.' });

export const modesLegend = (): string =>
  msg('Therapy', { id: 'timer.modes.legend', desc: 'Label of the cold/heat switch.' });

export function modeName(mode: TimerMode): string {
  return mode === 'cold'
    ? msg('Cold', {
        id: 'timer.mode.cold',
        desc: 'Name of cold (ice pack) therapy, on the mode switch and under the time. One word if possible.',
      })
    : msg('Heat', {
        id: 'timer.mode.heat',
        desc: 'Name of heat (heat pad) therapy, on the mode switch and under the time. One word if possible.',
      });
}

/** The accessible name of the big countdown: "14 minutes, 59 seconds left". */
export function timeLabel(leftMs: number, locale: string): string {
  return msg(str`${formatDuration(leftMs, locale, 'second')} left`, {
    id: 'timer.time.label',
    desc: 'Read by screen readers for the big countdown. ${0} is a duration such as "14 minutes, 59 seconds".',
  });
}

/** Shown under the time while paused or done. */
export function statusText(status: TimerStatus): string | undefined {
  if (status === 'paused')
    return msg('Paused', { id: 'timer.status.paused', desc: 'Shown under the time while the session is paused.' });
  if (status === 'done')
    return msg('Session complete', { id: 'timer.status.done', desc: 'Shown under the time when a session has ended.' });
  return undefined;
}

export function primaryLabel(status: TimerStatus): string {
  if (status === 'running')
    return msg('Pause', {
      id: 'timer.pause',
      desc: 'Button that pauses the running session. Short: about 12 characters.',
    });
  if (status === 'paused')
    return msg('Resume', {
      id: 'timer.resume',
      desc: 'Button that continues a paused session. Short: about 12 characters.',
    });
  return msg('Start', {
    id: 'timer.start',
    desc: 'Button that starts a cold or heat session. Short: about 12 characters.',
  });
}

export const resetLabel = (): string =>
  msg('Reset', {
    id: 'timer.reset',
    desc: 'Button that ends the session and sets the timer back. Short: about 12 characters.',
  });

export function safetyLine(mode: TimerMode): string {
  return mode === 'cold'
    ? msg(
        "Wrap the pack in a cloth or towel, never straight on your skin. Don't use it on numb or broken skin. Stop if your skin goes very red, blistered or numb.",
        {
          id: 'timer.safety.cold',
          desc: 'Safety line shown with cold sessions. Keep every point: wrapped, never on bare skin, not on numb or broken skin, stop if very red, blistered or numb.',
        }
      )
    : msg(
        "Wrap the heat pack or hot-water bottle in a towel, and don't fall asleep on it. Don't use it on numb or broken skin. Stop if your skin goes very red, blistered or numb. A low-heat wrap worn for hours follows its maker's instructions, not this timer.",
        {
          id: 'timer.safety.heat',
          desc: "Safety line shown with heat sessions. Keep every point: wrapped, don't fall asleep on it, not on numb or broken skin, stop if very red, blistered or numb, low-heat wraps follow their maker's instructions.",
        }
      );
}

/** Inside the ring while the skin rests: "Next session at 11:15", the time large. */
export function nextSessionText(restEnd: number, locale: string): TemplateResult {
  return msg(html`Next session at <span class="clock">${formatTimeOfDay(restEnd, locale)}</span>`, {
    id: 'timer.next',
    desc: 'Large, inside the timer ring while the skin rests. ${0} is a clock time (11:15), shown large: keep the tags around it.',
  });
}

/** The first thing to read when a session has ended: what to do now. */
export function takeOffText(): string {
  return msg('Take the pack off now.', {
    id: 'timer.done.takeOff',
    desc: 'Large message when a cold or heat session ends: remove the ice or heat pack.',
  });
}

/** "Let your skin rest. Next session from 11:15 (in 2 hours)." */
export function restLine(restEnd: number, now: number, locale: string): string {
  return msg(
    str`Let your skin rest. Next session from ${formatTimeOfDay(restEnd, locale)} (in ${formatDuration(restEnd - now, locale, 'minute')}).`,
    {
      id: 'timer.rest',
      desc: 'After a session. ${0} is a clock time (14:30); ${1} is the time left, e.g. "1 hour, 45 minutes".',
    }
  );
}

export function announcementText(announcement: Announcement, locale: string): string {
  if (typeof announcement === 'function') return announcement();
  switch (announcement.kind) {
    case 'start':
      // The session's own length: `minutes` may have changed since it started.
      return msg(str`Session started: ${formatDuration(announcement.sessionMs, locale, 'minute')}.`, {
        id: 'timer.announce.started',
        desc: 'Screen reader announcement when a session starts. ${0} is its length, e.g. "15 minutes".',
      });
    case 'left':
      return msg(str`${formatDuration(announcement.ms, locale, 'minute')} left.`, {
        id: 'timer.announce.left',
        desc: 'Screen reader announcement at 5 and at 1 minute left. ${0} is e.g. "5 minutes".',
      });
    case 'pause':
      return msg('Paused.', {
        id: 'timer.announce.paused',
        desc: 'Screen reader announcement when the session is paused.',
      });
    case 'resume':
      return msg('Resumed.', {
        id: 'timer.announce.resumed',
        desc: 'Screen reader announcement when the session continues.',
      });
    case 'reset':
      return msg('Timer reset.', {
        id: 'timer.announce.reset',
        desc: 'Screen reader announcement when the timer is set back.',
      });
    case 'complete':
      return msg('Session complete. Take the pack off and let your skin rest.', {
        id: 'timer.announce.done',
        desc: 'Screen reader announcement when a session ends.',
      });
  }
}

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

export const startDayLegend = (): string =>
  msg('When did the spasm start?', {
    id: 'timer.episode.legend',
    desc: 'Legend of a short question with three answers (today / yesterday / 2 or more days ago). The answer decides whether cold or heat is recommended.',
  });

export const calendarLabel = (): string =>
  msg('Add the next sessions to my calendar', {
    id: 'timer.calendar.add',
    desc: "Button that downloads a calendar file with today's next sessions. About 40 characters.",
  });
