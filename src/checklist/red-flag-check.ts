/**
 * The checklist's red-flag check, first in the card, and its urgent block
 * (its footer doesn't repeat it): both tiers of warning signs and three
 * answers. Once answered it keeps the emergency number in view and both
 * lists one click away, and the answer can be changed. A plain list with an
 * answer: no score, no diagnosis (docs/medical-content.md, §6). Call while
 * rendering: msg() resolves in the widget's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HelpNumbers } from '../core/emergency-numbers.js';
import { msg } from '../core/localization.js';
import {
  callEmergency,
  emergencySigns,
  emergencyTier,
  urgentSummary,
  urgentTier,
  warningIcon,
  warningSignsTitle,
} from '../core/safety.js';
import type { RedFlagAnswer } from './checklist-storage.js';

/** What the checklist gives its red-flag check. */
export interface RedFlagCheck {
  /** The answer given; none yet asks the question. */
  answer: RedFlagAnswer | undefined;
  numbers: HelpNumbers;
  locale: string;
  /** The level of the check's heading. */
  headingLevel: number;
  /** The emergency card is open in place of the steps. */
  emergencyOpen: boolean;
  /** After an answer from the urgent list, the "get advice today" card once its module is there; else none. */
  adviceCard: TemplateResult | undefined;
  /** An answer, or `undefined` to ask again. */
  onAnswer(answer: RedFlagAnswer | undefined): void;
}

export function renderRedFlagCheck(check: RedFlagCheck): TemplateResult {
  return check.answer === undefined ? renderQuestion(check) : renderAnswered(check, check.answer);
}

function renderQuestion({ numbers, locale, headingLevel, onAnswer }: RedFlagCheck): TemplateResult {
  return html`<div
    class="urgent"
    part="red-flags urgent"
    role="group"
    tabindex="-1"
    aria-labelledby="red-flags-question"
  >
    <p class="subtitle" id="red-flags-question" role="heading" aria-level=${headingLevel} tabindex="-1">
      ${msg('Before you start: do you have any of these?', {
        id: 'checklist.redFlags.question',
        desc: 'The red-flag check at the top of the checklist; two lists of warning signs follow (emergency, then urgent).',
      })}
    </p>
    ${emergencyTier(numbers, locale)}
    <p>${urgentSummary()}</p>
    ${urgentTier(numbers)}
    <div class="answers">
      <button @click=${() => onAnswer('none')}>
        ${msg('None of these', { id: 'checklist.redFlags.none', desc: 'Answer to the red-flag check. Short.' })}
      </button>
      <button @click=${() => onAnswer('yes')}>
        ${msg('Yes, one from the emergency list', {
          id: 'checklist.redFlags.yes',
          desc: 'Answer to the red-flag check: a sign from the first (emergency) list. Short.',
        })}
      </button>
      <button @click=${() => onAnswer('urgent')}>
        ${msg('Yes, one from the urgent list', {
          id: 'checklist.redFlags.urgent',
          desc: 'Answer to the red-flag check: a sign from the second (urgent, get advice today) list. Short.',
        })}
      </button>
    </div>
  </div>`;
}

/** The answer given, in words: never that there are no warning signs. */
function answerText(answer: RedFlagAnswer): string {
  const texts: Record<RedFlagAnswer, string> = {
    none: msg("You haven't picked any of these. If that changes, act straight away.", {
      id: 'checklist.redFlags.noneChosen',
      desc: 'Shown after the user answered "None of these". Never say they have no warning signs.',
    }),
    urgent: msg('You said you have a sign from the urgent list.', {
      id: 'checklist.redFlags.urgentChosen',
      desc: 'Shown after the user picked a sign of the urgent (get advice today) list.',
    }),
    yes: msg('You said you have an emergency warning sign.', {
      id: 'checklist.redFlags.yesChosen',
      desc: 'Shown after the user answered "Yes" and closed the emergency card.',
    }),
  };
  return texts[answer];
}

function renderAnswered(check: RedFlagCheck, answer: RedFlagAnswer): TemplateResult {
  const { numbers, onAnswer } = check;
  return html`<div class="urgent" part="red-flags urgent" role="group" tabindex="-1" aria-labelledby="urgent-title">
    <p class="visually-hidden" id="urgent-title" role="heading" aria-level=${check.headingLevel}>
      ${warningSignsTitle()}
    </p>
    <p id="red-flags-answer" tabindex="-1">${answerText(answer)}</p>
    ${check.adviceCard ?? nothing}
    <p>${warningIcon} ${callEmergency(numbers, check.locale)}</p>
    <details part="red-flags-lists" data-print-open>
      <summary>
        ${msg('See both lists of warning signs', {
          id: 'checklist.redFlags.lists',
          desc: 'Opens both lists of warning signs once the red-flag check is answered.',
        })}
      </summary>
      <ul>
        ${emergencySigns().map((sign) => html`<li>${sign}</li>`)}
      </ul>
      <p>${urgentSummary()}</p>
      ${urgentTier(numbers)}
    </details>
    <div class="answers">
      ${
        answer === 'yes' && !check.emergencyOpen
          ? html`<button class="primary" @click=${() => onAnswer('yes')}>
              ${msg('Show emergency help', { id: 'checklist.redFlags.show', desc: 'Opens the emergency card again.' })}
            </button>`
          : nothing
      }
      <button @click=${() => onAnswer(undefined)}>
        ${msg('Change answer', { id: 'checklist.redFlags.change', desc: 'Asks the red-flag question again.' })}
      </button>
    </div>
  </div>`;
}
