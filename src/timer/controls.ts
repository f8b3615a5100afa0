/** The timer's buttons: Start, Pause or Resume, and Reset once a session has started. */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimerView } from './timer-machine.js';
import { primaryLabel, resetLabel } from './timer-text.js';

export interface ControlActions {
  onPrimaryClick(event: Event): void;
  onResetClick(): void;
}

/** While the skin rests, the main button is disabled and described by the rest line (`id="rest"`). */
export function controls(
  { status, restEnd }: TimerView,
  { onPrimaryClick, onResetClick }: ControlActions
): TemplateResult {
  return html`<div class="row" part="controls">
    <button
      class="primary"
      part="primary-button"
      aria-disabled=${restEnd ? 'true' : 'false'}
      aria-describedby=${restEnd ? 'rest' : nothing}
      @click=${onPrimaryClick}
    >
      ${primaryLabel(status)}
    </button>
    ${status === 'idle' ? nothing : html`<button part="reset-button" @click=${onResetClick}>${resetLabel()}</button>`}
  </div>`;
}
