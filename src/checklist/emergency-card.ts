/**
 * The cards an answer to the red-flag check shows (docs/medical-content.md,
 * §6): a sign of the emergency list puts "call now" in place of the
 * self-care steps; a sign of the urgent list puts "get advice today" above
 * them. Rarely shown, so their own module, with their messages: the
 * checklist loads both on the first interaction with it, so they are there
 * when an answer is given, or else on that answer.
 */
import { html, type TemplateResult } from 'lit';
import type { HelpNumbers } from '../core/emergency-numbers.js';
import { addMessageGroup, msg } from '../core/localization.js';
import { emergencyNumbers, urgentWhere } from '../core/safety.js';
import { loaders } from '../generated/locale-loaders-emergency.js';

/** The cards' messages in `locale`. */
export const ready = (locale: string) => addMessageGroup('emergency', loaders, locale);

/**
 * A card's title: a heading that takes focus when the card opens, described
 * by the card's first line (`describedBy`), so a screen reader says both in
 * one go, with no alert on top of the focus move.
 */
function cardTitle(id: string, describedBy: string, level: number, text: string): TemplateResult {
  return html`<p
    class="title"
    id=${id}
    role="heading"
    aria-level=${level}
    tabindex="-1"
    aria-describedby=${describedBy}
  >
    ${text}
  </p>`;
}

/** Call while rendering: msg() resolves in the widget's locale. */
export function emergencyCard(
  numbers: HelpNumbers,
  locale: string,
  headingLevel: number,
  onBack: () => void
): TemplateResult {
  const call = emergencyNumbers(numbers, locale);
  return html`<section class="urgent" part="emergency-card" aria-labelledby="emergency-title">
    ${cardTitle(
      'emergency-title',
      'emergency-call',
      headingLevel,
      msg('Get emergency help now', { id: 'emergency.title', desc: 'Heading of the emergency card.' })
    )}
    <p id="emergency-call">
      ${
        call
          ? msg(html`Call ${call} now. Or go to the emergency department.`, {
              id: 'emergency.call.number',
              desc: 'Read with the heading when the card opens. ${0} is the emergency phone number, e.g. 999.',
            })
          : msg('Call your local emergency number now. Or go to the emergency department.', {
              id: 'emergency.call.local',
              desc: 'Read with the heading when the card opens, when the country and its number are unknown.',
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

/** The card for a sign of the urgent list: where to get advice today, the self-care steps still below it. */
export function adviceTodayCard(numbers: HelpNumbers, headingLevel: number): TemplateResult {
  return html`<section class="urgent" part="advice-card" aria-labelledby="advice-title">
    ${cardTitle(
      'advice-title',
      'advice-where',
      headingLevel,
      msg('Get medical advice today', {
        id: 'emergency.today.title',
        desc: 'Heading of the card shown after the user picked a sign of the urgent (not emergency) list.',
      })
    )}
    <p id="advice-where">${urgentWhere(numbers)}</p>
    <p>
      ${msg(
        'You can use the self-care steps below while you wait. If a sign from the emergency list starts, call for help straight away.',
        {
          id: 'emergency.today.selfCare',
          desc: 'Below "Get medical advice today": the steps stay; an emergency sign changes everything.',
        }
      )}
    </p>
  </section>`;
}
