/**
 * The checklist's steps: the "3 of 7 done" line and its bar, then each step
 * a native checkbox with its "How to do it" disclosure and, for cold and
 * heat, the linked timer's button; the message once every step is done.
 * Call while rendering: msg() resolves in the widget's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/localization.js';
import { countDone, type ChecklistStep } from './checklist-content.js';
import { progressText } from './checklist-messages.js';

/** What the checklist gives its step list. */
export interface StepList {
  steps: readonly ChecklistStep[];
  ticked: ReadonlySet<string>;
  /** The locale numbers are written in (format.ts `formatLocale`): the full tag, so `ar-EG` writes ٣. */
  locale: string;
  /** A step's "how": undefined for none, '' while it loads. */
  detailOf(step: ChecklistStep): string | undefined;
  /** A step's timer button, if it has one. */
  timerButtonOf(step: ChecklistStep): TemplateResult | undefined;
  onToggle(id: string, checked: boolean): void;
  /** A "How to do it" disclosure opened or closed. */
  onDetailToggle(): void;
}

export function renderStepList(list: StepList): TemplateResult {
  const { steps, ticked } = list;
  const done = countDone(steps, ticked);
  // The bar repeats the sentence: screen readers hear it once.
  return html`<div part="progress">
      <p>${progressText(done, steps.length, list.locale)}</p>
      <progress max=${steps.length} .value=${done} aria-hidden="true"></progress>
    </div>
    <ol class="steps" part="steps" aria-labelledby="title">
      ${steps.map(
        (step) =>
          html`<li part="step">
            <label>
              <input
                type="checkbox"
                .checked=${ticked.has(step.id)}
                @change=${(event: Event) => list.onToggle(step.id, (event.target as HTMLInputElement).checked)}
              />
              ${step.title}
            </label>
            ${renderDetail(list, step)} ${list.timerButtonOf(step) ?? nothing}
          </li>`
      )}
    </ol>
    ${
      done === steps.length
        ? html`<p class="complete" part="complete">
            ${msg(
              "All done. Keep moving gently. See a GP or your doctor if it hasn't started to get better within a few weeks.",
              {
                id: 'checklist.complete',
                desc: 'Shown when every step is ticked.',
              }
            )}
          </p>`
        : nothing
    }`;
}

/** A step's "How to do it" disclosure, its summary naming the step for screen readers. */
function renderDetail(list: StepList, step: ChecklistStep): TemplateResult | typeof nothing {
  const detail = list.detailOf(step);
  if (detail === undefined) return nothing;
  return html`<details part="detail" @toggle=${list.onDetailToggle}>
    <summary>
      ${msg('How to do it', { id: 'checklist.how', desc: 'Opens the how-to text of a step. Short.' })}<span
        class="visually-hidden"
        >: ${step.title}</span
      >
    </summary>
    <p>${detail}</p>
  </details>`;
}
