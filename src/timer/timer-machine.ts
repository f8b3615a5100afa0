/**
 * The timer's states and transitions as plain functions of (state, now).
 * No DOM, no clock of its own. A running session stores when it ends
 * (`endsAt`), never a counter, so the remaining time stays right however
 * late the browser wakes us: after a hidden tab, a reload, a DOM move.
 */
export const TIMER_MODES = ['cold', 'heat'] as const;
export type TimerMode = (typeof TIMER_MODES)[number];
export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

export type TimerState =
  | { status: 'idle' }
  | { status: 'running'; mode: TimerMode; durationMs: number; endsAt: number }
  | { status: 'paused'; mode: TimerMode; durationMs: number; remainingMs: number }
  | { status: 'done'; mode: TimerMode; durationMs: number; endedAt: number };

/** A finished session, kept to count today's sessions and the skin's rest. */
export interface CompletedSession {
  mode: TimerMode;
  endedAt: number;
}

export const MINUTE_MS = 60_000;
/** Milestones announced while a session runs, in ms left. */
export const MILESTONES_MS = [5 * MINUTE_MS, MINUTE_MS] as const;
/** History older than this counts for neither today nor any rest period. */
const HISTORY_KEPT_MS = 48 * 60 * MINUTE_MS;

export const idle: TimerState = { status: 'idle' };

export function start(state: TimerState, mode: TimerMode, durationMs: number, now: number): TimerState {
  if (state.status === 'running' || state.status === 'paused') return state;
  return { status: 'running', mode, durationMs, endsAt: now + durationMs };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running' || now >= state.endsAt) return state;
  const { mode, durationMs } = state;
  return { status: 'paused', mode, durationMs, remainingMs: state.endsAt - now };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  const { mode, durationMs } = state;
  return { status: 'running', mode, durationMs, endsAt: now + state.remainingMs };
}

/** Finishes a running session whose end has passed; anything else is unchanged. */
export function advance(state: TimerState, now: number): TimerState {
  if (state.status !== 'running' || now < state.endsAt) return state;
  const { mode, durationMs } = state;
  return { status: 'done', mode, durationMs, endedAt: state.endsAt };
}

/** Time left in the current session; a whole session while idle. */
export function remainingMs(state: TimerState, now: number, idleDurationMs: number): number {
  switch (state.status) {
    case 'idle':
      return idleDurationMs;
    case 'running':
      return Math.max(0, state.endsAt - now);
    case 'paused':
      return state.remainingMs;
    case 'done':
      return 0;
  }
}

/** The milestone crossed when the time left went from `before` to `after`, if any. */
export function milestoneCrossed(before: number, after: number): number | undefined {
  // The smallest crossed milestone is the one that is true now.
  return [...MILESTONES_MS].reverse().find((milestone) => before > milestone && after <= milestone && after > 0);
}

/** When the skin has rested enough for another session, or undefined if it has. */
export function restUntil(history: readonly CompletedSession[], restMs: number, now: number): number | undefined {
  const lastEnd = Math.max(-Infinity, ...history.map((session) => session.endedAt));
  const until = lastEnd + restMs;
  return until > now ? until : undefined;
}

/** Sessions of `mode` finished on the local calendar day of `now`. */
export function countToday(history: readonly CompletedSession[], mode: TimerMode, now: number): number {
  const today = new Date(now).toDateString();
  return history.filter((s) => s.mode === mode && new Date(s.endedAt).toDateString() === today).length;
}

export function pruneHistory(history: readonly CompletedSession[], now: number): CompletedSession[] {
  return history.filter((session) => now - session.endedAt < HISTORY_KEPT_MS);
}
