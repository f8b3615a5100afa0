import { html, type TemplateResult } from 'lit';
import type { HelpNumbers } from './emergency-numbers.js';
import { msg } from './localization.js';

/** A phone number as a person writes one: digits, spaces, + ( ) - and at least two digits. */
export const PHONE_NUMBER = /^\s*\+?[\d ()-]*\d[\d ()-]*\d[\d ()-]*$/;

/** A number as a link a phone can call; a label without the number ("Legevakt") is followed by it. */
export function callLink(number: string, label = number): TemplateResult {
  return html`<a href="tel:${number.replace(/[^\d+]/g, '')}"
    >${label.includes(number) ? label : `${label} (${number})`}</a
  >`;
}

/**
 * Facts section 6, emergency tier: back pain with any of these needs the
 * emergency number now. The red-flag check of the checklist asks about the
 * same list.
 */
export function emergencySigns(): string[] {
  return [
    msg('numbness or tingling around your genitals, bottom or inner thighs', {
      id: 'urgent.sign.saddle',
      desc: 'Emergency warning sign, in a list after "…if back pain comes with:". Lower case, no full stop.',
    }),
    msg('trouble peeing, or losing control of your bladder or bowels', {
      id: 'urgent.sign.bladder',
      desc: 'Emergency warning sign, in the same list. Plain words, not medical terms.',
    }),
    msg(
      'pain, tingling, numbness or weakness in both legs, leg weakness that is getting worse, or feeling unsteady on your feet',
      {
        id: 'urgent.sign.legs',
        desc: 'Emergency warning sign, in the same list. Keep "both legs".',
      }
    ),
    msg('chest pain', { id: 'urgent.sign.chest', desc: 'Emergency warning sign, in the same list.' }),
    msg('it started after a car crash, a bad fall or another serious injury', {
      id: 'urgent.sign.injury',
      desc: 'Emergency warning sign, in the same list. Only serious accidents: keep "serious".',
    }),
  ];
}

/** Facts section 6, urgent tier: get medical advice soon. */
export function urgentSigns(): string[] {
  return [
    msg('a high temperature, or feeling hot and shivery', {
      id: 'urgent.sign.fever',
      desc: 'Urgent (not emergency) warning sign, in a list after "…if back pain comes with:". Lower case, no full stop.',
    }),
    msg("weight loss you can't explain", { id: 'urgent.sign.weight', desc: 'Urgent warning sign, in the same list.' }),
    msg('a lump or swelling in your back, or your back has changed shape', {
      id: 'urgent.sign.lump',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg("pain that doesn't ease with rest, is much worse at night, or keeps getting worse over several weeks", {
      id: 'urgent.sign.noEase',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg('pain spreading down one leg with numbness, tingling or weakness', {
      id: 'urgent.sign.oneLeg',
      desc: 'Urgent warning sign, in the same list. Keep "one leg".',
    }),
  ];
}

/** "Emergency: call 999 or go to the emergency department now…", or the words "your local emergency number". */
export function callEmergency(numbers: HelpNumbers): TemplateResult {
  return numbers.emergency
    ? msg(
        html`<strong>Emergency:</strong> call ${callLink(numbers.emergency)} or go to the emergency department now if
          back pain comes with any of these:`,
        {
          id: 'urgent.emergency.number',
          desc: 'Opens the list of emergency signs. ${0} is the emergency phone number, e.g. 999 or 112. The tags make "Emergency:" bold.',
        }
      )
    : msg(
        html`<strong>Emergency:</strong> call your local emergency number or go to the emergency department now if back
          pain comes with any of these:`,
        {
          id: 'urgent.emergency.local',
          desc: 'Opens the list of emergency signs when the country, and so the number, is unknown. The tags make "Emergency:" bold.',
        }
      );
}

const warningIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
  <path d="M12 3 1.5 21h21zm0 6v6m0 2.5v.5" />
</svg>`;

/**
 * The footer every widget carries (facts.md section 6): the emergency signs
 * always visible, with the number to call; the urgent signs one click away,
 * never dropped; then that this is general information. With `goToFull`,
 * another widget on the page shows all that: this one shows a one-line
 * reminder with the number and a button that leads there. `extra` is what
 * follows the disclaimer (the sources disclosure).
 */
export function safetyFooter(numbers: HelpNumbers, goToFull: (() => void) | undefined, extra: unknown): TemplateResult {
  return html`<footer class="note" part="footer">
    ${goToFull ? urgentReminder(numbers, goToFull) : urgentBlock(numbers)}
    <p>${disclaimer()}</p>
    ${extra}
  </footer>`;
}

/** Facts.md: every widget (and the printed plan) says this is general information. */
export function disclaimer(): string {
  return msg("This is general health information. It does not replace a doctor's advice.", {
    id: 'common.disclaimer',
    desc: 'Disclaimer at the foot of every widget.',
  });
}

export function urgentSummary(): string {
  return msg('Get medical advice today if back pain comes with other warning signs', {
    id: 'urgent.soon.summary',
    desc: 'Opens the list of urgent, not emergency, warning signs.',
  });
}

/** Where to get advice soon: the advice line when one is known. */
export function urgentWhere(numbers: HelpNumbers): TemplateResult | string {
  return numbers.urgent
    ? msg(html`Call ${callLink(numbers.urgent, numbers.urgentLabel)}, or contact urgent care or your doctor.`, {
        id: 'urgent.soon.number',
        desc: 'Where to get advice soon. ${0} is a phone advice line, e.g. "NHS 111".',
      })
    : msg('Contact urgent care or your doctor.', {
        id: 'urgent.soon.local',
        desc: 'Where to get advice soon, when no phone advice line is known for the country.',
      });
}

function urgentBlock(numbers: HelpNumbers): TemplateResult {
  return html`<div class="urgent" part="urgent" tabindex="-1">
    <p>${warningIcon} ${callEmergency(numbers)}</p>
    <ul>
      ${emergencySigns().map((sign) => html`<li>${sign}</li>`)}
    </ul>
    <details part="urgent-soon">
      <summary>${urgentSummary()}</summary>
      <p>${urgentWhere(numbers)}</p>
      <ul>
        ${urgentSigns().map((sign) => html`<li>${sign}</li>`)}
      </ul>
    </details>
  </div>`;
}

/** One line with the emergency number, when another widget on the page shows the full block. */
function urgentReminder(numbers: HelpNumbers, goToFull: () => void): TemplateResult {
  return html`<div class="urgent" part="urgent-reminder">
    <p>
      ${warningIcon}
      ${
        numbers.emergency
          ? msg(html`<strong>Signs of an emergency?</strong> Call ${callLink(numbers.emergency)}.`, {
              id: 'urgent.reminder.number',
              desc: 'One-line reminder when another widget on the page lists the warning signs. ${0} is the emergency number. The tags make the question bold.',
            })
          : msg(html`<strong>Signs of an emergency?</strong> Call your local emergency number.`, {
              id: 'urgent.reminder.local',
              desc: 'One-line reminder when another widget on the page lists the warning signs, and the number is unknown.',
            })
      }
    </p>
    <button @click=${goToFull}>
      ${msg('See the warning signs', {
        id: 'urgent.reminder.show',
        desc: 'Button in the reminder: goes to the full list of warning signs. Short.',
      })}
    </button>
  </div>`;
}
