import { expect } from '@open-wc/testing';
import {
  advance,
  allowanceMs,
  countToday,
  idle,
  mergeHistory,
  milestoneCrossed,
  pastSession,
  pause,
  pruneHistory,
  remainingMs,
  restUntil,
  resume,
  start,
  timerView,
  type PastSession,
  type TimerState,
} from '../src/timer/timer-machine.js';

const MIN = 60_000;
const T0 = new Date(2026, 10, 22, 9, 0).getTime();
const session = { mode: 'cold', durationMs: 15 * MIN, startedAt: T0 } as const;
const running: TimerState = { status: 'running', ...session, endsAt: T0 + 15 * MIN };
const paused: TimerState = { status: 'paused', ...session, remainingMs: 10 * MIN };
const done: TimerState = { status: 'done', ...session, mode: 'heat', startedAt: T0 - 15 * MIN, endedAt: T0 };

describe('timer machine: transitions', () => {
  const cases: [string, () => TimerState, TimerState][] = [
    ['start from idle sets the end time', () => start(idle, 'cold', 15 * MIN, T0), running],
    ['start from done starts anew', () => start(done, 'cold', 15 * MIN, T0), running],
    ['start while running changes nothing', () => start(running, 'heat', MIN, T0 + MIN), running],
    ['start while paused changes nothing', () => start(paused, 'heat', MIN, T0), paused],
    [
      'pause keeps the time left',
      () => pause(running, T0 + 5 * MIN),
      { status: 'paused', ...session, remainingMs: 10 * MIN },
    ],
    ['pause after the end changes nothing', () => pause(running, T0 + 16 * MIN), running],
    ['pause while idle changes nothing', () => pause(idle, T0), idle],
    [
      'resume ends the session the time left after now',
      () => resume(paused, T0 + 60 * MIN),
      { status: 'running', ...session, endsAt: T0 + 70 * MIN },
    ],
    ['resume while running changes nothing', () => resume(running, T0), running],
    ['advance before the end changes nothing', () => advance(running, T0 + 15 * MIN - 1), running],
    [
      'advance at the end finishes at the end time',
      () => advance(running, T0 + 15 * MIN),
      { status: 'done', ...session, endedAt: T0 + 15 * MIN },
    ],
    [
      'advance long after the end still records the real end',
      () => advance(running, T0 + 600 * MIN),
      { status: 'done', ...session, endedAt: T0 + 15 * MIN },
    ],
    ['advance while paused changes nothing', () => advance(paused, T0 + 600 * MIN), paused],
  ];
  for (const [name, run, expected] of cases) {
    it(name, () => expect(run()).to.deep.equal(expected));
  }

  it('pause and resume around a break lose no time', () => {
    let state = start(idle, 'cold', 15 * MIN, T0);
    state = pause(state, T0 + 4 * MIN);
    state = resume(state, T0 + 34 * MIN);
    expect(remainingMs(state, T0 + 34 * MIN, 0)).to.equal(11 * MIN);
    expect(advance(state, T0 + 45 * MIN - 1).status).to.equal('running');
    expect(advance(state, T0 + 45 * MIN).status).to.equal('done');
  });
});

describe('timer machine: remaining time', () => {
  const cases: [string, TimerState, number, number][] = [
    ['idle shows a whole session', idle, T0, 15 * MIN],
    ['running counts from the end time', running, T0 + 90_500, 15 * MIN - 90_500],
    ['running never goes below zero', running, T0 + 99 * MIN, 0],
    ['paused keeps its time', paused, T0 + 99 * MIN, 10 * MIN],
    ['done has none', done, T0, 0],
  ];
  for (const [name, state, now, expected] of cases) {
    it(name, () => expect(remainingMs(state, now, 15 * MIN)).to.equal(expected));
  }
});

describe('timer machine: milestones', () => {
  const cases: [number, number, number | undefined][] = [
    [6 * MIN, 5 * MIN, 5 * MIN],
    [5 * MIN + 1, 5 * MIN - 999, 5 * MIN],
    [5 * MIN, 5 * MIN - 1000, undefined],
    [61_000, 60_000, MIN],
    [10 * MIN, 30_000, MIN],
    [2 * MIN, 0, undefined],
    [30_000, 29_000, undefined],
  ];
  for (const [before, after, expected] of cases) {
    it(`${before} -> ${after} ms left: ${expected ?? 'none'}`, () =>
      expect(milestoneCrossed(before, after)).to.equal(expected));
  }
});

