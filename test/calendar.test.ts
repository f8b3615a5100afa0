/**
 * The .ics file of the next sessions, read back by a maintained iCalendar
 * parser (ical.js), not by our own code.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { calendarFile, fold, sessionStarts, type CalendarPlan } from '../src/timer/calendar.js';
import { MINUTE, MORNING } from './helpers.js';

const HOUR = 60 * MINUTE;

const plan = (changes: Partial<CalendarPlan> = {}): CalendarPlan => ({
  from: MORNING + 2 * HOUR,
  sessionMs: 15 * MINUTE,
  restMs: 2 * HOUR,
  count: 3,
  summary: 'Cold session, 15 minutes',
  description: 'Wrap the pack in a cloth; never on bare skin.',
  now: MORNING,
  owner: 'spasm-timer',
  ...changes,
});

/** The file's events, parsed by ical.js. */
function events(file: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(file));
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

describe('calendar: the next sessions as an .ics file', () => {
  it('has today’s next sessions, one every session plus rest, up to the count', () => {
    const parsed = events(calendarFile(plan()));
    expect(parsed.map((event) => event.startDate.toJSDate().getTime())).to.deep.equal([
      MORNING + 2 * HOUR,
      MORNING + 4 * HOUR + 15 * MINUTE,
      MORNING + 6 * HOUR + 30 * MINUTE,
    ]);
    expect(
      parsed.map((event) => event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime())
    ).to.deep.equal([15 * MINUTE, 15 * MINUTE, 15 * MINUTE]);
    expect(parsed[0].summary).to.equal('Cold session, 15 minutes');
    expect(parsed[0].description).to.equal('Wrap the pack in a cloth; never on bare skin.');
  });

  it('stops at local midnight: no session for tomorrow', () => {
    const lateEvening = new Date(MORNING).setHours(22, 0, 0, 0);
    expect(sessionStarts(plan({ from: lateEvening }))).to.deep.equal([lateEvening]);
    expect(events(calendarFile(plan({ from: lateEvening, count: 5 })))).to.have.length(1);
  });

  it('gives each session an alarm at its start', () => {
    const calendar = new ICAL.Component(ICAL.parse(calendarFile(plan())));
    for (const event of calendar.getAllSubcomponents('vevent')) {
      const alarm = event.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('PT0S');
    }
  });

  it('writes times in UTC, and the same UID for the same session on every download', () => {
    const file = calendarFile(plan());
    expect(file).to.match(/DTSTART:\d{8}T\d{6}Z\r\n/);
    const again = calendarFile(plan({ now: MORNING + HOUR }));
    const uids = (text: string) => events(text).map((event) => event.uid);
    expect(uids(again)).to.deep.equal(uids(file));
    expect(new Set(uids(file)).size).to.equal(3);
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    const file = calendarFile(plan());
    expect(file.endsWith('\r\n')).to.equal(true);
    expect(file.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of file.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
  });

  for (const [language, summary, description] of [
    ['Hindi', 'ठंडी सिकाई का सत्र, 15 मिनट', 'पैक को हमेशा कपड़े में लपेटें; इसे कभी भी सीधे त्वचा पर न रखें। '.repeat(4)],
    ['Arabic', 'جلسة التبريد، 15 دقيقة', 'لفّ الكمادة بقطعة قماش دائمًا؛ لا تضعها مباشرة على الجلد أبدًا. '.repeat(4)],
  ]) {
    it(`folds long ${language} lines without splitting a character, and reads them back whole`, () => {
      const file = calendarFile(plan({ summary, description }));
      const encoder = new TextEncoder();
      const lines = file.split('\r\n');
      expect(
        lines.some((line) => line.startsWith(' ')),
        'some line is folded'
      ).to.equal(true);
      for (const line of lines) {
        expect(encoder.encode(line).length).to.be.at.most(75);
        // A split character would leave a lone surrogate or replacement character.
        expect(line).not.to.include('\uFFFD');
      }
      const [event] = events(file);
      expect(event.summary).to.equal(summary);
      expect(event.description).to.equal(description);
    });
  }

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    const description = 'Cold; then heat, later.\nA \\ backslash';
    expect(events(calendarFile(plan({ description })))[0].description).to.equal(description);
  });

  it('folds at 75 octets, continuation lines at 74 after their space', () => {
    const folded = fold('X'.repeat(200)).split('\r\n');
    expect(folded.map((line) => line.length)).to.deep.equal([75, 75, 52]);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).to.equal(true);
  });
});
