/**
 * A page has two clocks, and devices move them apart (issue 28 §1). On top of
 * the repo's fake clock (sinon fakes Date, performance and the timers as
 * one), these move them independently:
 *
 * - A device that sleeps (a phone's screen off, a laptop's lid closed): the
 *   wall clock jumps ahead; the monotonic clock, and with it every timer the
 *   page set, stands still on the systems where that clock stops in sleep.
 * - The device clock changed by hand: the wall clock jumps, either way, while
 *   real time, the monotonic clock and the timers go on as before.
 *
 * From inside the page the two are the same jump of the wall clock; they
 * differ in how much real time passed, which only the test knows.
 */
import type sinon from 'sinon';
import { setPageHidden } from '../helpers.js';

/**
 * The wall clock jumps `ms` (back if negative); the monotonic clock and the
 * page's timers do not move (sinon's setSystemTime keeps each timer due at
 * the same monotonic time). A sleep of `ms`, or the clock set by hand.
 */
export function moveWallClock(clock: sinon.SinonFakeTimers, ms: number): void {
  clock.setSystemTime(Date.now() + ms);
}

/** The device sleeps `ms` with the page out of view, and wakes with it in view: a phone's screen turned off and on. */
export function sleepAndWake(clock: sinon.SinonFakeTimers, ms: number): void {
  setPageHidden(true);
  moveWallClock(clock, ms);
  setPageHidden(false);
}

/**
 * `ms` of real time pass by the monotonic clock, timers firing on the way,
 * and the wall clock is then set back by as much: it reads what it read
 * before, as if set back by hand at the end.
 */
export async function moveMonotonicClock(clock: sinon.SinonFakeTimers, ms: number): Promise<void> {
  await clock.tickAsync(ms);
  clock.setSystemTime(Date.now() - ms);
}

/** The page is shown again from the back/forward cache, as a tab that slept can be, with no visibilitychange. */
export function showFromCache(): void {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
}
