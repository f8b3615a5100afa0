/**
 * Issue 28, points 5 and 6: text is text. A site's words can neither add
 * lines to the calendar file a patient downloads nor blank a safety sentence,
 * and a content child typed `APPLICATION/JSON` or with a charset is read. Each
 * case is measured from outside: the file as ical.js and a strict line reader
 * see it, the widget as a reader sees it, the console. The counts go into the
 * robustness table.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../../src/define.js';
import { overrideMessages, registerTranslation } from '../../src/index.js';
import { calendarFile } from '../../src/timer/calendar.js';
import type { SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { cleanUp, MINUTE, MORNING, part, partText, renderedIn, waitFor } from '../helpers.js';
import { Tally } from './report.js';

const tally = new Tally();

/** Runs a case with its own warning stub; a failed or throwing case counts in the robustness row. */
async function run(body: (warn: sinon.SinonStub) => Promise<void> | void): Promise<void> {
  const warn = sinon.stub(console, 'warn');
  try {
    await tally.count('text: calendar, site messages, JSON type', () => body(warn));
  } finally {
    warn.restore();
  }
}

const warnings = (warn: sinon.SinonStub) => warn.getCalls().map((call) => call.args.map(String).join(' '));

// ---------------------------------------------------------------------------------------------------------------
// The calendar file.

/**
 * Every line break some reader of a text file splits on: CRLF, LF, CR, VT, FF,
 * NEL, LS and PS (Unicode's mandatory breaks) and the information separators
 * U+001C to U+001E (Python's str.splitlines).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this reader splits on
const ANY_BREAK = /\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

/** The file's content lines as the strictest reader sees them: split at any break, then unfolded. */
function contentLines(file: string): string[] {
  const lines: string[] = [];
  for (const line of file.split(ANY_BREAK)) {
    if (/^[ \t]/.test(line) && lines.length) lines[lines.length - 1] += line.slice(1);
    else if (line) lines.push(line);
  }
  return lines;
}

/** A line's property name, or the whole line for BEGIN and END. */
const lineName = (line: string) => (/^(BEGIN|END):/.test(line) ? line : line.replace(/[:;].*/s, ''));

const EVENT_LINES = [
  'BEGIN:VEVENT',
  'UID',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'SUMMARY',
  'DESCRIPTION',
  'BEGIN:VALARM',
  'ACTION',
  'TRIGGER',
  'DESCRIPTION',
  'END:VALARM',
  'END:VEVENT',
];
const calendarLines = (events: number) => [
  'BEGIN:VCALENDAR',
  'VERSION',
  'PRODID',
  'CALSCALE',
  ...Array.from({ length: events }, () => EVENT_LINES).flat(),
  'END:VCALENDAR',
];

/**
 * Asserts that `file` holds exactly `events` events with exactly our
 * properties, for a strict line reader and for ical.js, with `summary` and
 * `description` as their texts; and no control character but the CRLF line ends.
 */
function expectExactly(file: string, events: number, summary: string, description: string): void {
  expect(contentLines(file).map(lineName), 'the lines a strict reader sees').to.deep.equal(calendarLines(events));
  expect(file.replace(/\r\n/g, ''), 'control characters').not.to.match(/[\p{Cc}\u2028\u2029]/u);
  const calendar = new ICAL.Component(ICAL.parse(file));
  const parsed = calendar.getAllSubcomponents('vevent');
  expect(parsed).to.have.length(events);
  for (const event of parsed) {
    expect(event.getAllProperties().map((property) => property.name)).to.deep.equal([
      'uid',
      'dtstamp',
      'dtstart',
      'dtend',
      'summary',
      'description',
    ]);
    expect(event.getAllSubcomponents().map((component) => component.name)).to.deep.equal(['valarm']);
    const alarm = event.getFirstSubcomponent('valarm')!;
    expect(alarm.getAllProperties().map((property) => property.name)).to.deep.equal([
      'action',
      'trigger',
      'description',
    ]);
    expect(event.getFirstPropertyValue('summary')).to.equal(summary);
    expect(event.getFirstPropertyValue('description')).to.equal(description);
    expect(alarm.getFirstPropertyValue('description')).to.equal(summary);
  }
}

