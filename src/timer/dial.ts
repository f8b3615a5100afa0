/**
 * The dial: a progress ring with, inside it, the time left (`role="timer"`)
 * and the mode, or while the skin rests when the next session may start;
 * under it "Paused" or "Session complete".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatCountdown } from '../core/format.js';
import { modeIcon } from './mode-switch.js';
import type { TimerView } from './timer-machine.js';
import { modeName, nextSessionText, statusText, timeLabel } from './timer-text.js';

/**
 * `formats`: the locale of its times and numbers (format.ts `formatLocale`).
 * `inWords`: whether the time's accessible name says it in words ("15
 * minutes left"); until then its name is its digits ("15:00"). Call inside the
 * widget's locale.
 */
export function dial(view: TimerView, formats: string, inWords: boolean): TemplateResult {
  const { status, mode, restEnd, remainingMs, sessionMs } = view;
  const statusLine = statusText(status);
  return html`<div class="dial ${status}" part="dial">
    <svg class="ring" viewBox="0 0 100 100" aria-hidden="true">
      <circle cx="50" cy="50" r="45" />
      <circle
        class="progress"
        cx="50"
        cy="50"
        r="45"
        pathLength="100"
        stroke-dasharray="100"
        stroke-dashoffset=${(100 * remainingMs) / sessionMs}
      />
    </svg>
    <div class="readout">
      ${
        restEnd
          ? html`<p class="next" part="next">${nextSessionText(restEnd, formats)}</p>`
          : html`<div
                role="timer"
                class="time"
                part="time"
                aria-label=${timeName(remainingMs, statusLine, formats, inWords)}
              >
                ${formatCountdown(remainingMs, formats)}
              </div>
              <span class="row mode">${modeIcon(mode)} ${modeName(mode)}</span>`
      }
    </div>
    ${statusLine ? html`<span class="status">${statusLine}</span>` : nothing}
  </div>`;
}

/** The time's accessible name: "15 minutes left", or once it is over the status ("Session complete"). */
function timeName(remainingMs: number, statusLine: string | undefined, formats: string, inWords: boolean) {
  if (remainingMs <= 0 && statusLine) return statusLine;
  // A role="timer" takes no name from its text: the digits are its name until the words come.
  return inWords ? timeLabel(remainingMs, formats) : formatCountdown(remainingMs, formats);
}
