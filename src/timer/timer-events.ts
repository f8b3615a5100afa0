/**
 * The timer's events, declared once. A module of its own, with no code of
 * the timer's, so the checklist can listen to a linked timer without
 * bundling it.
 */
import type { TimerMode } from './timer-machine.js';

/** What the user (or a method call) can do to a session; each has its event `spasm-timer-<change>`. */
export type TimerChange = 'start' | 'pause' | 'resume' | 'reset';

export type TimerEventName = `spasm-timer-${TimerChange | 'complete'}`;

export const TIMER_EVENTS: readonly TimerEventName[] = [
  'spasm-timer-start',
  'spasm-timer-pause',
  'spasm-timer-resume',
  'spasm-timer-complete',
  'spasm-timer-reset',
];

/** `detail` of every `spasm-timer-*` event. */
export interface TimerEventDetail {
  mode: TimerMode;
  /** Length of the session, in ms. */
  durationMs: number;
  /** Time left in the session when the event fired, in ms. */
  remainingMs: number;
}

/** `detail` of `spasm-timer-episode`: the day the spasm started (ISO date) and the therapy it recommends. */
export interface TimerEpisodeDetail {
  day: string;
  mode: TimerMode;
}

declare global {
  interface GlobalEventHandlersEventMap extends Record<TimerEventName, CustomEvent<TimerEventDetail>> {
    'spasm-timer-episode': CustomEvent<TimerEpisodeDetail>;
  }
}
