import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/timer/define.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import {
  captureWarnings,
  cleanStart,
  cleanUp,
  expectAccessible,
  fakeClock,
  liveRegionText,
  MINUTE,
  MORNING,
  part,
  partText,
  recordEvents,
  renderedIn,
  setPageHidden,
  timeNamedInWords,
  waitFor,
  warningText,
} from './helpers.js';

const KEY = 'spasm-timer-test';

function button(timer: SpasmTimer, name: 'primary-button' | 'reset-button'): HTMLButtonElement {
  return part<HTMLButtonElement>(timer, name);
}

/** Every event the timer fires. */
const TIMER_EVENTS = [
  'spasm-timer-start',
  'spasm-timer-pause',
  'spasm-timer-resume',
  'spasm-timer-complete',
  'spasm-timer-reset',
] as const;

/** The README's dark-mode snippet, as sites copy it, unwrapped from its media query (as dark-theme.test.ts reads it). */
async function readmeDarkSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const css = /### Theming and dark mode[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!css) throw new Error('no dark-mode snippet in the README');
  return css.replace(/^@media \(prefers-color-scheme: dark\) \{([\s\S]*)\}\s*$/, '$1');
}

/** Red, green, blue (0 to 255) and alpha of a computed colour, "rgb(…)" or "rgba(…)". */
function channels(color: string): number[] {
  const [red, green, blue, alpha = 1] = color.match(/[\d.]+/g)!.map(Number);
  return [red, green, blue, alpha];
}

/** WCAG 2 contrast ratio of two opaque sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) =>
    rgb
      .slice(0, 3)
      .map((value) => value / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The contrast of `element`'s text as shown: its colour, faded by its alpha and the opacity of it and
 * its ancestors up to the first with a background, over that background (the white canvas if none).
 */
function shownContrast(element: Element): number {
  const text = channels(getComputedStyle(element).color);
  let alpha = text[3];
  let background = [255, 255, 255];
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host) {
    const style = getComputedStyle(node);
    alpha *= Number(style.opacity);
    const fill = channels(style.backgroundColor);
    if (fill[3] > 0) {
      background = fill;
      break;
    }
  }
  const shown = text.slice(0, 3).map((value, i) => value * alpha + background[i] * (1 - alpha));
  return contrast(shown, background);
}

/** The boxes of the text in `element`: each line of each text node, and each icon. */
function textBoxes(element: Element): DOMRect[] {
  const boxes = [...element.querySelectorAll('.icon')].map((icon) => icon.getBoundingClientRect());
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    boxes.push(...[...range.getClientRects()].filter((box) => box.width > 0));
  }
  return boxes;
}

/** Where `box` lies against the timer's ring: inside its inner circle, below it, or on it. */
function placement(timer: SpasmTimer, box: DOMRect): 'inside' | 'below' | 'on the ring' {
  const ring = timer.shadowRoot!.querySelector('.ring')!.getBoundingClientRect();
  if (box.top >= ring.bottom) return 'below';
  // The circle's radius is 45 of the 100 units across, its stroke 8: the inner edge is at 41.
  const [x, y, inner] = [ring.left + ring.width / 2, ring.top + ring.height / 2, 0.41 * ring.width];
  const corners = [box.left, box.right].flatMap((left) => [box.top, box.bottom].map((top) => [left, top]));
  return corners.every(([left, top]) => Math.hypot(left - x, top - y) <= inner) ? 'inside' : 'on the ring';
}

/** Counts DOM changes under `element` from now on: each is a render that touched it. */
function countChanges(element: Element): () => number {
  let changes = 0;
  new MutationObserver((records) => (changes += records.length)).observe(element, {
    characterData: true,
    childList: true,
    subtree: true,
  });
  return () => changes;
}

