import { expect } from '@open-wc/testing';
import { checkMinutes, checkMode, REST_MINUTES, SESSION_MINUTES } from '../src/timer/timer-config.js';
import { checkStoredTimer } from '../src/timer/timer-storage.js';

describe('timer config: minutes', () => {
  const cases: [unknown, number, boolean][] = [
    [15, 15, false],
    ['12', 12, false],
    [20, 20, false],
    [45, 20, true],
    ['45', 20, true],
    [0, 1, true],
    [-3, 1, true],
    ['abc', 15, true],
    ['', 15, true],
    [NaN, 15, true],
    [Infinity, 15, true],
    [null, 15, true],
  ];
  for (const [input, value, rejected] of cases) {
    it(`${JSON.stringify(input)} -> ${value}`, () => {
      const checked = checkMinutes(input, SESSION_MINUTES);
      expect(checked.value).to.equal(value);
      expect(Boolean(checked.problem)).to.equal(rejected);
    });
  }
  it('rest below two hours is raised to two hours', () => expect(checkMinutes(30, REST_MINUTES).value).to.equal(120));
});

describe('timer config: mode', () => {
  it('accepts cold and heat', () => {
    expect(checkMode('cold')).to.deep.equal({ value: 'cold' });
    expect(checkMode('heat')).to.deep.equal({ value: 'heat' });
  });
  it('replaces anything else with cold', () => {
    expect(checkMode('lava').value).to.equal('cold');
    expect(checkMode('lava').problem).to.contain('cold, heat');
  });
});

describe('timer config: stored state', () => {
  const now = 1_800_000_000_000;
  const good = {
    version: 1,
    state: { status: 'running', mode: 'cold', durationMs: 900_000, endsAt: now + 600_000 },
    history: [{ mode: 'heat', endedAt: now - 1000 }],
  };
  const cases: [string, unknown, boolean][] = [
    ['nothing stored', undefined, true],
    ['a string', 'garbage{', false],
    ['another version', { ...good, version: 2 }, false],
    ['an unknown status', { ...good, state: { status: 'frozen' } }, false],
    ['a session over 20 minutes', { ...good, state: { ...good.state, durationMs: 45 * 60_000 } }, false],
    ['an end far in the future', { ...good, state: { ...good.state, endsAt: now + 10 * 3_600_000 } }, false],
    [
      'a paused time over the length',
      { ...good, state: { status: 'paused', mode: 'cold', durationMs: 1, remainingMs: 5 } },
      false,
    ],
    ['history not a list', { ...good, history: {} }, false],
  ];
  for (const [name, value, usable] of cases) {
    it(`${name}: ${usable ? 'used' : 'rejected'}`, () => {
      const checked = checkStoredTimer(value, now);
      expect(checked.problem === undefined).to.equal(usable);
    });
  }
  it('a valid state is used as stored', () => expect(checkStoredTimer(good, now).value).to.deep.equal(good));
  it('malformed history entries are dropped, the rest kept', () => {
    const checked = checkStoredTimer({ ...good, history: [...good.history, { mode: 'x' }] }, now);
    expect(checked.value?.history).to.deep.equal(good.history);
    expect(checked.problem).to.contain('dropped');
  });
});
