/**
 * The timer's clock: ms since the epoch, the wall clock's time as a reload
 * or another tab reads it, but never slower than real time.
 *
 * Neither browser clock is right alone. The wall clock (`Date.now`) can be
 * set back by hand, which would stretch a session. The monotonic clock
 * (`performance.now`) stops on many systems while the device sleeps (a
 * phone's screen off, a laptop's lid closed), which would stretch it too:
 * 5 minutes into a session, 30 minutes of sleep, and "10 minutes left".
 *
 * So the reading moves on with the monotonic clock, plus every jump forward
 * of the wall clock against it, and ignores the wall clock's jumps back.
 * From inside a page, a device that slept and a clock moved forward by hand
 * look the same: both count, which may shorten a rest; a clock moved back
 * never lengthens a session. After a clock moved back, the reading stays
 * ahead of the wall clock by as much, until the page is reloaded.
 */

/**
 * The wall clock may move this far against the monotonic clock before it is
 * taken for a sleep or a change by hand: below it is rounding and drift,
 * which must not add up read after read.
 */
export const JUMP_MS = 1000;

/**
 * A clock's reading, if it gives one. Host pages have replaced `Date.now`
 * or `performance.now` with functions that throw or return a BigInt.
 */
export function readClock(clock: () => unknown): number | undefined {
  try {
    const value = clock();
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A clock that is read at each use (each tick, and when the page is shown
 * again): a sleep shows at the first read after it. Readings never go back.
 * A clock that gives no reading is done without: the other alone, else the
 * last reading. `wall` and `monotonic` are for tests.
 */
export function realTimeClock(
  wall: () => unknown = () => Date.now(),
  monotonic: () => unknown = () => performance.now()
): () => number {
  let reading = 0;
  /** The wall clock minus the monotonic clock, as last taken: a sleep or a change by hand moves it. */
  let gap: number | undefined;
  /** How far the reading is ahead of the wall clock: the sum of its jumps back. */
  let ahead = 0;
  return () => {
    const wallNow = readClock(wall);
    const monotonicNow = readClock(monotonic);
    let next = wallNow === undefined ? reading : wallNow + ahead;
    if (monotonicNow !== undefined) {
      // Without a wall clock, where it stood when the page opened (`timeOrigin`), else the last reading.
      const gapNow =
        wallNow === undefined
          ? (gap ?? readClock(() => performance.timeOrigin) ?? reading - monotonicNow)
          : wallNow - monotonicNow;
      gap ??= gapNow;
      // After a jump back the reading goes on with the monotonic clock; after a jump forward it moves with the wall clock.
      if (gapNow < gap - JUMP_MS) ahead += gap - gapNow;
      // After either jump, the next reads are compared with where the two clocks now stand.
      if (Math.abs(gapNow - gap) > JUMP_MS) gap = gapNow;
      next = monotonicNow + gap + ahead;
    }
    return (reading = Math.max(reading, Math.round(next)));
  };
}

/**
 * The time now, for what needs only the day (whether the content is past its
 * review date, a sign-off's age, the date on a printed plan): the wall clock,
 * else, when a host broke `Date.now`, the monotonic clock from where the page
 * opened, as realTimeClock reads them. No jumps to follow in one reading.
 */
export const timeNow = (): number =>
  readClock(() => Date.now()) ?? readClock(() => performance.timeOrigin + performance.now()) ?? 0;
