/**
 * What the timer shows after a session, while the skin rests: "Take the pack
 * off now." as it ends, then when the next session may start and the button
 * that puts today's next sessions in a calendar; and the same in the printed
 * plan.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { lazy } from '../core/lazy.js';
import { countToday, TIMER_MODES, type PastSession, type TimerView } from './timer-machine.js';
import { calendarLabel, restLine, sessionsToday, takeOffText } from './timer-text.js';

/** "Take the pack off now.", when a session has just ended and the skin must rest. */
export function takeOffNote({ status, restEnd }: TimerView): TemplateResult | typeof nothing {
  return status === 'done' && restEnd ? html`<p class="take-off" part="take-off">${takeOffText()}</p>` : nothing;
}

/** The calendar file: loaded when a user first asks for it. */
const calendarFile = lazy(() => import('./calendar.js'));

/** What the calendar file holds, as of the click. */
export interface CalendarRequest {
  /** What the timer shows now: the next session starts at its `restEnd`. */
  view: TimerView;
  restMs: number;
  /** Tells apart one widget's sessions from another's: downloading again updates the same events. */
  owner: string;
  /** Runs the message lookups in the widget's language. */
  inLocale: <T>(text: () => T) => T;
}

export interface RestNotice {
  /** When the skin has rested enough; undefined: no rest, nothing shown. */
  restEnd?: number;
  now: number;
  /** The locale of times and numbers (format.ts `formatLocale`). */
  formats: string;
  /** How many sessions the calendar file holds; 0: no button. */
  calendarSessions: number;
  /** What the calendar file holds, asked on each click. */
  calendarRequest(): CalendarRequest;
}

/** Downloads `count` sessions from `now` on; offline, or with its chunk blocked, the next click tries again. */
function downloadCalendar(request: () => CalendarRequest, count: number, now: number): void {
  calendarFile
    .load()
    .then(({ downloadNextSessions }) => {
      const { view, restMs, owner, inLocale } = request();
      downloadNextSessions(view, restMs, count, now, owner, inLocale);
    })
    .catch(() => undefined);
}

/** The rest line (`id="rest"`, which describes the disabled Start) and the calendar button. */
export function restNotice({
  restEnd,
  now,
  formats,
  calendarSessions,
  calendarRequest,
}: RestNotice): TemplateResult | typeof nothing {
  if (!restEnd) return nothing;
  // Only while a session is still due today: the file holds today's sessions.
  const dueToday = calendarSessions > 0 && new Date(restEnd).getDate() === new Date(now).getDate();
  return html`<p part="rest" id="rest">${restLine(restEnd, now, formats)}</p>
    ${
      dueToday
        ? html`<button
            class="quiet"
            part="calendar-button"
            @click=${() => downloadCalendar(calendarRequest, calendarSessions, now)}
          >
            ${calendarLabel()}
          </button>`
        : nothing
    }`;
}

/** The printed plan's lines: today's sessions of each therapy, and when the next may start. Call inside the widget's locale. */
export function planItems(
  history: readonly PastSession[],
  restEnd: number | undefined,
  now: number,
  formats: string
): { text: string }[] {
  return [
    ...TIMER_MODES.map((mode) => ({ text: sessionsToday(mode, countToday(history, mode, now), formats) })),
    ...(restEnd ? [{ text: restLine(restEnd, now, formats) }] : []),
  ];
}