const HOUR = 60 * MINUTE;
/** A summary and a description that try to end the event and start one of their own. */
const injectedSummary = (c: string) => `Cold${c}END:VEVENT${c}BEGIN:VEVENT${c}UID:evil${c}SUMMARY:Free pills`;
const injectedDescription = (c: string) => `Wrap it.${c}ATTACH:https://evil.example/x${c}URL:https://evil.example`;

/** What each character must become in a TEXT value: a line break an escaped newline, any other control nothing. */
const TEXT_CASES: [name: string, character: string, becomes: string][] = [
  ['CR', '\r', '\n'],
  ['LF', '\n', '\n'],
  ['CRLF', '\r\n', '\n'],
  ['NEL (U+0085)', '\u0085', '\n'],
  ['LS (U+2028)', '\u2028', '\n'],
  ['PS (U+2029)', '\u2029', '\n'],
  ['VT', '\v', '\n'],
  ['FF', '\f', '\n'],
  ['NUL', '\0', ''],
  ['ESC', '\x1b', ''],
  ['FS (U+001C)', '\x1c', ''],
  ['DEL', '\x7f', ''],
  ['CSI (U+009B)', '\x9b', ''],
  ['TAB', '\t', ' '],
];

describe('robustness: text is text', () => {
  tally.listen();

  describe('the calendar file', () => {
    for (const [name, character, becomes] of TEXT_CASES) {
      it(`a ${name} in the summary and the description adds no line, property or event`, () =>
        run(() => {
          const file = calendarFile({
            from: MORNING + 2 * HOUR,
            sessionMs: 15 * MINUTE,
            restMs: 2 * HOUR,
            count: 2,
            summary: injectedSummary(character),
            description: injectedDescription(character),
            now: MORNING,
            owner: 'spasm-timer',
          });
          expectExactly(file, 2, injectedSummary(becomes), injectedDescription(becomes));
        }));
    }

    it("a site's overridden messages with a bare CR, U+2028 and U+2029 stay inside the downloaded file's events", () =>
      run(async (warn) => {
        // Only the date is fixed (09:00, so three sessions fit in the day); timers and loading stay real.
        const clock = sinon.useFakeTimers({ now: MORNING, toFake: ['Date'] });
        const files: Blob[] = [];
        try {
          sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
            files.push(blob as Blob);
            return 'blob:caught';
          });
          sinon.stub(URL, 'revokeObjectURL');
          sinon.stub(HTMLAnchorElement.prototype, 'click');
          await registerTranslation('gv', {
            'timer.calendar.cold': injectedSummary('\u2028').replace('Free', '\rFree'),
            'timer.safety.cold': injectedDescription('\r').replace('URL', '\u2029URL'),
          });
          expect(warnings(warn)).to.deep.equal([]);
          // A cold session that ended a minute ago: the skin rests, and the calendar button is there.
          localStorage.setItem(
            'spasm-timer',
            JSON.stringify({
              version: 2,
              changedAt: MORNING - MINUTE,
              state: { status: 'idle' },
              history: [
                { mode: 'cold', startedAt: MORNING - 16 * MINUTE, endedAt: MORNING - MINUTE, ranMs: 15 * MINUTE },
              ],
            })
          );
          const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="gv" persist></spasm-timer>`);
          await renderedIn(timer, 'gv');
          await waitFor(() => timer.shadowRoot!.querySelector('[part="calendar-button"]'), 'the calendar button');
          part(timer, 'calendar-button').click();
          await waitFor(() => files.length, 'the calendar file');
          expectExactly(
            await files[0].text(),
            3,
            injectedSummary('\n').replace('Free', '\nFree'),
            injectedDescription('\n').replace('URL', '\nURL')
          );
        } finally {
          cleanUp(clock);
        }
      }));
  });

  // ---------------------------------------------------------------------------------------------------------------
  // Safety text a site may reword but not blank.

  describe("a site's safety messages", () => {
    /** Texts that show nothing, however they pass a "not empty" check. */
    const BLANK_TEXTS: [name: string, text: string][] = [
      ['empty', ''],
      ['spaces', '   '],
      ['tab and line breaks', '\t\r\n'],
      ['zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF'],
      ['Braille blanks', '\u2800\u2800'],
      ['a Hangul filler', '\u3164'],
      ['Hangul choseong and jungseong fillers', '\u115F\u1160'],
      ['a halfwidth Hangul filler', '\uFFA0'],
      ['combining marks alone', '\u0301\u0308'],
      ['a soft hyphen', '\u00AD'],
      ['direction marks', '\u200E\u200F\u061C'],
      ['punctuation only', '… —'],
    ];

    let timer: SpasmTimer;
    const urgentText = () => partText(timer, 'urgent');
    const footerText = () => partText(timer, 'footer');

    before(async () => {
      // A language of the site's own, in which every override below is checked.
      await registerTranslation('kw', {
        'urgent.sign.chest': 'poan bronn',
        'common.disclaimer': 'Kedhlow yeghes ollgemmyn yw hemma.',
      });
    });
    beforeEach(async () => {
      timer = await fixture<SpasmTimer>(
        html`<spasm-timer lang="kw" urgent="full" emergency-number="999" urgent-number="111"></spasm-timer>`
      );
      await renderedIn(timer, 'kw');
    });

    for (const [name, text] of BLANK_TEXTS) {
      it(`overrideMessages refuses an emergency sign of ${name}, with a warning, and keeps the sign`, () =>
        run(async (warn) => {
          await overrideMessages('kw', { 'urgent.sign.chest': text });
          await timer.updateComplete;
          expect(warnings(warn)).to.have.length(1);
          expect(warnings(warn)[0]).to.match(
            /^<spasm-widgets> overrideMessages\("kw"\) urgent\.sign\.chest=.*using the text it had\.$/s
          );
          expect(urgentText()).to.contain('poan bronn');
        }));
    }

    it('overrideMessages refuses a blank disclaimer and a safety line with only zero-width characters', () =>
      run(async (warn) => {
        await overrideMessages('kw', { 'common.disclaimer': '\u200B', 'timer.safety.cold': '\u00AD\u200B ' });
        await timer.updateComplete;
        expect(warnings(warn).map((text) => text.replace(/=.*/s, ''))).to.deep.equal([
          '<spasm-widgets> overrideMessages("kw") common.disclaimer',
          '<spasm-widgets> overrideMessages("kw") timer.safety.cold',
        ]);
        expect(footerText()).to.contain('Kedhlow yeghes ollgemmyn yw hemma.');
        expect(partText(timer, 'safety')).to.contain('never straight on your skin');
      }));

    it('registerTranslation refuses numbers lines whose only words are the placeholders, and uses English', () =>
      run(async (warn) => {
        await registerTranslation('co', {
          'urgent.emergency.number': '{0}{1} {2}',
          'urgent.soon.number': '\u200B{0}',
          'urgent.sign.legs': '\u3164',
        });
        const corsican = await fixture<SpasmTimer>(
          html`<spasm-timer lang="co" urgent="full" emergency-number="999" urgent-number="111"></spasm-timer>`
        );
        await renderedIn(corsican, 'co');
        expect(warnings(warn).map((text) => text.replace(/=.*/s, ''))).to.deep.equal([
          '<spasm-widgets> registerTranslation("co") urgent.emergency.number',
          '<spasm-widgets> registerTranslation("co") urgent.soon.number',
          '<spasm-widgets> registerTranslation("co") urgent.sign.legs',
        ]);
        const urgent = partText(corsican, 'urgent');
        expect(urgent).to.contain('Emergency: if back pain comes with any of these, act now. Call 999');
        expect(urgent).to.contain('pain, tingling, weakness or numbness in both legs');
        await waitFor(() => partText(corsican, 'urgent').includes('Call 111'), 'the advice line');
      }));

    it('accepts safety text with visible words among invisible characters, in any script', () =>
      run(async (warn) => {
        await overrideMessages('kw', {
          'urgent.sign.chest': '\u200Bpoan\u00AD bronn\u200E',
          'urgent.sign.legs': 'दोनों पैरों में दर्द',
          'urgent.sign.unsteady': 'ขาอ่อนแรง',
          'urgent.emergency.number': '{0}Gorfenn:{1} gelwel {2}',
        });
        await timer.updateComplete;
        expect(warnings(warn)).to.deep.equal([]);
        expect(urgentText()).to.contain('दोनों पैरों में दर्द').and.contain('ขาอ่อนแรง').and.contain('Gorfenn:');
      }));

    it('refuses control characters in any message: they print as boxes and end lines in files', () =>
      run(async (warn) => {
        await overrideMessages('kw', { 'timer.start': 'Dalleth\x1b[31m', 'urgent.sign.fever': 'tes\u0085uhel' });
        await timer.updateComplete;
        expect(warnings(warn).map((text) => text.replace(/=.*/s, ''))).to.deep.equal([
          '<spasm-widgets> overrideMessages("kw") timer.start',
          '<spasm-widgets> overrideMessages("kw") urgent.sign.fever',
        ]);
        expect(partText(timer, 'primary-button')).to.equal('Start');
      }));
  });

  // ---------------------------------------------------------------------------------------------------------------
  // The printed plan: text nodes, never structure.

  it('the printed plan keeps its sections and lines whatever breaks a site puts in its messages', () =>
    run(async () => {
      sinon.stub(window, 'print');
      try {
        const structure = async (lang: string) => {
          const timer = await fixture<SpasmTimer>(html`<spasm-timer lang=${lang}></spasm-timer>`);
          await renderedIn(timer, lang);
          await timer.printPlan();
          const plan = document.querySelector('.spasm-print-plan')!;
          const tags = [...plan.shadowRoot!.querySelectorAll('*')].map((element) => element.localName);
          plan.remove();
          fixtureCleanup();
          return { tags, text: plan.shadowRoot!.textContent! };
        };
        const english = await structure('en');
        await registerTranslation('br', {
          'plan.title': "Ma steuñv\r\nevit ar c'hein",
          'urgent.sign.chest': 'poan\u2028en\u2029bruched\r',
          'common.disclaimer': 'Titouroù hollek\nnemetken.',
        });
        const breton = await structure('br');
        expect(breton.tags).to.deep.equal(english.tags);
      } finally {
        sinon.restore();
      }
    }));

  // ---------------------------------------------------------------------------------------------------------------
  // The JSON content child.

  describe('the JSON content child', () => {
    const child = (type: string) =>
      `<spasm-checklist><script type='${type}'>[{ "id": "mine", "title": "My own step" }]</script></spasm-checklist>`;
    const checklist = async (markup: string) => {
      const root = await fixture(html`<div .innerHTML=${markup}></div>`);
      const list = root.querySelector<SpasmChecklist>('spasm-checklist')!;
      await list.updateComplete;
      return list;
    };

    for (const type of ['APPLICATION/JSON', 'application/json; charset=utf-8', 'Application/Json ; charset="UTF-8"']) {
      it(`reads a child typed ${type}`, () =>
        run(async (warn) => {
          const list = await checklist(child(type));
          await waitFor(() => list.total === 1, 'the child’s one step');
          expect(partText(list, 'steps')).to.contain('My own step');
          expect(warnings(warn)).to.deep.equal([]);
        }));
    }

    for (const [name, markup] of [
      ['typed text/json', child('text/json')],
      ['typed application/ld+json', child('application/ld+json')],
      ['typed text/plain with JSON in it', child('text/plain')],
    ]) {
      it(`warns about a script child ${name}, and shows the default steps`, () =>
        run(async (warn) => {
          const list = await checklist(markup);
          await list.updateComplete;
          expect(list.total).to.equal(6);
          expect(warnings(warn)).to.have.length(1);
          expect(warnings(warn)[0]).to.match(/^<spasm-checklist> JSON child type=".*": not application\/json/);
          expect(warnings(warn)[0]).to.contain('using the default steps.');
        }));
    }

    it('warns about a mistyped child beside a good one, and reads the good one', () =>
      run(async (warn) => {
        const list = await checklist(
          child('application/json').replace('</spasm', '<script type="text/json">[]</script></spasm')
        );
        await waitFor(() => list.total === 1, 'the good child’s one step');
        expect(warnings(warn)).to.have.length(1);
        expect(warnings(warn)[0]).to.contain('JSON child type="text/json"');
      }));
  });
});