describe('timer machine: rest and today', () => {
  const ended = (mode: 'cold' | 'heat', endedAt: number, ranMs = 15 * MIN): PastSession => ({
    mode,
    startedAt: endedAt - ranMs,
    endedAt,
    ranMs,
  });
  const history = [
    ended('cold', new Date(2026, 10, 21, 23, 0).getTime()),
    ended('cold', T0 - 3 * 60 * MIN),
    ended('heat', T0 - 60 * MIN),
    ended('cold', T0 - 30 * MIN),
  ];

  it('rest runs from the latest session of any mode', () =>
    expect(restUntil(history, 120 * MIN, T0)).to.equal(T0 + 90 * MIN));
  it('no rest once it has passed', () => expect(restUntil(history, 120 * MIN, T0 + 90 * MIN)).to.equal(undefined));
  it('no rest without history', () => expect(restUntil([], 120 * MIN, T0)).to.equal(undefined));
  it('counts cold sessions of the local day only', () => expect(countToday(history, 'cold', T0)).to.equal(2));
  it('counts heat sessions separately', () => expect(countToday(history, 'heat', T0)).to.equal(1));
  it('a new day starts at zero', () => expect(countToday(history, 'cold', T0 + 24 * 60 * MIN)).to.equal(0));
  it('prunes history older than two days', () =>
    expect(pruneHistory(history, T0 + 46 * 60 * MIN)).to.deep.equal(history.slice(2)));

  it('a misclick starts no rest and is not counted, but its time is taken off the 20 minutes', () => {
    const misclick = [ended('cold', T0, 20_000)];
    expect(restUntil(misclick, 120 * MIN, T0 + 1000)).to.equal(undefined);
    expect(countToday(misclick, 'cold', T0)).to.equal(0);
    expect(allowanceMs(misclick, 120 * MIN, T0 + 1000)).to.equal(20 * MIN - 20_000);
    expect(allowanceMs(misclick, 120 * MIN, T0 + 120 * MIN)).to.equal(20 * MIN);
  });
  it('misclicks that add up to a minute start the rest', () => {
    const twice = [ended('cold', T0, 40_000), ended('cold', T0 + 50_000, 40_000)];
    expect(restUntil(twice, 120 * MIN, T0 + 60_000)).to.equal(T0 + 50_000 + 120 * MIN);
  });
  it('a session reset after a minute counts like a finished one', () => {
    const stopped = pastSession(pause(running, T0 + 14 * MIN), T0 + 20 * MIN)!;
    expect(stopped).to.deep.equal({ mode: 'cold', startedAt: T0, endedAt: T0 + 20 * MIN, ranMs: 14 * MIN });
    expect(restUntil([stopped], 120 * MIN, T0 + 21 * MIN)).to.equal(T0 + 140 * MIN);
    expect(countToday([stopped], 'cold', T0 + 21 * MIN)).to.equal(1);
  });
  it('a session that never ran leaves nothing', () => expect(pastSession(running, T0)).to.equal(undefined));
  it('merging keeps each session once, the longer-run copy', () => {
    const short = ended('cold', T0, 5 * MIN);
    const long = { ...short, endedAt: T0 + 5 * MIN, ranMs: 10 * MIN };
    expect(mergeHistory([short, history[2]], [long])).to.deep.equal([history[2], long]);
  });
});

describe('timer machine: view', () => {
  const settings = { mode: 'heat', sessionMs: 15 * MIN, restMs: 120 * MIN } as const;
  it('idle: the next session, of the settings', () =>
    expect(timerView(idle, [], settings, T0)).to.deep.equal({
      status: 'idle',
      mode: 'heat',
      sessionMs: 15 * MIN,
      remainingMs: 15 * MIN,
      underWay: false,
      restEnd: undefined,
    }));
  it('running: the session, not the settings', () => {
    const view = timerView(running, [], settings, T0 + MIN);
    expect([view.mode, view.sessionMs, view.remainingMs, view.underWay]).to.deep.equal([
      'cold',
      15 * MIN,
      14 * MIN,
      true,
    ]);
  });
  it('a session that ran out since counts already: done and resting', () => {
    const view = timerView(running, [], settings, T0 + 16 * MIN);
    expect([view.status, view.restEnd]).to.deep.equal(['done', T0 + 135 * MIN]);
  });
});
