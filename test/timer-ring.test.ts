/**
 * The timer's ring (issue 25): it steps with the time, once a second, with no
 * transition or animation that would make the page repaint it in between, and
 * its arc always shows the session's time as the clock reads it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/timer/define.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { adoptMediaRules, fakeClock, MINUTE, restorePageVisibility, setPageHidden } from './helpers.js';

/** The arc that shows the elapsed part of the session. */
const arc = (timer: SpasmTimer): SVGCircleElement => timer.shadowRoot!.querySelector<SVGCircleElement>('.progress')!;

/** The arc's dash offset: 100 with nothing elapsed, 0 at the session's end (its path is 100 long). */
const offset = (timer: SpasmTimer): number => Number(arc(timer).getAttribute('stroke-dashoffset'));

describe('<spasm-timer> ring', () => {
  let clock: sinon.SinonFakeTimers;
  let emulated = false;

  beforeEach(() => {
    clock = fakeClock();
  });

  afterEach(async () => {
    clock.restore();
    restorePageVisibility();
    if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
    emulated = false;
  });

  /**
   * Puts the timer under `prefers-reduced-motion: reduce`: emulated where the browser allows it (Chromium);
   * else (Firefox over WebDriver BiDi) its own reduced-motion rules are adopted as plain rules.
   */
  async function reduceMotion(timer: SpasmTimer): Promise<void> {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      emulated = true;
    } catch {
      adoptMediaRules(timer, (rule) => /reduced-motion: reduce/.test(rule.conditionText));
    }
  }

  /** A running 5-minute session (each second is a step of 1/3 of the path's 100). */
  async function running(motion: 'no-preference' | 'reduce' = 'no-preference'): Promise<SpasmTimer> {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5"></spasm-timer>`);
    if (motion === 'reduce') await reduceMotion(timer);
    timer.start();
    await timer.updateComplete;
    return timer;
  }

  for (const motion of ['no-preference', 'reduce'] as const) {
    it(`steps once a second with no transition or animation (prefers-reduced-motion: ${motion})`, async () => {
      const timer = await running(motion);
      const style = getComputedStyle(arc(timer));
      expect(style.transitionDuration.split(', ').every((duration) => parseFloat(duration) === 0)).to.equal(true);
      expect(style.animationName).to.equal('none');

      const changes: string[] = [];
      new MutationObserver(() => changes.push(arc(timer).getAttribute('stroke-dashoffset')!)).observe(arc(timer), {
        attributeFilter: ['stroke-dashoffset'],
      });
      await clock.tickAsync(5000);
      // Between 4 and 5 steps: the page's shared clock ticks on its whole seconds, not the session's.
      expect(changes.length).to.be.within(4, 5);
      // A changed offset starts nothing that runs on between the steps.
      expect(arc(timer).getAnimations()).to.deep.equal([]);
      expect(timer.shadowRoot!.getAnimations()).to.deep.equal([]);
    });
  }

  it('shows the elapsed time from the clock: after start, pause, resume and reset', async () => {
    const timer = await running();
    expect(offset(timer)).to.equal(100);
    await clock.tickAsync(MINUTE);
    expect(offset(timer)).to.be.closeTo(80, 1e-9);

    timer.pause();
    await clock.tickAsync(10 * MINUTE);
    expect(offset(timer), 'paused: the arc stays').to.be.closeTo(80, 1e-9);

    timer.resume();
    await clock.tickAsync(90_000);
    expect(offset(timer)).to.be.closeTo(50, 1e-9);

    timer.reset();
    await timer.updateComplete;
    expect(offset(timer), 'reset: empty again').to.equal(100);
  });

  it('is right at once when the page comes back into view, however long it was hidden', async () => {
    const timer = await running();
    await clock.tickAsync(30_000);
    setPageHidden(true);
    await clock.tickAsync(2 * MINUTE);
    setPageHidden(false);
    await timer.updateComplete;
    expect(offset(timer)).to.be.closeTo((100 * 2.5) / 5, 1e-9);
  });

  it('is full when the session ends', async () => {
    const timer = await running();
    await clock.tickAsync(5 * MINUTE);
    expect(timer.state).to.equal('done');
    expect(offset(timer)).to.equal(0);
  });
});
