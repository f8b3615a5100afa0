/**
 * The timer's safety rule, tried as an impatient patient and a hostile host
 * page would: between two stretches of cold or heat the skin rests at least
 * two hours, or together they last at most 20 minutes.
 *
 * Exposure is measured from outside, as the patient lives it: the pack goes
 * on when any timer on the page (or in a "second tab" on the same storage
 * key) fires start or resume, and comes off on pause, reset or complete. A
 * reload keeps the pack on: the reloaded timer must carry the session on.
 *
 * Time is real time (the fake clock's monotonic time, plus the device's
 * sleeps), plus each move forward of the device clock: from inside a page a
 * clock moved forward looks like a sleep, and may shorten a rest (issue 28
 * §1). A move back counts for nothing. A session whose end passed while the
 * device slept (or in a jump forward) came off then, as no page could have
 * said so sooner; if the timer still says it runs once the device wakes, the
 * time after the wake counts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import '../../src/timer/define.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { fakeClock, MINUTE, restorePageVisibility, setPageHidden } from '../helpers.js';
import { report } from './report.js';
import { moveWallClock } from './two-clocks.js';

const KEY = 'spasm-robustness-timer';
const REST_FLOOR = 120 * MINUTE;
const LIMIT = 20 * MINUTE;
const ON = ['spasm-timer-start', 'spasm-timer-resume'] as const;
const OFF = ['spasm-timer-pause', 'spasm-timer-reset', 'spasm-timer-complete'] as const;

type Who = 0 | 1;
type Command =
  | { kind: 'start' | 'click' | 'pause' | 'resume' | 'reset' | 'reload'; who: Who }
  | { kind: 'wait'; ms: number }
  | { kind: 'sleep'; ms: number }
  | { kind: 'jump'; ms: number }
  | { kind: 'minutes' | 'rest-minutes' | 'mode'; who: Who; value: unknown; asAttribute: boolean };

const who = fc.constantFrom<Who>(0, 1);
const waits = [
  1_000,
  20_000,
  59_000,
  61_000,
  5 * MINUTE,
  14 * MINUTE,
  19 * MINUTE + 59_000,
  21 * MINUTE,
  119 * MINUTE,
  121 * MINUTE,
];
/** The device sleeps: a phone in a pocket, a laptop closed over lunch or overnight. */
const sleeps = [30_000, 12 * MINUTE, 30 * MINUTE, 2 * 60 * MINUTE, 8 * 60 * MINUTE];
const minutesValues = [1, 5, 15, 20, 21, 600, 1e9, Infinity, -1, NaN, '0x10', '15.5', 'Infinity', '', null, undefined];
const restValues = [0, 10, 119, 120, 180, NaN, 'abc', null];

function commands(withReloads: boolean, withJumps: boolean): fc.Arbitrary<Command[]> {
  const actions: fc.Arbitrary<Command>[] = [
    fc.record({ kind: fc.constantFrom('start', 'click', 'pause', 'resume', 'reset'), who }),
    fc.record({ kind: fc.constant('wait'), ms: fc.constantFrom(...waits) }),
    fc.record({ kind: fc.constant('sleep'), ms: fc.constantFrom(...sleeps) }),
    fc.record({
      kind: fc.constant('minutes'),
      who,
      value: fc.constantFrom(...minutesValues),
      asAttribute: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('rest-minutes'),
      who,
      value: fc.constantFrom(...restValues),
      asAttribute: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('mode'),
      who,
      value: fc.constantFrom('cold', 'heat', 'lava', 7),
      asAttribute: fc.boolean(),
    }),
  ];
  if (withReloads) actions.push(fc.record({ kind: fc.constant('reload'), who }));
  if (withJumps)
    actions.push(
      fc.record({ kind: fc.constant('jump'), ms: fc.constantFrom(-10 * MINUTE, 2 * 60 * MINUTE, -60 * MINUTE) })
    );
  return fc.array(fc.oneof(...(actions as fc.Arbitrary<Command>[])), { minLength: 1, maxLength: 24 });
}