describe('<spasm-timer>', () => {
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => (clock = cleanStart()));
  afterEach(() => cleanUp(clock));

  describe('idle', () => {
    it('shows a full cold session of 15 minutes by default', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      expect(timer.state).to.equal('idle');
      expect(timer.remainingMs).to.equal(15 * MINUTE);
      expect(partText(timer, 'time')).to.equal('15:00');
      expect(part(timer, 'time').getAttribute('role')).to.equal('timer');
      await timeNamedInWords(timer, clock);
      expect(part(timer, 'time').getAttribute('aria-label')).to.equal('15 minutes left');
      expect(partText(timer, 'safety')).to.contain('cloth or towel');
      expect(timer.shadowRoot!.querySelector('[part="count"]'), 'no count before the first session').to.equal(null);
      expect(partText(timer, 'primary-button')).to.equal('Start');
      expect(timer.shadowRoot!.querySelector('[part="reset-button"]')).to.equal(null);
    });

    it('switches to heat with its own safety line while idle', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const heat = timer.shadowRoot!.querySelector<HTMLInputElement>('input[value="heat"]')!;
      heat.click();
      await timer.updateComplete;
      expect(timer.mode).to.equal('heat');
      expect(partText(timer, 'safety')).to.contain('fall asleep');
      expect(part(timer, 'base').classList.contains('heat')).to.equal(true);
    });

    // Its live region, tap targets, language, persist and axe: see widget-contract.test.ts.
    it('has an accessible name', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      expect(part(timer, 'base').getAttribute('aria-labelledby')).to.equal('title');
    });
  });

  describe('a full session', () => {
    it('runs to completion, announcing milestones, and then asks the skin to rest', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const events = recordEvents(document, TIMER_EVENTS);
      button(timer, 'primary-button').click();
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(liveRegionText(timer)).to.equal('Session started: 15 minutes.');
      expect(partText(timer, 'primary-button')).to.equal('Pause');

      await clock.tickAsync(61_000);
      expect(partText(timer, 'time')).to.equal('13:59');
      expect(timer.remainingMs).to.equal(15 * MINUTE - 61_000);

      await clock.tickAsync(10 * MINUTE - 61_000);
      expect(liveRegionText(timer)).to.equal('5 minutes left.');
      await clock.tickAsync(4 * MINUTE);
      expect(liveRegionText(timer)).to.equal('1 minute left.');

      await clock.tickAsync(MINUTE);
      expect(timer.state).to.equal('done');
      expect(timer.remainingMs).to.equal(0);
      expect(liveRegionText(timer)).to.contain('Session complete.');
      expect(partText(timer, 'count')).to.equal('1 cold session today');
      // 09:15 plus two hours of skin rest.
      const nextAt = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(
        MORNING + 135 * MINUTE
      );
      // What to do now comes first, and the ring says when the next session is, not "00:00".
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
      expect(partText(timer, 'next')).to.equal(`Next session at ${nextAt}`);
      expect(timer.shadowRoot!.querySelector('[part="time"]')).to.equal(null);
      expect(part(timer, 'modes').hidden).to.equal(true);
      expect(partText(timer, 'rest')).to.equal(`Let your skin rest. Next session from ${nextAt} (in 2 hours).`);
      expect(timer.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
      expect(events.map((e) => e.type)).to.deep.equal(['spasm-timer-start', 'spasm-timer-complete']);
      expect(events[1].detail).to.deep.equal({ mode: 'cold', durationMs: 15 * MINUTE, remainingMs: 0 });
    });

    it('counts the rest down and allows the next session only after it', async () => {
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5"></spasm-timer>`);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      expect(timer.state).to.equal('done');
      const primary = button(timer, 'primary-button');
      expect(primary.getAttribute('aria-disabled')).to.equal('true');
      expect(primary.getAttribute('aria-describedby')).to.equal('rest');

      primary.click();
      timer.start();
      expect(timer.state).to.equal('done');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.match(/^<spasm-timer> start\(\)=.*: the skin rests until then; using no session\.$/);

      await clock.tickAsync(45 * MINUTE);
      expect(partText(timer, 'rest')).to.contain('(in 1 hour, 15 minutes)');
      await clock.tickAsync(75 * MINUTE);
      expect(timer.shadowRoot!.querySelector('[part="rest"]')).to.equal(null);
      expect(button(timer, 'primary-button').getAttribute('aria-disabled')).to.equal('false');
      button(timer, 'primary-button').click();
      expect(timer.state).to.equal('running');
    });

    it('renders at most once a second while running', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await timer.updateComplete;
      const changes = countChanges(part(timer, 'time'));
      await clock.tickAsync(10_000);
      expect(partText(timer, 'time')).to.equal('14:50');
      expect(changes()).to.be.within(1, 10);
    });

    it("a running second sets no timeout of its own: the page's clock ticks, the end stays awaited (issue 25)", async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5"></spasm-timer>`);
      // The task that names the time in words after the first paint is not a second's: it comes first.
      await timeNamedInWords(timer, clock);
      timer.start();
      await clock.tickAsync(1000);
      const timeouts = sinon.spy(clock, 'setTimeout');
      try {
        await clock.tickAsync(5000);
        // One a second: the page's shared clock (core/ticker.ts) setting its next second.
        expect(timeouts.callCount).to.be.at.most(5);
      } finally {
        timeouts.restore();
      }
      expect(partText(timer, 'time')).to.equal('04:54');
      await clock.tickAsync(5 * MINUTE - 6000 - 1);
      expect(timer.state).to.equal('running');
      await clock.tickAsync(1);
      expect(timer.state).to.equal('done');
    });
  });

  describe('pause and resume', () => {
    it('keeps the time left across a pause of any length', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="10"></spasm-timer>`);
      const events = recordEvents(timer, TIMER_EVENTS);
      timer.start();
      await clock.tickAsync(3 * MINUTE);
      button(timer, 'primary-button').click();
      await timer.updateComplete;
      expect(timer.state).to.equal('paused');
      expect(partText(timer, 'primary-button')).to.equal('Resume');
      expect(liveRegionText(timer)).to.equal('Paused.');

      await clock.tickAsync(60 * MINUTE);
      expect(timer.remainingMs).to.equal(7 * MINUTE);
      expect(partText(timer, 'time')).to.equal('07:00');

      button(timer, 'primary-button').click();
      expect(timer.state).to.equal('running');
      await clock.tickAsync(7 * MINUTE - 1);
      expect(timer.state).to.equal('running');
      await clock.tickAsync(1);
      expect(timer.state).to.equal('done');
      expect(events.map((e) => [e.type, e.detail.remainingMs])).to.deep.equal([
        ['spasm-timer-start', 10 * MINUTE],
        ['spasm-timer-pause', 7 * MINUTE],
        ['spasm-timer-resume', 7 * MINUTE],
        ['spasm-timer-complete', 0],
      ]);
    });

    it("reset goes back to idle, moves focus to Start and keeps today's count", async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5" mode="heat"></spasm-timer>`);
      const events = recordEvents(timer, TIMER_EVENTS);
      timer.start();
      await clock.tickAsync(20_000);
      button(timer, 'reset-button').focus();
      button(timer, 'reset-button').click();
      await waitFor(() => timer.shadowRoot!.activeElement === button(timer, 'primary-button'), 'focus on Start');
      expect(timer.state).to.equal('idle');
      expect(timer.shadowRoot!.activeElement).to.equal(button(timer, 'primary-button'));
      expect(liveRegionText(timer)).to.equal('Timer reset.');
      expect(events.map((e) => e.type)).to.deep.equal(['spasm-timer-start', 'spasm-timer-reset']);
      expect(events[1].detail).to.deep.equal({ mode: 'heat', durationMs: 5 * MINUTE, remainingMs: 5 * MINUTE });
    });
  });

  describe('events', () => {
    it('bubble, cross the shadow boundary and carry mode, length and time left', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer mode="heat" minutes="12"></spasm-timer>`);
      const fired = oneEvent(document, 'spasm-timer-start');
      timer.start();
      const event = await fired;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ mode: 'heat', durationMs: 12 * MINUTE, remainingMs: 12 * MINUTE });
    });

    it('are not fired by property sets or by calls that change nothing', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const events = recordEvents(timer, TIMER_EVENTS);
      timer.mode = 'heat';
      timer.minutes = 5;
      timer.pause();
      timer.resume();
      timer.reset();
      await timer.updateComplete;
      expect(events).to.deep.equal([]);
    });
  });

  describe('time stays right whatever the browser does', () => {
    it('catches up after the tab was hidden for 30 minutes, with no renders while hidden', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="20"></spasm-timer>`);
      const completed = sinon.spy();
      timer.addEventListener('spasm-timer-complete', completed);
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      setPageHidden(true);
      await timer.updateComplete;
      const changes = countChanges(part(timer, 'time'));
      await clock.tickAsync(10 * MINUTE);
      expect(changes()).to.equal(0);
      // The session's end still fires while hidden, so its alerts come on time.
      await clock.tickAsync(5 * MINUTE);
      expect(completed.callCount).to.equal(1);
      await clock.tickAsync(10 * MINUTE);
      setPageHidden(false);
      await timer.updateComplete;
      expect(timer.state).to.equal('done');
      expect(partText(timer, 'take-off')).to.equal('Take the pack off now.');
      expect(completed.callCount).to.equal(1);
    });

    it('shows the right time after a hidden tab woke up late', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await timer.updateComplete;
      setPageHidden(true);
      // Background tabs throttle timers; time moves on regardless (jump fires no timer that is not due).
      clock.jump(7 * MINUTE);
      setPageHidden(false);
      await timer.updateComplete;
      expect(partText(timer, 'time')).to.equal('08:00');
    });

    it('runs no timer while disconnected and keeps its session when moved', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(MINUTE);
      const parent = timer.parentElement!;
      timer.remove();
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(2 * MINUTE);
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(timer);
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(partText(timer, 'time')).to.equal('12:00');
      parent.append(timer);
      elsewhere.remove();
    });
  });

  // Storing nothing without persist, and one warning for garbage in storage: see widget-contract.test.ts.
  describe('persist', () => {
    it('resumes a running session after a reload', async () => {
      const first = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      first.start();
      await clock.tickAsync(4 * MINUTE);
      first.remove();
      await clock.tickAsync(MINUTE);
      const second = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      expect(second.state).to.equal('running');
      expect(partText(second, 'time')).to.equal('10:00');
    });

    it('completes a session that ended while the page was closed, and keeps the count', async () => {
      const first = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      first.start();
      first.remove();
      clock.setSystemTime(MORNING + 30 * MINUTE);
      const second = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      expect(second.state).to.equal('done');
      expect(partText(second, 'count')).to.equal('1 cold session today');
      expect(second.nextSessionAt).to.equal(MORNING + 135 * MINUTE);
    });

    const badStates: [string, string][] = [
      ['corrupted JSON', '{"version":1,"state":'],
      ['a foreign value', '"hello"'],
      [
        'an impossible session',
        '{"version":1,"state":{"status":"running","mode":"cold","durationMs":99999999,"endsAt":1},"history":[]}',
      ],
    ];
    for (const [name, stored] of badStates) {
      it(`warns once about ${name} in storage and starts fresh`, async () => {
        localStorage.setItem(KEY, stored);
        const warn = captureWarnings();
        const timer = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
        expect(warn.callCount).to.equal(1);
        const text = warningText(warn);
        expect(text).to.contain('<spasm-timer>');
        expect(text).to.contain(KEY);
        expect(text).to.contain('a fresh timer');
        expect(timer.state).to.equal('idle');
        timer.start();
        expect(timer.state).to.equal('running');
        expect(JSON.parse(localStorage.getItem(KEY)!).state.status).to.equal('running');
      });
    }

    it('keeps working when localStorage throws', async () => {
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
      timer.start();
      timer.pause();
      timer.resume();
      expect(timer.state).to.equal('running');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.equal(
        '<spasm-timer> storage-key="spasm-timer-test": localStorage read failed (SecurityError: denied); using no storage.'
      );
    });
  });

  describe('bad input', () => {
    const cases: [string, string, number, string, string[]][] = [
      ['minutes="45" runs 20 minutes', 'minutes', 45, '20:00', ['minutes', '45', 'over 20', 'using 20']],
      ['minutes="abc" runs 15 minutes', 'minutes', NaN, '15:00', ['minutes', '"abc"', '15']],
      ['minutes="0" runs 5 minutes', 'minutes', 0, '05:00', ['minutes', '0', 'under 5', 'using 5']],
    ];
    for (const [name, , , shown, mentions] of cases) {
      it(name, async () => {
        const warn = captureWarnings();
        const value = mentions[1].replace(/"/g, '');
        const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes=${value}></spasm-timer>`);
        expect(partText(timer, 'time')).to.equal(shown);
        expect(warn.callCount).to.equal(1);
        for (const mention of ['<spasm-timer>', ...mentions]) expect(warningText(warn)).to.contain(mention);
        timer.start();
        expect(timer.state).to.equal('running');
      });
    }

    it('mode="lava" gives a cold timer and one warning', async () => {
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer mode="lava"></spasm-timer>`);
      expect(timer.mode).to.equal('cold');
      expect(warn.callCount).to.equal(1);
      for (const mention of ['<spasm-timer>', 'mode', '"lava"', 'cold']) expect(warningText(warn)).to.contain(mention);
      expect(partText(timer, 'safety')).to.contain('cloth or towel');
    });

    it('rest-minutes below two hours is raised to two hours', async () => {
      const warn = captureWarnings();
      const timer = await fixture<SpasmTimer>(html`<spasm-timer rest-minutes="10" minutes="5"></spasm-timer>`);
      expect(warningText(warn)).to.contain('rest-minutes');
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      expect(timer.nextSessionAt).to.equal(MORNING + 125 * MINUTE);
    });

    it('a bad property set later warns once and keeps the session going', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      const warn = captureWarnings();
      timer.minutes = 300;
      await timer.updateComplete;
      expect(timer.minutes).to.equal(20);
      expect(warn.callCount).to.equal(1);
      expect(timer.state).to.equal('running');
      expect(timer.remainingMs).to.equal(15 * MINUTE);
    });
  });

  describe('the paused digits', () => {
    const themes: [string, () => Promise<string>][] = [
      ['light', async () => ''],
      [
        'dark, the README snippet',
        async () => `${await readmeDarkSnippet()} body { background: #1f2428; color: #f1f3f4; }`,
      ],
    ];
    for (const [theme, css] of themes) {
      it(`are dimmed and keep 4.5:1 against the default surface (${theme})`, async () => {
        const style = document.createElement('style');
        style.textContent = await css();
        document.head.append(style);
        try {
          const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
          timer.start();
          timer.pause();
          await timer.updateComplete;
          const time = part(timer, 'time');
          expect(Number(getComputedStyle(time).opacity), 'dimmed').to.be.below(1);
          expect(shownContrast(time)).to.be.at.least(4.5);
        } finally {
          style.remove();
        }
      });
    }
  });

  describe('the dial', () => {
    /** A timer in `state`, its host's text at `size`, in a column `width` wide. */
    async function dialIn(state: 'running' | 'paused' | 'resting', size: string, width = 'auto'): Promise<SpasmTimer> {
      const root = await fixture<HTMLElement>(
        html`<div style="inline-size: ${width}">
          <spasm-timer lang="en-US" minutes="5" style="font-size: ${size}"></spasm-timer>
        </div>`
      );
      const timer = root.querySelector('spasm-timer')!;
      timer.start();
      if (state === 'paused') timer.pause();
      await clock.tickAsync(state === 'resting' ? 5 * MINUTE : 1000);
      await timer.updateComplete;
      return timer;
    }

    const fontSize = (timer: SpasmTimer, selector: string) =>
      parseFloat(getComputedStyle(timer.shadowRoot!.querySelector(selector)!).fontSize);

    for (const size of ['100%', '200%']) {
      for (const state of ['running', 'paused', 'resting'] as const) {
        it(`keeps its text inside the ring's inner circle, the status under it (${state}, ${size} text)`, async () => {
          const timer = await dialIn(state, size);
          const readout = timer.shadowRoot!.querySelector('.readout')!;
          expect([...new Set(textBoxes(readout).map((box) => placement(timer, box)))]).to.deep.equal(['inside']);
          const status = timer.shadowRoot!.querySelector('.status');
          if (state !== 'running') expect(placement(timer, status!.getBoundingClientRect())).to.equal('below');
        });
      }
    }

    it('grows with the text: at 200 % the time, the ring and when the next session is are twice as large', async () => {
      const [normal, large] = [await dialIn('running', '100%'), await dialIn('running', '200%')];
      expect(fontSize(normal, '.time')).to.equal(44.8);
      expect(fontSize(large, '.time')).to.equal(2 * 44.8);
      const ringWidth = (timer: SpasmTimer) => timer.shadowRoot!.querySelector('.ring')!.getBoundingClientRect().width;
      expect(ringWidth(large)).to.be.closeTo(2 * ringWidth(normal), 0.5);
      const [resting, restingLarge] = [await dialIn('resting', '100%'), await dialIn('resting', '200%')];
      expect(fontSize(restingLarge, '.clock')).to.be.closeTo(2 * fontSize(resting, '.clock'), 0.1);
      expect(fontSize(restingLarge, '.next')).to.equal(2 * fontSize(resting, '.next'));
    });

    it('puts its text under the ring, still growing, in a column too narrow for the ring at 200 %', async () => {
      const normal = await dialIn('paused', '100%', '320px');
      const large = await dialIn('paused', '200%', '320px');
      expect(fontSize(large, '.time')).to.be.above(fontSize(normal, '.time'));
      expect(fontSize(large, '.mode')).to.equal(2 * fontSize(normal, '.mode'));
      const readout = large.shadowRoot!.querySelector('.readout')!;
      expect([...new Set(textBoxes(readout).map((box) => placement(large, box)))]).to.deep.equal(['below']);
      expect(part(large, 'time').getBoundingClientRect().right).to.be.at.most(large.getBoundingClientRect().right);
    });
  });

  describe('clock times', () => {
    // The messages are the same (en for both Englishes); the clock is the reader's.
    const cases: [string, string, string][] = [
      ['en-GB', 'en', 'Next session at 16:05'],
      ['en-US', 'en', 'Next session at 4:05 PM'],
      ['es', 'es', '16:05'],
    ];
    for (const [lang, messages, next] of cases) {
      it(`are written as ${lang} writes them`, async () => {
        clock.restore();
        clock = fakeClock(new Date(2026, 10, 22, 14, 0).getTime());
        const timer = await fixture<SpasmTimer>(html`<spasm-timer lang=${lang} minutes="5"></spasm-timer>`);
        await renderedIn(timer, messages);
        timer.start();
        await clock.tickAsync(5 * MINUTE);
        await timer.updateComplete;
        expect(partText(timer, 'next')).to.contain(next);
        expect(partText(timer, 'rest')).to.contain(next.replace('Next session at ', ''));
        if (!next.includes('PM')) expect(partText(timer, 'next')).not.to.match(/PM|p\. ?m\./i);
      });
    }
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`has no axe violations in any state (${lang})`, async () => {
        const timer = await fixture<SpasmTimer>(html`<spasm-timer lang=${lang} minutes="5"></spasm-timer>`);
        await expectAccessible(timer, clock);
        timer.start();
        await clock.tickAsync(10_000);
        await expectAccessible(timer, clock);
        timer.pause();
        await timer.updateComplete;
        await expectAccessible(timer, clock);
        timer.resume();
        await clock.tickAsync(5 * MINUTE);
        expect(timer.state).to.equal('done');
        await expectAccessible(timer, clock);
        timer.mode = 'heat';
        timer.reset();
        await timer.updateComplete;
        await expectAccessible(timer, clock);
      });
    }

    it('works with the keyboard alone', async () => {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      const active = () => timer.shadowRoot!.activeElement;
      timer.shadowRoot!.querySelector<HTMLInputElement>('input[value="cold"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await timer.updateComplete;
      expect(timer.mode).to.equal('heat');
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal(button(timer, 'primary-button'));
      await sendKeys({ press: ' ' });
      expect(timer.state).to.equal('running');
      await timer.updateComplete;
      // The same button now pauses: focus stayed on it.
      expect(active()).to.equal(button(timer, 'primary-button'));
      await sendKeys({ press: 'Enter' });
      expect(timer.state).to.equal('paused');
      await timer.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal(button(timer, 'reset-button'));
      await sendKeys({ press: 'Enter' });
      await waitFor(() => active() === button(timer, 'primary-button'), 'focus on Start after Reset');
      expect(timer.state).to.equal('idle');
      expect(active()).to.equal(button(timer, 'primary-button'));
    });
  });
});
