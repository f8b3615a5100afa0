/**
 * When to see a GP or doctor: the reasons, always visible and never a
 * checkbox, then what to tell them. Call while rendering: msg() resolves in
 * the widget's locale.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../core/localization.js';
import { doctorAdvice, doctorReasons } from './default-content.js';

export function renderDoctorSection(headingLevel: number): TemplateResult {
  return html`<div part="doctor">
    <p class="subtitle" role="heading" aria-level=${headingLevel}>
      ${msg('When to see a GP or your doctor', {
        id: 'checklist.doctor.title',
        desc: 'Heading of the non-urgent "see a doctor" section. GP: a family doctor; use your country\'s usual word.',
      })}
    </p>
    <ul>
      ${doctorReasons().map((reason) => html`<li>${reason}</li>`)}
    </ul>
    ${doctorAdvice().map((advice) => html`<p>${advice}</p>`)}
  </div>`;
}
