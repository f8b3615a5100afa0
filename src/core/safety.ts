import { html, type TemplateResult } from 'lit';
import { msg } from './localization.js';

/**
 * The footer every widget carries (facts.md): general information only, and
 * the urgent warning signs, always visible.
 */
export function safetyFooter(): TemplateResult {
  return html`<footer class="note" part="footer">
    <p>
      ${msg(
        html`<strong>Get urgent medical help</strong> if back pain follows a fall or accident, or comes with numbness,
          tingling or weakness in your legs, numbness around your genitals or bottom, trouble peeing, loss of bladder or
          bowel control, fever, or weight loss you can't explain.`,
        {
          id: 'common.urgent',
          desc: 'Urgent warning line at the foot of every widget; the tags make the first words bold. Keep every warning sign; plain words, not alarming.',
        }
      )}
    </p>
    <p>
      ${msg('This is general information, not medical advice.', { id: 'common.disclaimer', desc: 'Disclaimer at the foot of every widget.' })}
    </p>
  </footer>`;
}
