/**
 * The timer's states, transitions and safety rule as plain functions of
 * (state, now). No DOM, no clock of its own. A running session stores when
 * it ends (`endsAt`), never a counter, so the remaining time stays right
 * however late the browser wakes us: after a hidden tab, a reload, a DOM move.
 *
 * The rule (docs/medical-content.md §2.4): between two stretches of cold or heat the
 * skin rests at least `restMs`, or together they last at most 20 minutes.
 * Every session that ends, whether it ran out or was reset, is kept with the
 * time it really ran, so no sequence of starts and resets gets round it.
 */
export const TIMER_MODES = ['cold', 'heat'] as const;
export type TimerMode = (typeof TIMER_MODES)[number];
export type TimerStatus = 'idle' | 'running' | 'paused' | 'done';

interface Session {
  mode: TimerMode;
  durationMs: number;
  /** When the session was first started (a pause does not move it). */
  startedAt: number;
}

export type TimerState =
  | { status: 'idle' }
  | (Session & { status: 'running'; endsAt: number })
  | (Session & { status: 'paused'; remainingMs: number })
  | (Session & { status: 'done'; endedAt: number });

/** A session that has ended, run out or reset: kept for the rest, the 20-minute limit and today's count. */
export interface PastSession {
  mode: TimerMode;
  startedAt: number;
  endedAt: number;
  /** How long it ran, pauses left out. */
  ranMs: number;
}

export const MINUTE_MS = 60_000;
/** docs/medical-content.md §2.4: never more than 20 minutes of cold or heat in a row. */
export const MAX_SESSION_MS = 20 * MINUTE_MS;
/**
 * Sessions that ran less than this in all are misclicks: they start no rest
 * and are not counted, though their time still counts toward the 20 minutes.
 */
export const MISCLICK_MS = MINUTE_MS;
/** Milestones announced while a session runs, in ms left, smallest first. */
export const MILESTONES_MS = [MINUTE_MS, 5 * MINUTE_MS] as const;
/** History older than this counts for neither today nor any rest period. */
const HISTORY_KEPT_MS = 48 * 60 * MINUTE_MS;

export const idle: TimerState = { status: 'idle' };

/** What a session keeps through pause, resume and its end, in the order stored states list it. */
const kept = ({ mode, durationMs, startedAt }: Session): Session => ({ mode, durationMs, startedAt });

export function start(state: TimerState, mode: TimerMode, durationMs: number, now: number): TimerState {
  if (state.status === 'running' || state.status === 'paused') return state;
  return { status: 'running', mode, durationMs, startedAt: now, endsAt: now + durationMs };
}

export function pause(state: TimerState, now: number): TimerState {
  if (state.status !== 'running' || now >= state.endsAt) return state;
  return { status: 'paused', ...kept(state), remainingMs: state.endsAt - now };
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.status !== 'paused') return state;
  return { status: 'running', ...kept(state), endsAt: now + state.remainingMs };
}

/** Finishes a running session whose end has passed; anything else is unchanged. */
export function advance(state: TimerState, now: number): TimerState {
  if (state.status !== 'running' || now < state.endsAt) return state;
  return { status: 'done', ...kept(state), endedAt: state.endsAt };
}

/** Time left in the current session; `idleDurationMs` (the next session's length) while idle. */
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

/** The session `state` ends as, if it stopped at `now` (a finished one, or one reset under way). */
export function pastSession(state: TimerState, now: number): PastSession | undefined {
  if (state.status === 'idle') return undefined;
  let endedAt = now;
  if (state.status === 'done') endedAt = state.endedAt;
  else if (state.status === 'running') endedAt = Math.min(now, state.endsAt);
  const ranMs = state.durationMs - remainingMs(state, now, 0);
  return ranMs > 0 ? { mode: state.mode, startedAt: state.startedAt, endedAt, ranMs } : undefined;
}

/**
 * The sessions that belong with one starting at `now`: the latest, and each
 * before it with less than `restMs` between it and the next. Their time
 * counts together toward the 20 minutes.
 */
function stretch(history: readonly PastSession[], restMs: number, now: number): PastSession[] {
  const sorted = [...history].sort((a, b) => b.endedAt - a.endedAt);
  const joined: PastSession[] = [];
  let from = now;
  for (const session of sorted) {
    if (from - session.endedAt >= restMs) break;
    joined.push(session);
    from = Math.min(from, session.startedAt);
  }
  return joined;
}

const ranInAll = (sessions: readonly PastSession[]) => sessions.reduce((sum, session) => sum + session.ranMs, 0);

