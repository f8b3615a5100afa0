/** The cold/heat switch, and each mode's icon (also in the dial and the safety line). */
import { html, type TemplateResult } from 'lit';
import { radioButtons } from './radio-row.js';
import { TIMER_MODES, type TimerMode } from './timer-machine.js';
import { modeName, modesLegend } from './timer-text.js';

// Simple line icons: a six-armed snowflake and three rising heat waves (a flame read as a water drop).
// Stroked, so they follow the text colour.
const ICON_PATHS: Record<TimerMode, string> = {
  cold: 'M12 2v20M3.3 7l17.4 10M3.3 17 20.7 7',
  heat: 'M7 21c-2-3 2-6 0-9s2-6 0-9m5 18c-2-3 2-6 0-9s2-6 0-9m5 18c-2-3 2-6 0-9s2-6 0-9',
};

export const modeIcon = (mode: TimerMode): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICON_PATHS[mode]} /></svg>`;

/** The switch, `mode` checked; `hidden` while a session is under way or the skin rests. */
export function modeSwitch(mode: TimerMode, hidden: boolean, onChange: (event: Event) => void): TemplateResult {
  return html`<fieldset class="needs-script" part="modes" ?hidden=${hidden}>
    <legend>${modesLegend()}</legend>
    <div class="row">
      ${radioButtons({
        name: 'mode',
        options: TIMER_MODES,
        checked: (option) => option === mode,
        label: (option) => html`${modeIcon(option)} ${modeName(option)}`,
        onChange,
      })}
    </div>
  </fieldset>`;
}
