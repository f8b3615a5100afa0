/**
 * Issue 11, the timer as a companion: the day the spasm started picks cold or
 * heat (docs/medical-content.md, §2.4), and the next sessions go into the user's calendar.
 * The calendar file is read back by ical.js, a maintained iCalendar parser.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sinon from 'sinon';
import '../src/checklist/define.js';
import '../src/timer/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { answerFor, checkEpisodeStart, daysSince, recommendedMode, startDayFor } from '../src/timer/start-day.js';
import {
  captureWarnings,
  cleanStart,
  cleanUp,
  expectAccessible,
  fakeClock,
  liveRegions,
  liveRegionText,
  MINUTE,
  MORNING,
  part,
  partText,
  recordEvents,
  renderedIn,
  waitFor,
  warningText,
} from './helpers.js';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const KEY = 'spasm-timer-companion';

const episodeInput = (timer: SpasmTimer, answer: string) =>
  timer.shadowRoot!.querySelector<HTMLInputElement>(`input[name="episode"][value="${answer}"]`)!;
const reason = (timer: SpasmTimer) => timer.shadowRoot!.querySelector('[part="episode-reason"]')?.textContent?.trim();

/** Opens the question (its module loads then). */
async function openQuestion(timer: SpasmTimer): Promise<void> {
  part<HTMLDetailsElement>(timer, 'episode').open = true;
  await waitFor(() => episodeInput(timer, 'today'), 'the question to load');
}

/** Opens the question and answers it, with Enter: the choice is made. */
async function answer(timer: SpasmTimer, value: string): Promise<void> {
  await openQuestion(timer);
  episodeInput(timer, value).focus();
  episodeInput(timer, value).click();
  await sendKeys({ press: 'Enter' });
  await timer.updateComplete;
  await timer.updateComplete;
}

/** Every text the live region has said from now on, in order. */
function announcements(timer: SpasmTimer): string[] {
  const said: string[] = [];
  const [region] = liveRegions(timer);
  new MutationObserver(() => {
    const text = region.textContent!.replace(/\s+/g, ' ').trim();
    if (text && text !== said.at(-1)) said.push(text);
  }).observe(region, { characterData: true, childList: true, subtree: true });
  return said;
}

const HEAT_REASON = 'Many people find heat helps after the first day or two. Cold is fine too: use whichever helps.';