/** Exposure stretches, on the time the timer must keep: real time plus every move forward of the device clock. */
class Patient {
  stretches: [number, number][] = [];
  #on?: number;
  /** When the session on should end, by the time it had left when it went on. */
  #endsBy = 0;
  /** Time the monotonic clock did not see: sleeps and moves forward of the device clock. */
  #skipped = 0;

  constructor(target: EventTarget) {
    for (const type of ON)
      target.addEventListener(type, (event) => {
        if (this.#on !== undefined) return;
        this.#on = this.now();
        this.#endsBy = this.#on + (event as CustomEvent<{ remainingMs: number }>).detail.remainingMs;
      });
    for (const type of OFF) target.addEventListener(type, () => this.#off());
  }

  now(): number {
    return performance.now() + this.#skipped;
  }

  /**
   * `ms` pass that no page runs in (a sleep) or that the device clock jumps forward. A session whose end
   * falls in them is off from its end; if the timer still says it runs afterwards, it is on again from then.
   */
  skip(ms: number): void {
    const from = this.now();
    this.#skipped += ms;
    if (this.#on === undefined || this.#endsBy >= this.now()) return;
    this.#off(Math.max(this.#endsBy, from));
    this.#on = this.now();
  }

  #off(at = this.now()): void {
    if (this.#on === undefined) return;
    // An empty stretch is no exposure: it must not move the start of the next rest.
    if (at > this.#on) this.stretches.push([this.#on, at]);
    this.#on = undefined;
  }

  /** The longest time under cold or heat with less than two hours between stretches. */
  longestRun(): number {
    this.#off();
    let longest = 0;
    let run = 0;
    let lastEnd = -Infinity;
    for (const [from, to] of [...this.stretches].sort((a, b) => a[0] - b[0])) {
      if (from - lastEnd >= REST_FLOOR) run = 0;
      // Overlapping stretches (two tabs showing one session) count once.
      run += to - Math.max(from, lastEnd);
      lastEnd = Math.max(lastEnd, to);
      longest = Math.max(longest, run);
    }
    return longest;
  }

  /** Time under cold or heat in stretches that ended at `since` or later; overlaps count once. */
  totalSince(since: number): number {
    this.#off();
    let total = 0;
    let lastEnd = -Infinity;
    for (const [from, to] of [...this.stretches].sort((a, b) => a[0] - b[0])) {
      if (to >= since) total += Math.max(0, to - Math.max(from, lastEnd));
      lastEnd = Math.max(lastEnd, to);
    }
    return total;
  }
}

/** History older than this may be pruned by the timer (it keeps 48 hours): lost time is looked for within it. */
const LOSS_WINDOW = 47 * 60 * MINUTE;
/** Rounding of the timers' clocks, at most; a lost session is at least a second (the shortest wait). */
const LOSS_TOLERANCE = 500;

interface StoredForCheck {
  state: { status: string; durationMs?: number; remainingMs?: number; endsAt?: number };
  history: { endedAt: number; ranMs: number }[];
}

/** The run time the timers' storage holds, in sessions that ended within the window, and in a session under way. */
function recordedSince(since: number, now: number): number {
  const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredForCheck | null;
  if (!stored) return 0;
  const past = stored.history.filter((session) => session.endedAt >= since).reduce((sum, s) => sum + s.ranMs, 0);
  const { status, durationMs = 0, remainingMs = 0, endsAt = now } = stored.state;
  const underWay =
    status === 'paused' ? durationMs - remainingMs : status === 'running' ? durationMs - (endsAt - now) : 0;
  return past + underWay;
}

interface Outcome {
  /** The longest run of cold or heat with less than two hours of rest between stretches (ms). */
  longest: number;
  uncaught: number;
  /** Widgets left without their controls. */
  blank: number;
  /** Run time the patient had that the timers' storage does not hold (ms beyond rounding). */
  lost: number;
}

async function runSequence(sequence: Command[]): Promise<Outcome> {
  localStorage.clear();
  const clock = fakeClock();
  const warn = sinon.stub(console, 'warn');
  let uncaught = 0;
  const onError = () => uncaught++;
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onError);
  const page = await fixture<HTMLElement>(html`<div></div>`);
  const patient = new Patient(page);
  // The timers' clock is origin + the patient's time: every timer made here reads the same (reloads come with no jumps).
  const origin = Date.now() - performance.now();
  const make = () => {
    const timer = document.createElement('spasm-timer');
    timer.setAttribute('persist', '');
    timer.setAttribute('storage-key', KEY);
    return timer;
  };
  const tabs: SpasmTimer[] = [make(), make()];
  page.append(...tabs);
  let blank = 0;
  try {
    for (const command of sequence) {
      try {
        const timer = 'who' in command ? tabs[command.who] : tabs[0];
        switch (command.kind) {
          case 'start':
          case 'pause':
          case 'resume':
          case 'reset':
            timer[command.kind]();
            break;
          case 'click':
            timer.shadowRoot?.querySelector<HTMLButtonElement>('[part="primary-button"]')?.click();
            break;
          case 'wait':
            await clock.tickAsync(command.ms);
            break;
          case 'sleep':
          case 'jump':
            // A sleep and a clock moved forward look the same to the page; a clock moved back counts for nothing.
            if (command.kind === 'sleep' || command.ms > 0) patient.skip(command.ms);
            moveWallClock(clock, command.ms);
            // The user comes back to the page: after the device woke, or from the clock's settings.
            setPageHidden(false);
            await Promise.all(tabs.map((tab) => tab.updateComplete));
            setPageHidden(true);
            break;
          case 'reload': {
            const fresh = make();
            timer.replaceWith(fresh);
            tabs[command.who] = fresh;
            break;
          }
          default: {
            const property = command.kind === 'rest-minutes' ? 'restMinutes' : command.kind;
            if (command.asAttribute) {
              if (command.value === null || command.value === undefined) timer.removeAttribute(command.kind);
              else timer.setAttribute(command.kind, String(command.value));
            } else Object.assign(timer, { [property]: command.value });
          }
        }
      } catch {
        uncaught++;
      }
      await Promise.all(tabs.map((tab) => tab.updateComplete));
    }
    await clock.tickAsync(2 * LIMIT);
    for (const tab of tabs) if (!tab.shadowRoot?.querySelector('[part="primary-button"]')) blank++;
    const since = patient.now() - LOSS_WINDOW;
    const missing = patient.totalSince(since) - recordedSince(origin + since, origin + patient.now());
    const lost = missing > LOSS_TOLERANCE ? missing : 0;
    return { longest: patient.longestRun(), uncaught, blank, lost };
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    warn.restore();
    clock.restore();
    page.remove();
    localStorage.clear();
  }
}

async function holdsFor(name: string, arbitrary: fc.Arbitrary<Command[]>, seed: number): Promise<void> {
  let cases = 0;
  let uncaught = 0;
  let blank = 0;
  let lost = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (sequence) => {
      const result = await runSequence(sequence);
      cases++;
      uncaught += result.uncaught;
      blank += result.blank;
      lost += result.lost ? 1 : 0;
      expect(result, JSON.stringify(result)).to.include({ uncaught: 0, blank: 0, lost: 0 });
      expect(result.longest, 'longest run without two hours of rest (ms)').to.be.at.most(LIMIT);
    }),
    { seed, numRuns: 1000 }
  );
  report({ category: name, cases, uncaught, silent: blank, lost });
}

describe('robustness: the timer limits hold under any sequence', () => {
  beforeEach(() => setPageHidden(true));
  afterEach(() => restorePageVisibility());

  it('clicks, method calls, property and attribute sets, sleeps, reloads and a second tab (1,000 sequences)', async () => {
    await holdsFor('timer: clicks, props, sleeps, reloads, 2nd tab', commands(true, false), 20261123);
  }).timeout(600_000);

  it('clicks, method calls, property sets, sleeps and device clock jumps both ways (1,000 sequences)', async () => {
    await holdsFor('timer: sleeps, clock jumps', commands(false, true), 42);
  }).timeout(600_000);

  const plain: [string, Command[]][] = [
    [
      'start in one tab, then start() in the other',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 1000 },
        { kind: 'start', who: 1 },
        { kind: 'wait', ms: 1000 },
      ],
    ],
    [
      'Start, 19:59, Reset, Start, 19:59, Reset, Start…',
      [0, 1, 2].flatMap(() => [
        { kind: 'click', who: 0 },
        { kind: 'wait', ms: 19 * MINUTE + 59_000 },
        { kind: 'reset', who: 0 },
      ]) as Command[],
    ],
    [
      'Start, 14:00, Reset, Start with the default 15',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 14 * MINUTE },
        { kind: 'reset', who: 0 },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 20 * MINUTE },
      ],
    ],
    [
      'minutes changed a minute before the end',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 14 * MINUTE },
        { kind: 'minutes', who: 0, value: 1, asAttribute: false },
      ],
    ],
    [
      'minutes = 1e9, then start()',
      [
        { kind: 'minutes', who: 0, value: 1e9, asAttribute: false },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 121 * MINUTE },
      ],
    ],
    [
      'restMinutes = 0, a session, start() again 10 minutes into the rest',
      [
        { kind: 'rest-minutes', who: 0, value: 0, asAttribute: false },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 25 * MINUTE },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 20 * MINUTE },
      ],
    ],
    [
      'a second tab starts 15 s after the first one ended',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 15 * MINUTE + 15_000 },
        { kind: 'start', who: 1 },
        { kind: 'wait', ms: 20 * MINUTE },
      ],
    ],
    [
      'the device clock goes back 10 minutes mid-session',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 5 * MINUTE },
        { kind: 'jump', ms: -10 * MINUTE },
        { kind: 'wait', ms: 15 * MINUTE },
        { kind: 'start', who: 0 },
      ],
    ],
    [
      'the device clock goes forward 2 hours during the rest',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 16 * MINUTE },
        { kind: 'jump', ms: 120 * MINUTE },
        { kind: 'wait', ms: 11 * MINUTE },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 20 * MINUTE },
      ],
    ],
    [
      'the device sleeps 30 minutes at minute 5 of 15, then Start, and Start again after the rest',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 5 * MINUTE },
        { kind: 'sleep', ms: 30 * MINUTE },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 100 * MINUTE },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 20 * MINUTE },
      ],
    ],
    [
      'the device sleeps 12 minutes two minutes before the end, then Start in the other tab',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 13 * MINUTE },
        { kind: 'sleep', ms: 12 * MINUTE },
        { kind: 'start', who: 1 },
        { kind: 'wait', ms: 20 * MINUTE },
      ],
    ],
    [
      'the device clock goes back 10 minutes mid-session, then the device sleeps 5 minutes',
      [
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 5 * MINUTE },
        { kind: 'jump', ms: -10 * MINUTE },
        { kind: 'sleep', ms: 5 * MINUTE },
        { kind: 'wait', ms: 10 * MINUTE },
        { kind: 'start', who: 0 },
      ],
    ],
    [
      'the tab sleeps 8 hours, then a session, a reload and Start',
      [
        { kind: 'sleep', ms: 8 * 60 * MINUTE },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 16 * MINUTE },
        { kind: 'reload', who: 0 },
        { kind: 'start', who: 0 },
        { kind: 'wait', ms: 20 * MINUTE },
      ],
    ],
  ];
  for (const [name, sequence] of plain) {
    it(name, async () => {
      const result = await runSequence(sequence);
      expect(result.uncaught, 'uncaught errors').to.equal(0);
      expect(result.blank, 'blank widgets').to.equal(0);
      expect(result.lost, 'run time missing from storage (ms)').to.equal(0);
      expect(result.longest, 'longest run without two hours of rest (ms)').to.be.at.most(LIMIT);
    });
  }
});
