import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { everySecond } from '../src/core/ticker.js';
import { fakeClock, MORNING } from './helpers.js';

describe('ticker: one clock for every running widget', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeClock(MORNING + 400);
  });
  afterEach(() => {
    clock.restore();
  });

  it('calls every subscriber at each whole second, from one timeout', () => {
    const calls: number[] = [];
    const stops = [1, 2, 3].map((id) => everySecond(() => calls.push(id)));
    expect(clock.countTimers()).to.equal(1);
    clock.tick(599);
    expect(calls).to.deep.equal([]);
    clock.tick(1);
    expect(calls).to.deep.equal([1, 2, 3]);
    expect(Date.now() % 1000).to.equal(0);
    clock.tick(1000);
    expect(calls).to.have.length(6);
    expect(clock.countTimers()).to.equal(1);
    stops.forEach((stop) => stop());
  });

  it('stops its timeout when the last subscriber leaves, and a subscriber may leave while being called', () => {
    let calls = 0;
    const stop = everySecond(() => {
      calls++;
      stop();
    });
    const other = everySecond(() => calls++);
    clock.tick(600);
    expect(calls).to.equal(2);
    other();
    expect(clock.countTimers()).to.equal(0);
    clock.tick(5000);
    expect(calls).to.equal(2);
  });

  it('keeps the others ticking when one subscriber throws, and still reports the error', () => {
    let calls = 0;
    const failing = everySecond(() => {
      throw new Error('broken widget');
    });
    const working = everySecond(() => calls++);
    clock.tick(600);
    expect(calls).to.equal(1);
    expect(() => clock.tick(1)).to.throw('broken widget');
    failing();
    working();
  });
});
