/**
 * The next sessions as an iCalendar file (RFC 5545), built in the browser:
 * no network, nothing stored. Loaded when a user first asks for it.
 */
import { msg } from '../core/localization.js';
import type { TimerMode, TimerView } from './timer-machine.js';
import { safetyLine } from './timer-text.js';

/** A calendar event's title, in the widget's language (call inside its locale). */
export function calendarSummary(mode: TimerMode): string {
  return mode === 'cold'
    ? msg('Cold session (ice pack)', {
        id: 'timer.calendar.cold',
        desc: 'Title of a calendar event for a cold session.',
      })
    : msg('Heat session (heat pad)', {
        id: 'timer.calendar.heat',
        desc: 'Title of a calendar event for a heat session.',
      });
}

/** Today's next sessions. */
export interface NextSessions {
  /** When the skin has rested enough for the next session (ms since the epoch). */
  from: number;
  /** Each session's length, and the rest after it, in ms. */
  sessionMs: number;
  restMs: number;
  /** At most this many sessions, and only those that start before local midnight. */
  count: number;
}

/** The start of each of today's next sessions: `from`, then one every session plus rest, up to `count`. */
export function sessionStarts({ from, sessionMs, restMs, count }: NextSessions): number[] {
  const midnight = new Date(from).setHours(24, 0, 0, 0);
  const starts: number[] = [];
  for (let start = from; starts.length < count && start < midnight; start += sessionMs + restMs) starts.push(start);
  return starts;
}

export interface CalendarPlan extends NextSessions {
  /** The event's title and description, in the widget's language. */
  summary: string;
  description: string;
  /** When the file is made (DTSTAMP). */
  now: number;
  /** Tells apart the sessions of one widget from another's (the storage key or tag). */
  owner: string;
}

/** A UTC date-time, e.g. 20261123T140500Z. */
function utc(time: number): string {
  return new Date(time).toISOString().replace(/[-:]|\.\d+/g, '');
}

/**
 * Every line break (Unicode's mandatory breaks: CRLF, LF, CR, VT, FF, NEL, LS, PS):
 * some reader of the file ends a line at each, and a line of a site's text must
 * never become a property or an event of its own.
 */
const LINE_BREAK = /\r\n|[\n\v\f\r\x85\u2028\u2029]/g;
/** Control characters (C0, DEL, C1): TEXT has no place for them (RFC 5545 3.3.11). */
const CONTROL = /\p{Cc}/gu;

/**
 * A TEXT value: backslash, semicolon and comma escaped, each line break an
 * escaped newline, a tab a space, any other control character dropped
 * (RFC 5545 3.3.11). The summary and description may be a site's words.
 */
function text(value: string): string {
  return value
    .replace(/[\\;,]/g, '\\$&')
    .replace(LINE_BREAK, '\\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
}

/**
 * Folds a content line to at most 75 octets of UTF-8 per line, each
 * continuation starting with a space (RFC 5545 3.1). Never splits a
 * character: a Hindi or Arabic letter is 2 to 4 octets.
 */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; later ones 74 after their leading space.
    if (octets + size > (lines.length ? 74 : 75)) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** The calendar, with one event per session, each with an alarm at its start; lines end in CRLF. */
export function calendarFile(plan: CalendarPlan): string {
  const events = sessionStarts(plan).flatMap((start) => [
    'BEGIN:VEVENT',
    // The same session gets the same UID whenever it is downloaded: a calendar updates it instead of adding a copy.
    `UID:${start}-${plan.owner.replace(/[^\w-]/g, '')}@spasm-widgets`,
    `DTSTAMP:${utc(plan.now)}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(start + plan.sessionMs)}`,
    `SUMMARY:${text(plan.summary)}`,
    `DESCRIPTION:${text(plan.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:PT0M',
    `DESCRIPTION:${text(plan.summary)}`,
    'END:VALARM',
    'END:VEVENT',
  ]);
  return (
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//spasm-widgets//timer//EN',
      'CALSCALE:GREGORIAN',
      ...events,
      'END:VCALENDAR',
    ]
      .map(fold)
      .join('\r\n') + '\r\n'
  );
}

/** Offers `contents` as a download, from a blob: works under a strict Content-Security-Policy. */
export function download(contents: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url));
}

/**
 * Downloads today's next sessions after the rest the timer shows (`view`),
 * titled and described in the widget's language: `inLocale` runs the
 * message lookups there.
 */
export function downloadNextSessions(
  { restEnd, sessionMs, mode }: TimerView,
  restMs: number,
  count: number,
  now: number,
  owner: string,
  inLocale: <T>(text: () => T) => T
): void {
  if (restEnd === undefined) return;
  const [summary, description] = inLocale(() => [calendarSummary(mode), safetyLine(mode)]);
  download(
    calendarFile({ from: restEnd, sessionMs, restMs, count, summary, description, now, owner }),
    'back-spasm-sessions.ics'
  );
}
