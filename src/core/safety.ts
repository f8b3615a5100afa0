import { html, nothing, type TemplateResult } from 'lit';
import type { HelpNumbers } from './emergency-numbers.js';
import { msg } from './localization.js';

/** A phone number as a person writes one: digits, spaces, + ( ) - and at least two digits. */
export const PHONE_NUMBER = /^\s*\+?[\d ()-]*\d[\d ()-]*\d[\d ()-]*$/;

/**
 * A number as a link a phone can call; a label without the number
 * ("Legevakt") is followed by it. The link is named by its visible text
 * alone: every sentence around it already says "Call", and a name of its own
 * ("Call 999") made a screen reader say "Call Call 999".
 */
export function callLink(number: string, label = number): TemplateResult {
  const text = label.includes(number) ? label : `${label} (${number})`;
  return html`<a href="tel:${number.replace(/[^\d+]/g, '')}">${text}</a>`;
}

/**
 * The emergency number(s) as links: "999", or "112 or 108" where a health
 * service's ambulance number stands beside the national one; with the
 * country's name when the number was inferred from the page's language
 * ("999 (United Kingdom)"), because a language is not a location.
 */
export function emergencyNumbers(numbers: HelpNumbers, locale: string): TemplateResult | undefined {
  if (!numbers.emergency) return undefined;
  const links = numbers.ambulance
    ? msg(html`${callLink(numbers.emergency)} or ${callLink(numbers.ambulance)}`, {
        id: 'urgent.numbers.two',
        desc: 'Two emergency numbers that both reach an ambulance, e.g. "112 or 108". ${0} and ${1} are the numbers.',
      })
    : callLink(numbers.emergency);
  const country = numbers.inferredCountry && regionName(numbers.inferredCountry, locale);
  return country
    ? msg(html`${links} (${country})`, {
        id: 'urgent.numbers.country',
        desc: 'An emergency number guessed from the page\'s language, with the country it belongs to, e.g. "999 (United Kingdom)". ${0} is the number, ${1} the country\'s name.',
      })
    : links;
}

/** A region's name in `locale` ("United Kingdom"), or the code where the browser has no name for it. */
function regionName(region: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(region) ?? region;
  } catch {
    return region;
  }
}

/**
 * Facts section 6, emergency tier: back pain with any of these needs the
 * emergency number now. Each sign leads with the words that carry its
 * meaning, so a patient in pain can scan the list. The red-flag check of the
 * checklist asks about the same list.
 */
export function emergencySigns(): string[] {
  return [
    msg('pain, tingling, weakness or numbness in both legs', {
      id: 'urgent.sign.legs',
      desc: 'Emergency warning sign, in a list after "Emergency: if back pain comes with any of these, act now.". Lower case, no full stop. Keep "both legs".',
    }),
    msg('leg weakness that is getting worse, or feeling unsteady on your feet', {
      id: 'urgent.sign.unsteady',
      desc: 'Emergency warning sign, in the same list.',
    }),
    msg('numbness or tingling around your genitals or bottom, or numbness when you wipe after the toilet', {
      id: 'urgent.sign.saddle',
      desc: 'Emergency warning sign, in the same list. Plain words, not medical terms.',
    }),
    msg('difficulty peeing, not feeling when you pee or poo, or losing control of your bladder or bowels', {
      id: 'urgent.sign.bladder',
      desc: 'Emergency warning sign, in the same list. Plain words, not medical terms.',
    }),
    msg(
      'since the back pain began: new numbness in your genitals during sex. Or new problems with erections or ejaculating.',
      {
        id: 'urgent.sign.sex',
        desc: 'Emergency warning sign, in the same list. Keep "since the back pain began" and "new". Plain, respectful words.',
      }
    ),
    msg('chest pain', { id: 'urgent.sign.chest', desc: 'Emergency warning sign, in the same list.' }),
    msg('sudden, severe pain in your back or tummy, with feeling faint, sweaty or pale', {
      id: 'urgent.sign.aneurysm',
      desc: 'Emergency warning sign, in the same list. Keep "sudden" and "severe".',
    }),
    msg('it started after a serious accident, such as a car crash or a bad fall', {
      id: 'urgent.sign.injury',
      desc: 'Emergency warning sign, in the same list. Only serious accidents: keep "serious".',
    }),
  ];
}