/** When the skin has rested enough for another session, or undefined if it may start now. */
export function restUntil(history: readonly PastSession[], restMs: number, now: number): number | undefined {
  const joined = stretch(history, restMs, now);
  // A misclick or two start no rest; anything longer does.
  if (ranInAll(joined) < MISCLICK_MS) return undefined;
  // The latest comes first.
  return joined[0].endedAt + restMs;
}

/** How long a session starting at `now` may last: what is left of the 20 minutes. */
export function allowanceMs(history: readonly PastSession[], restMs: number, now: number): number {
  return Math.max(0, MAX_SESSION_MS - ranInAll(stretch(history, restMs, now)));
}

/** The milestone crossed when the time left went from `before` to `after`, if any. */
export function milestoneCrossed(before: number, after: number): number | undefined {
  // The smallest crossed milestone is the one that is true now.
  return MILESTONES_MS.find((milestone) => before > milestone && after <= milestone && after > 0);
}

/** A session brought up to a later clock reading, with the history it leaves. */
export interface Advanced {
  session: TimerState;
  history: PastSession[];
  /** The milestone the running session passed on the way, if any. */
  milestone?: number;
  /** The session that ended on the way, now in the history. */
  ended?: PastSession;
}

/** Brings `session`, last brought up to `since`, up to `now`: a session that ended joins the history. */
export function advanceSince(session: TimerState, history: PastSession[], since: number, now: number): Advanced {
  const after = advance(session, now);
  if (after === session || after.status !== 'done') {
    const milestone =
      session.status === 'running' ? milestoneCrossed(session.endsAt - since, session.endsAt - now) : undefined;
    return { session, history, milestone };
  }
  const ended = pastSession(after, now)!;
  return { session: after, history: pruneHistory(mergeHistory(history, [ended]), now), ended };
}

/** Sessions of `mode` (misclicks aside) that ended on the local calendar day of `now`. */
export function countToday(history: readonly PastSession[], mode: TimerMode, now: number): number {
  const today = new Date(now).toDateString();
  return history.filter(
    (s) => s.mode === mode && s.ranMs >= MISCLICK_MS && new Date(s.endedAt).toDateString() === today
  ).length;
}

/** Both histories, each session once (the longer-run copy), oldest first. */
export function mergeHistory(ours: readonly PastSession[], theirs: readonly PastSession[]): PastSession[] {
  const byStart = new Map<string, PastSession>();
  for (const session of [...ours, ...theirs]) {
    const key = `${session.mode} ${session.startedAt}`;
    const known = byStart.get(key);
    if (!known || session.ranMs > known.ranMs) byStart.set(key, session);
  }
  return [...byStart.values()].sort((a, b) => a.endedAt - b.endedAt);
}

/** The sessions recent enough to matter for today's count or a rest. */
export function pruneHistory(history: readonly PastSession[], now: number): PastSession[] {
  return history.filter((session) => now - session.endedAt < HISTORY_KEPT_MS);
}

/** The settings a host gave, validated (see `timerSettings` in timer-config.ts). */
export interface TimerSettings {
  mode: TimerMode;
  sessionMs: number;
  restMs: number;
}

/** Everything the timer shows and reports, worked out once from its state, history, settings and the clock. */
export interface TimerView {
  status: TimerStatus;
  /** The session's mode, or the next session's. */
  mode: TimerMode;
  /** The session's length, or the next session's (what is left of the 20 minutes, at most). */
  sessionMs: number;
  remainingMs: number;
  /** A session is running or paused. */
  underWay: boolean;
  /** When the skin has rested enough for the next session; undefined while a session is under way or it may start. */
  restEnd?: number;
}

export function timerView(
  session: TimerState,
  history: readonly PastSession[],
  settings: TimerSettings,
  now: number
): TimerView {
  const state = advance(session, now);
  // A session that ran out since the state was last brought up to date counts already.
  const ended = state !== session ? pastSession(state, now) : undefined;
  const past = ended ? [...history, ended] : history;
  const underWay = state.status === 'running' || state.status === 'paused';
  const restEnd = underWay ? undefined : restUntil(past, settings.restMs, now);
  // After a rest the next session is a whole one; before it, a misclick's time is taken off.
  const nextMs = restEnd ? settings.sessionMs : Math.min(settings.sessionMs, allowanceMs(past, settings.restMs, now));
  const sessionMs = state.status === 'idle' ? nextMs : state.durationMs;
  return {
    status: state.status,
    mode: state.status === 'idle' ? settings.mode : state.mode,
    sessionMs,
    remainingMs: remainingMs(state, now, sessionMs),
    underWay,
    restEnd,
  };
}
