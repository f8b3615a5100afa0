/**
 * The timer's clock (src/core/clock.ts) with the two browser clocks passed
 * in: each case moves them as a device does, and says what the reading must be.
 */
import { expect } from '@open-wc/testing';
import { JUMP_MS, readClock, realTimeClock } from '../src/core/clock.js';

const START = 1_800_000_000_000;
const MINUTE = 60_000;

/** Both clocks, moved by hand: `wall` as Date.now gives it, `monotonic` as performance.now does. */
function clocks() {
  const now = { wall: START as unknown, monotonic: 5_000 as unknown };
  const read = realTimeClock(
    () => now.wall,
    () => now.monotonic
  );
  /** Real time passes: both move on together. */
  const pass = (ms: number) => {
    now.wall = (now.wall as number) + ms;
    now.monotonic = (now.monotonic as number) + ms;
  };
  return { now, read, pass };
}

describe('the timer’s clock', () => {
  it('reads the wall clock at first, then moves on with the monotonic clock', () => {
    const { read, pass } = clocks();
    expect(read()).to.equal(START);
    pass(90_000.4);
    expect(read()).to.equal(START + 90_000);
  });

  it('a sleep: the wall clock jumps ahead and the monotonic clock stands still; the reading jumps with it', () => {
    const { now, read, pass } = clocks();
    read();
    pass(5 * MINUTE);
    now.wall = (now.wall as number) + 30 * MINUTE;
    expect(read()).to.equal(START + 35 * MINUTE);
    pass(MINUTE);
    expect(read(), 'and goes on from there').to.equal(START + 36 * MINUTE);
  });

  it('a clock set back: the reading goes on with the monotonic clock, ahead of the wall clock by as much', () => {
    const { now, read, pass } = clocks();
    read();
    now.wall = (now.wall as number) - 10 * MINUTE;
    expect(read()).to.equal(START);
    pass(MINUTE);
    expect(read()).to.equal(START + MINUTE);
  });

  it('a clock set back, then a sleep shorter than that: the sleep still counts', () => {
    const { now, read } = clocks();
    read();
    now.wall = (now.wall as number) - 10 * MINUTE;
    read();
    now.wall = (now.wall as number) + 5 * MINUTE;
    expect(read()).to.equal(START + 5 * MINUTE);
  });

  it('a monotonic clock that stands still or runs back: the reading follows the wall clock, never back', () => {
    const { now, read } = clocks();
    read();
    for (let second = 1; second <= 60; second++) {
      now.wall = START + second * 1000;
      now.monotonic = 5_000 - second * 7;
      const reading = read();
      expect(reading, `second ${second}`).to.be.within(START + second * 1000 - JUMP_MS, START + second * 1000);
    }
    now.monotonic = 5_000;
    expect(read()).to.be.at.least(START + 59_000);
  });

  it('rounding and drift below a jump do not add up, read after read', () => {
    const { now, read } = clocks();
    read();
    // Date.now in whole ms, performance.now coarsened: the gap between them wanders by under a ms.
    for (let i = 1; i <= 10_000; i++) {
      now.monotonic = 5_000 + i * 100 + (i % 7) / 10;
      now.wall = START + i * 100 + (i % 3) - 1;
      read();
    }
    expect(read()).to.be.within(START + 1_000_000 - 1, START + 1_000_000 + 1);
  });

  const broken: [string, unknown][] = [
    ['a BigInt', BigInt(START)],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['a string', String(START)],
    ['undefined', undefined],
  ];
  for (const [label, value] of broken) {
    it(`a wall clock that gives ${label}: the monotonic clock alone`, () => {
      const { now, read } = clocks();
      read();
      now.wall = value;
      now.monotonic = (now.monotonic as number) + MINUTE;
      expect(read()).to.equal(START + MINUTE);
    });

    it(`a monotonic clock that gives ${label}: the wall clock alone, never back`, () => {
      const { now, read } = clocks();
      read();
      now.monotonic = value;
      now.wall = START + MINUTE;
      expect(read()).to.equal(START + MINUTE);
      now.wall = START;
      expect(read()).to.equal(START + MINUTE);
    });
  }

  it('clocks that throw: the other alone, then the last reading', () => {
    let wall: () => number = () => START;
    let monotonic: () => number = () => 0;
    const read = realTimeClock(
      () => wall(),
      () => monotonic()
    );
    expect(read()).to.equal(START);
    monotonic = () => {
      throw new Error('blocked');
    };
    wall = () => START + 1000;
    expect(read()).to.equal(START + 1000);
    wall = monotonic;
    expect(read()).to.equal(START + 1000);
  });

  it('without a wall clock from the start: where it stood when the page opened', () => {
    const read = realTimeClock(
      () => 1n,
      () => 2_000
    );
    expect(read()).to.equal(Math.round(performance.timeOrigin + 2_000));
  });

  it('readClock takes only finite numbers', () => {
    expect(readClock(() => 12.5)).to.equal(12.5);
    expect(readClock(() => 12n)).to.equal(undefined);
    expect(
      readClock(() => {
        throw new Error('no');
      })
    ).to.equal(undefined);
  });
});
