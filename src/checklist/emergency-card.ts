/**
 * The card a "Yes" to the red-flag check puts in place of the self-care
 * steps: call the emergency number now, and what to tell them (facts.md
 * sections 3 and 6). Rarely shown, so its own module, with its messages:
 * the checklist loads both on the first interaction with it, so they are
 * there when "Yes" is pressed, or else on that "Yes".
 */
import { html, type TemplateResult } from 'lit';
import type { HelpNumbers } from '../core/emergency-numbers.js';
import { addMessageGroup, msg } from '../core/localization.js';
import { callLink } from '../core/safety.js';
import { loaders } from '../generated/locale-loaders-emergency.js';

/** The card's messages in `locale`. */
export const ready = (locale: string) => addMessageGroup('emergency', loaders, locale);

/** Call while rendering: msg() resolves in the widget's locale. */
export function emergencyCard(numbers: HelpNumbers, onBack: () => void): TemplateResult {
  return html`<section class="urgent" part="emergency-card" aria-labelledby="emergency-title">
    <p class="title" id="emergency-title" tabindex="-1">
      ${msg('Get emergency help now', { id: 'emergency.title', desc: 'Heading of the emergency card.' })}
    </p>
    <p role="alert">
      ${
        numbers.emergency
          ? msg(html`Call ${callLink(numbers.emergency)} now. Or go to the emergency department.`, {
              id: 'emergency.call.number',
              desc: 'Announced once when the card opens. ${0} is the emergency phone number, e.g. 999.',
            })
          : msg('Call your local emergency number now. Or go to the emergency department.', {
              id: 'emergency.call.local',
              desc: 'Announced once when the card opens, when the country and its number are unknown.',
            })
      }
    </p>
    <p>
      ${msg("Don't try to treat this yourself.", {
        id: 'emergency.noSelfCare',
        desc: 'The self-care steps are set aside while the card is open.',
      })}
    </p>
    <p>
      ${msg('Tell them about your back pain, which warning sign you have, when it began and about any injury.', {
        id: 'emergency.tell',
        desc: 'What to tell the emergency service.',
      })}
    </p>
    <button part="emergency-back" @click=${onBack}>
      ${msg("I've got help: go back to the checklist", {
        id: 'emergency.back',
        desc: 'Closes the emergency card and shows the checklist again; ticks are kept.',
      })}
    </button>
  </section>`;
}