/** Facts section 6, urgent tier: get medical advice today. */
export function urgentSigns(): string[] {
  return [
    msg('a high temperature, or feeling hot and shivery or very unwell', {
      id: 'urgent.sign.fever',
      desc: 'Urgent (not emergency) warning sign, in a list after "Urgent: if back pain comes with any of these, get medical advice today.". Lower case, no full stop.',
    }),
    msg("weight loss you can't explain", { id: 'urgent.sign.weight', desc: 'Urgent warning sign, in the same list.' }),
    msg('a lump or swelling in your back, or your back has changed shape', {
      id: 'urgent.sign.lump',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg("pain that doesn't get better after resting, or is worse at night", {
      id: 'urgent.sign.rest',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg('pain that is worse when you sneeze, cough or poo', {
      id: 'urgent.sign.sneeze',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg('pain high in your back, between the shoulders, rather than low down', {
      id: 'urgent.sign.upper',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg(
      'cancer now or in the past, and this back pain is new or different. If a cancer team looks after you, call their 24-hour line today.',
      {
        id: 'urgent.sign.cancer',
        desc: 'Urgent warning sign, in the same list. Two sentences; keep "24-hour line" and "today".',
      }
    ),
    msg('a recent infection, or injecting drugs', {
      id: 'urgent.sign.infection',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg('a weak immune system, such as from cancer treatment, steroid tablets or HIV', {
      id: 'urgent.sign.immune',
      desc: 'Urgent warning sign, in the same list.',
    }),
    msg('a fall before it began, even a small one, if you have osteoporosis or take steroid tablets', {
      id: 'urgent.sign.fracture',
      desc: 'Urgent warning sign, in the same list. Keep "even a small one".',
    }),
  ];
}

/** "Emergency: if back pain comes with any of these, act now. Call 999…", or "your local emergency number". */
export function callEmergency(numbers: HelpNumbers, locale: string): TemplateResult {
  const call = emergencyNumbers(numbers, locale);
  return call
    ? msg(
        html`<strong>Emergency:</strong> if back pain comes with any of these, act now. Call ${call} or go to the
          emergency department.`,
        {
          id: 'urgent.emergency.number',
          desc: 'Opens the list of emergency signs. The first two placeholders make "Emergency:" bold; the third is the emergency phone number, e.g. 999 or 112 (or two numbers, or a number and its country).',
        }
      )
    : msg(
        html`<strong>Emergency:</strong> if back pain comes with any of these, act now. Call your local emergency number
          or go to the emergency department.`,
        {
          id: 'urgent.emergency.local',
          desc: 'Opens the list of emergency signs when the country, and so the number, is unknown. The tags make "Emergency:" bold.',
        }
      );
}

/** "Urgent: if back pain comes with any of these, get medical advice today." */
export function urgentSummary(): TemplateResult {
  return msg(html`<strong>Urgent:</strong> if back pain comes with any of these, get medical advice today.`, {
    id: 'urgent.soon.summary',
    desc: 'Opens the list of urgent (not emergency) warning signs. The tags make "Urgent:" bold.',
  });
}

/** Where to get advice today: the advice line when one is known, else a GP or doctor. */
export function urgentWhere(numbers: HelpNumbers): TemplateResult | string {
  return numbers.urgent
    ? msg(html`Call ${callLink(numbers.urgent, numbers.urgentLabel)}, or contact a GP or your doctor today.`, {
        id: 'urgent.soon.number',
        desc: 'Where to get advice today. ${0} is a phone advice line, e.g. "NHS 111". GP: a family doctor; use your country\'s usual word.',
      })
    : msg('Contact a GP or your doctor today.', {
        id: 'urgent.soon.local',
        desc: "Where to get advice today, when no phone advice line is known for the country. GP: a family doctor; use your country's usual word.",
      });
}

/** The heading of every urgent block, so a screen reader can jump to it and knows where "See the warning signs" led. */
export function warningSignsTitle(): string {
  return msg('Warning signs', {
    id: 'urgent.title',
    desc: 'Heading of the block that lists the emergency and urgent warning signs. Short.',
  });
}

export const warningIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
  <path d="M12 3 1.5 21h21zm0 6v6m0 2.5v.5" />
</svg>`;

/** The emergency tier: what to do, then its signs. */
export function emergencyTier(numbers: HelpNumbers, locale: string): TemplateResult {
  return html`<p>${warningIcon} ${callEmergency(numbers, locale)}</p>
    <ul>
      ${emergencySigns().map((sign) => html`<li>${sign}</li>`)}
    </ul>`;
}

/** The urgent tier's signs, then where to get advice. */
export function urgentTier(numbers: HelpNumbers): TemplateResult {
  return html`<ul>
      ${urgentSigns().map((sign) => html`<li>${sign}</li>`)}
    </ul>
    <p>${urgentWhere(numbers)}</p>`;
}

/**
 * The footer every widget carries (docs/medical-content.md): `urgent` (the full
 * block, the one-line reminder, or nothing for the checklist, whose red-flag
 * check is its block; urgent-help.ts decides), then that this is general
 * information with its notes, then `extra` (the sources disclosure).
 */
export function safetyFooter(
  urgent: TemplateResult | typeof nothing,
  notes: { machineTranslated: boolean; reviewDue: boolean },
  extra: unknown
): TemplateResult {
  return html`<footer class="note" part="footer">
    ${urgent}
    <p>
      ${disclaimer()}
      ${notes.machineTranslated ? html`<span part="translation-note">${machineTranslationNote()}</span>` : nothing}
      ${notes.reviewDue ? html`<strong part="review-due">${reviewDueNote()}</strong>` : nothing}
    </p>
    ${extra}
  </footer>`;
}

/** docs/medical-content.md: every widget (and the printed plan) says this is general information. */
export function disclaimer(): string {
  return msg("This is general health information. It does not replace a doctor's advice.", {
    id: 'common.disclaimer',
    desc: 'Disclaimer at the foot of every widget.',
  });
}

/** Beside the disclaimer in a language whose translation no clinician has checked (docs/medical-content.md, "Translations"). */
export function machineTranslationNote(): string {
  return msg('Translated by machine; not yet checked by a clinician.', {
    id: 'common.machineTranslation',
    desc: 'Beside the disclaimer, in every language whose translation is a machine draft. Honest and short. Translate it even though it describes your own language.',
  });
}

/** Beside the disclaimer once the content is past its next-review date (content-review.ts). */
export function reviewDueNote(): string {
  return msg('This information is due for review.', {
    id: 'common.reviewDue',
    desc: 'Beside the disclaimer once the medical content is past its next-review date.',
  });
}

/**
 * The full urgent block: both tiers, the emergency signs in view and the
 * urgent ones one click away (open when printed), under a heading.
 */
export function urgentBlock(numbers: HelpNumbers, locale: string, headingLevel: number): TemplateResult {
  // A named group, not a region: two widgets with urgent="full" would make two landmarks of one name.
  return html`<div class="urgent" part="urgent" role="group" tabindex="-1" aria-labelledby="urgent-title">
    <p class="subtitle" id="urgent-title" role="heading" aria-level=${headingLevel}>${warningSignsTitle()}</p>
    ${emergencyTier(numbers, locale)}
    <details part="urgent-soon" data-print-open>
      <summary>${urgentSummary()}</summary>
      ${urgentTier(numbers)}
    </details>
  </div>`;
}

/** One line with the emergency number, when another widget on the page shows the full block. */
export function urgentReminder(numbers: HelpNumbers, locale: string, goToFull: () => void): TemplateResult {
  const call = emergencyNumbers(numbers, locale);
  return html`<div class="urgent" part="urgent-reminder">
    <p>
      ${warningIcon}
      ${
        call
          ? msg(html`<strong>Signs of an emergency?</strong> Call ${call}.`, {
              id: 'urgent.reminder.number',
              desc: 'One-line reminder when another widget on the page lists the warning signs. The first two placeholders make the question bold; the third is the emergency number.',
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