describe('the day the spasm started', () => {
  it('counts local calendar days, so "yesterday" stays right after midnight', () => {
    const lateEvening = new Date(2026, 10, 22, 23, 50).getTime();
    const day = startDayFor('yesterday', lateEvening);
    expect(day).to.equal('2026-11-21');
    expect(daysSince(day, lateEvening + 20 * MINUTE), 'after midnight').to.equal(2);
    expect(answerFor(day, lateEvening + 20 * MINUTE)).to.equal('earlier');
    expect(recommendedMode(startDayFor('today', MORNING), MORNING)).to.equal('cold');
    expect(recommendedMode(startDayFor('yesterday', MORNING), MORNING)).to.equal('cold');
    expect(recommendedMode(startDayFor('earlier', MORNING), MORNING)).to.equal('heat');
  });

  it('reads episode-start as an ISO date or date and time, and refuses others', () => {
    expect(checkEpisodeStart('2026-11-21', MORNING)).to.deep.equal({ value: '2026-11-21' });
    expect(checkEpisodeStart(new Date(2026, 10, 20, 18).toISOString(), MORNING).value).to.equal('2026-11-20');
    expect(checkEpisodeStart(undefined, MORNING)).to.deep.equal({ value: undefined });
    expect(checkEpisodeStart('2026-02-30', MORNING).problem).to.equal('not an ISO date such as 2026-11-21');
    expect(checkEpisodeStart('last Tuesday', MORNING).problem).to.equal('not an ISO date such as 2026-11-21');
    expect(checkEpisodeStart('2026-11-24', MORNING).problem).to.equal('in the future');
  });

  describe('in the timer', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => (clock = cleanStart()));
    afterEach(() => cleanUp(clock));

    it('asks, answers nothing by default, and changes nothing until answered', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const question = part<HTMLDetailsElement>(timer, 'episode');
      expect(question.querySelector('summary')?.textContent?.trim()).to.equal('When did the spasm start?');
      expect(question.open, 'closed until the user asks').to.equal(false);
      question.open = true;
      await waitFor(() => episodeInput(timer, 'today'), 'the question to load');
      const inputs = [...timer.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="episode"]')];
      expect(inputs.map((input) => input.checked)).to.deep.equal([false, false, false]);
      expect(reason(timer)).to.equal(undefined);
      expect(timer.mode).to.equal('cold');
    });

    it('preselects heat two or more days in, and cold in the first two, with the reason', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      await answer(timer, 'earlier');
      expect(timer.mode).to.equal('heat');
      expect(reason(timer)).to.equal(HEAT_REASON);
      await answer(timer, 'today');
      expect(timer.mode).to.equal('cold');
      expect(reason(timer)).to.equal(
        'Many people use cold in the first day or two. Heat is fine too: use whichever helps.'
      );
      expect(episodeInput(timer, 'today').checked).to.equal(true);
    });

    it('arrowing through the answers shows each at once, and counts the last one once, after a pause', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      await openQuestion(timer);
      const episodes = recordEvents(timer, ['spasm-timer-episode']);
      const said = announcements(timer);
      episodeInput(timer, 'today').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await timer.updateComplete;
      expect(episodeInput(timer, 'earlier').checked).to.equal(true);
      expect(timer.mode, 'the therapy follows at once').to.equal('heat');
      expect(reason(timer)).to.equal(HEAT_REASON);
      expect(episodes, 'nothing counts while the arrows move').to.deep.equal([]);
      await clock.tickAsync(999);
      expect(episodes).to.deep.equal([]);
      await clock.tickAsync(1);
      await timer.updateComplete;
      expect(episodes.map((event) => event.detail)).to.deep.equal([{ day: '2026-11-20', mode: 'heat' }]);
      expect(liveRegionText(timer)).to.equal(HEAT_REASON);
      // Leaving the answers afterwards counts nothing more.
      await sendKeys({ press: 'Tab' });
      await clock.tickAsync(2000);
      await timer.updateComplete;
      expect(episodes.length).to.equal(1);
      expect(said).to.deep.equal([HEAT_REASON]);
    });

    it('counts an answer at once on Enter or when focus leaves the answers', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      await openQuestion(timer);
      const episodes = recordEvents(timer, ['spasm-timer-episode']);
      episodeInput(timer, 'today').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      expect(episodes.map((event) => event.detail)).to.deep.equal([{ day: '2026-11-21', mode: 'cold' }]);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(episodes.map((event) => event.detail.mode)).to.deep.equal(['cold', 'heat']);
      await timer.updateComplete;
      expect(liveRegionText(timer)).to.equal(HEAT_REASON);
      await clock.tickAsync(2000);
      expect(episodes.length).to.equal(2);
    });

    it('lets the user choose heat in the first two days: never wrong, and the note says either helps', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      await answer(timer, 'yesterday');
      timer.shadowRoot!.querySelector<HTMLInputElement>('input[value="heat"]')!.click();
      await timer.updateComplete;
      expect(timer.mode).to.equal('heat');
      expect(reason(timer)).to.contain('Many people use cold in the first day or two');
      timer.start();
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
    });

    it("moves a linked checklist's buttons with it: the other therapy's says why", async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <spasm-timer id="companion-timer"></spasm-timer>
          <spasm-checklist timer="companion-timer"></spasm-checklist>
        </div>`
      );
      const timer = page.querySelector<SpasmTimer>('spasm-timer')!;
      const list = page.querySelector<SpasmChecklist>('spasm-checklist')!;
      const why = () => [...list.shadowRoot!.querySelectorAll('[part="timer-why"]')].map((note) => note.id);
      const episodes = recordEvents(timer, ['spasm-timer-episode']);
      await list.updateComplete;
      expect(why(), 'no start day yet').to.deep.equal([]);
      expect(timer.recommendedMode).to.equal(undefined);
      await answer(timer, 'yesterday');
      await list.updateComplete;
      expect(episodes.map((event) => event.detail)).to.deep.equal([{ day: '2026-11-21', mode: 'cold' }]);
      expect(timer.recommendedMode).to.equal('cold');
      expect(why()).to.deep.equal(['why-heat']);
      expect(partText(list, 'timer-why')).to.equal(
        'Many people use cold in the first day or two. Heat is fine too: use whichever helps.'
      );
      const heatButton = list.shadowRoot!.querySelectorAll('[part="timer-button"]')[1];
      expect(heatButton.getAttribute('aria-describedby')).to.equal('why-heat');
      expect(heatButton.getAttribute('aria-disabled'), 'heat stays allowed').to.equal('false');
      await expectAccessible(list, clock);
      await answer(timer, 'earlier');
      await list.updateComplete;
      expect(why()).to.deep.equal(['why-cold']);
      expect(partText(list, 'timer-why')).to.equal(HEAT_REASON);
    });

    it("never overrides the site's mode attribute", async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer mode="heat"></spasm-timer>`);
      await answer(timer, 'today');
      expect(timer.mode).to.equal('heat');
      expect(reason(timer)).to.contain('Many people use cold in the first day or two');
    });

    it('takes episode-start from the site, and warns once about a bad one', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer episode-start="2026-11-19"></spasm-timer>`);
      expect(timer.mode).to.equal('heat');
      expect(episodeInput(timer, 'earlier').checked).to.equal(true);
      const warn = captureWarnings();
      const other = await fixture<SpasmTimer>(html`<spasm-timer episode-start="2026-12-01"></spasm-timer>`);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.equal('<spasm-timer> episode-start="2026-12-01": in the future; using undefined.');
      expect(other.mode).to.equal('cold');
      expect(reason(other)).to.equal(undefined);
    });

    it('keeps the answer with persist, and reads it as days go by', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      await answer(timer, 'yesterday');
      expect(JSON.parse(localStorage.getItem(KEY)!).episode).to.equal('2026-11-21');
      timer.remove();
      await clock.tickAsync(DAY);
      const again = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      await again.updateComplete;
      expect(episodeInput(again, 'earlier').checked, 'a day later, yesterday is two days ago').to.equal(true);
      expect(again.mode).to.equal('heat');
    });

    it('drops a stored start day in the future with a warning, keeping the rest', async () => {
      localStorage.setItem(
        KEY,
        JSON.stringify({ version: 2, state: { status: 'idle' }, changedAt: 0, history: [], episode: '2027-01-01' })
      );
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      await timer.updateComplete;
      expect(warningText(warn)).to.contain('the start day was in the future');
      expect(reason(timer)).to.equal(undefined);
    });

    for (const locale of ['en', 'es', 'ar']) {
      it(`${locale}: the question and the reason have no axe violations`, async () => {
        clock.restore();
        const timer = await fixture<SpasmTimer>(html`<spasm-timer lang=${locale}></spasm-timer>`);
        await renderedIn(timer, locale);
        await answer(timer, 'earlier');
        expect(reason(timer)).to.be.a('string');
        await expectAccessible(timer);
      });
    }
  });
});

describe('the next sessions in the calendar', () => {
  let clock: sinon.SinonFakeTimers;
  let files: Blob[];
  beforeEach(() => {
    clock = cleanStart();
    files = [];
    // The download link's blob, caught before the browser would save it.
    sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
      files.push(blob as Blob);
      return 'blob:caught';
    });
    sinon.stub(URL, 'revokeObjectURL');
    sinon.stub(HTMLAnchorElement.prototype, 'click');
  });
  afterEach(() => cleanUp(clock));

  /** A timer whose session has ended: the skin rests until two hours after its start. */
  async function afterASession(attributes = ''): Promise<SpasmTimer> {
    const root = await fixture(html`<div .innerHTML=${`<spasm-timer ${attributes}></spasm-timer>`}></div>`);
    const timer = root.querySelector('spasm-timer')!;
    await timer.updateComplete;
    timer.start();
    await clock.tickAsync(timer.minutes * MINUTE);
    await timer.updateComplete;
    return timer;
  }

  async function download(timer: SpasmTimer): Promise<ICAL.Event[]> {
    part(timer, 'calendar-button').click();
    for (let i = 0; i < 20 && !files.length; i++) await clock.tickAsync(5);
    expect(files.length, 'one file').to.equal(1);
    expect(files[0].type).to.equal('text/calendar;charset=utf-8');
    const text = await files[0].text();
    expect(
      text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75),
      'folded'
    ).to.equal(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
  }

  it('offers today’s next three sessions once one has ended, each with an alarm at its start', async () => {
    const timer = await afterASession();
    expect(partText(timer, 'calendar-button')).to.equal('Add the next sessions to my calendar');
    const events = await download(timer);
    const restEnd = timer.nextSessionAt!;
    expect(events.map((event) => event.startDate.toJSDate().getTime())).to.deep.equal([
      restEnd,
      restEnd + 15 * MINUTE + 2 * HOUR,
      restEnd + 2 * (15 * MINUTE + 2 * HOUR),
    ]);
    expect(events.map((event) => event.summary)).to.deep.equal(Array(3).fill('Cold session (ice pack)'));
    expect(events[0].description).to.contain('never straight on your skin');
    const alarm = events[0].component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('trigger')?.toString()).to.equal('PT0S');
  });

  // Five-minute sessions where only the count matters: each ticks through the session a second at a time.
  it('puts as many sessions as calendar-sessions says, and no button for 0', async () => {
    expect((await download(await afterASession('calendar-sessions="1" minutes="5"'))).length).to.equal(1);
    const none = await afterASession('calendar-sessions="0" minutes="5"');
    expect(none.shadowRoot!.querySelector('[part="calendar-button"]')).to.equal(null);
  });

  it('offers no button when the next session would be tomorrow', async () => {
    clock.restore();
    clock = fakeClock(new Date(2026, 10, 22, 22, 30).getTime());
    const timer = await afterASession('minutes="5"');
    expect(timer.shadowRoot!.querySelector('[part="rest"]'), 'resting').not.to.equal(null);
    expect(timer.shadowRoot!.querySelector('[part="calendar-button"]')).to.equal(null);
  });

  it('warns about a bad calendar-sessions and uses 3', async () => {
    const warn = captureWarnings();
    const timer = await afterASession('calendar-sessions="lots" minutes="5"');
    expect(warningText(warn)).to.equal('<spasm-timer> calendar-sessions="lots": not a number; using 3.');
    expect((await download(timer)).length).to.equal(3);
  });

  it('writes the summary and the safety line in the widget’s language', async () => {
    const timer = await afterASession('lang="es" mode="heat"');
    await renderedIn(timer, 'es');
    const [first] = await download(timer);
    expect(first.summary).to.equal('Sesión de calor (almohadilla térmica)');
    expect(first.description).to.equal(partText(timer, 'safety'));
  });

  for (const locale of ['en', 'es', 'ar']) {
    it(`${locale}: the rest with its calendar button has no axe violations`, async () => {
      const timer = await afterASession(`lang="${locale}"`);
      await renderedIn(timer, locale);
      expect(timer.shadowRoot!.querySelector('[part="calendar-button"]')).not.to.equal(null);
      await expectAccessible(timer, clock);
    });
  }
});
