import { expect } from '@open-wc/testing';
import { checkWholeNumber, checkMode, REST_MINUTES, SESSION_MINUTES } from '../src/timer/timer-config.js';
import { timerSchema } from '../src/timer/timer-storage.js';

describe('timer config: minutes', () => {
  const cases: [unknown, number, boolean][] = [
    [15, 15, false],
    ['12', 12, false],
    [20, 20, false],
    [45, 20, true],
    ['45', 20, true],
    [5, 5, false],
    ['4', 5, true],
    [0, 5, true],
    [-3, 5, true],
    ['abc', 15, true],
    ['', 15, false],
    ['  ', 15, false],
    [null, 15, false],
    [undefined, 15, false],
    [NaN, 15, true],
    [Infinity, 20, true],
    ['Infinity', 15, true],
    ['0x10', 15, true],
    ['1e1', 15, true],
    ['15.5', 16, true],
    [12.2, 12, true],
    [1e9, 20, true],
  ];
  for (const [input, value, rejected] of cases) {
    it(`${JSON.stringify(input)} -> ${value}`, () => {
      const checked = checkWholeNumber(input, SESSION_MINUTES);
      expect(checked.value).to.equal(value);
      expect(Boolean(checked.problem)).to.equal(rejected);
    });
  }
  it('rest below two hours is raised to two hours', () =>
    expect(checkWholeNumber(30, REST_MINUTES).value).to.equal(120));
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

describe('timer storage: reading a stored timer back', () => {
  const now = 1_800_000_000_000;
  const good = {
    version: 2,
    state: { status: 'running', mode: 'cold', durationMs: 900_000, startedAt: now - 300_000, endsAt: now + 600_000 },
    changedAt: now - 300_000,
    history: [{ mode: 'heat', startedAt: now - 901_000, endedAt: now - 1000, ranMs: 900_000 }],
  };
  const parse = (value: unknown) => timerSchema.parse(value, now);
  const cases: [string, unknown, string | undefined][] = [
    ['a string', 'garbage{', 'not a valid saved timer'],
    ['another version', { ...good, version: 3 }, 'not a valid saved timer'],
    ['an unknown status', { ...good, state: { status: 'frozen' } }, 'not a valid saved session'],
    ['a session over 20 minutes', { ...good, state: { ...good.state, durationMs: 45 * 60_000 } }, 'session'],
    ['an end far in the future', { ...good, state: { ...good.state, endsAt: now + 10 * 3_600_000 } }, 'session'],
    [
      'a paused time over the length',
      { ...good, state: { status: 'paused', mode: 'cold', durationMs: 1, remainingMs: 5 } },
      'session',
    ],
    ['history not a list', { ...good, history: {} }, 'not a valid saved timer'],
    ['a valid timer', good, undefined],
  ];
  for (const [name, value, problem] of cases) {
    it(`${name}: ${problem ?? 'used'}`, () => {
      const { problems = [] } = parse(value);
      if (problem === undefined) expect(problems).to.deep.equal([]);
      else expect(problems.join('; ')).to.contain(problem);
    });
  }
  it('a valid timer is used as stored', () => expect(parse(good).value).to.deep.equal(good));
  it('an invalid session keeps the history, so the rest is not lost', () => {
    const { value } = parse({ ...good, state: { status: 'lava' } });
    expect(value?.state).to.deep.equal({ status: 'idle' });
    expect(value?.history).to.deep.equal(good.history);
  });
  it('malformed history entries are dropped, the rest kept', () => {
    const { value, problems } = parse({ ...good, history: [...good.history, { mode: 'x' }] });
    expect(value?.history).to.deep.equal(good.history);
    expect(problems?.join()).to.contain('dropped');
  });
  it('times in the future are taken as now: a year-3000 rest lasts two hours from now', () => {
    const { value, problems } = parse({ ...good, history: [{ mode: 'cold', endedAt: 1e300, ranMs: 900_000 }] });
    expect(value?.history[0].endedAt).to.equal(now);
    expect(problems?.join()).to.contain('future');
  });
  it('version 1 is read, its sessions taken as whole 20 minutes', () => {
    const { value } = parse({
      version: 1,
      state: { status: 'done', mode: 'cold', durationMs: 900_000, endedAt: now - 1000 },
      history: [{ mode: 'cold', endedAt: now - 1000 }],
    });
    expect(value?.state).to.deep.equal({
      status: 'done',
      mode: 'cold',
      durationMs: 900_000,
      startedAt: now - 901_000,
      endedAt: now - 1000,
    });
    expect(value?.history).to.deep.equal([
      { mode: 'cold', startedAt: now - 1_201_000, endedAt: now - 1000, ranMs: 1_200_000 },
    ]);
  });
  it('merging keeps both histories and the latest change', () => {
    const other = { version: 2 as const, changedAt: now, state: { status: 'idle' as const }, history: [] };
    const merged = timerSchema.merge(parse(good).value!, other);
    expect(merged.state).to.deep.equal({ status: 'idle' });
    expect(merged.history).to.deep.equal(good.history);
  });
});
