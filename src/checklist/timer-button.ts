/**
 * A cold or heat step's button that starts the linked `<spasm-timer>`, and
 * the line beside it: why the timer can't start now (a session under way,
 * the skin resting until a time), or, once the timer knows when the spasm
 * started, why the other therapy fits better now. Call while rendering:
 * msg() resolves in the widget's locale.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatTimeOfDay } from '../core/format.js';
import { msg, str } from '../core/localization.js';
import type { SpasmTimer } from '../timer/spasm-timer.js';
import type { Therapy } from './checklist-content.js';

/** What the button reads of the linked timer. */
export type LinkedTimer = Pick<SpasmTimer, 'minutes' | 'state' | 'nextSessionAt' | 'recommendedMode'>;

/** The timer is busy or the skin is resting: it would refuse to start. */
export function timerUnavailable(timer: LinkedTimer): boolean {
  return timer.state === 'running' || timer.state === 'paused' || timer.nextSessionAt !== null;
}

/**
 * Why the timer can't start, next to its button (not only at the timer,
 * which may be far away on a phone); else, once the timer knows when the
 * spasm started, why the other therapy fits better now; else nothing.
 */
function whyText(therapy: Therapy, timer: LinkedTimer, formats: string): string | undefined {
  if (timerUnavailable(timer)) return unavailableText(timer, formats);
  const recommended = timer.recommendedMode;
  return recommended && recommended !== therapy ? recommendedText(recommended) : undefined;
}

function unavailableText({ nextSessionAt }: LinkedTimer, formats: string): string {
  return nextSessionAt !== null
    ? msg(str`Next session from ${formatTimeOfDay(nextSessionAt, formats)}`, {
        id: 'checklist.timer.wait',
        desc: 'Next to the unavailable timer button while the skin rests. ${0} is a clock time (11:15).',
      })
    : msg('The timer is already in use.', {
        id: 'checklist.timer.busy',
        desc: 'Next to the unavailable timer button while a session runs or is paused.',
      });
}

/** What many people use now, the timer's words (docs/medical-content.md, §2.4): a suggestion, never a rule. */
function recommendedText(recommended: Therapy): string {
  return recommended === 'cold'
    ? msg('Many people use cold in the first day or two. Heat is fine too: use whichever helps.', {
        id: 'checklist.timer.coldFirst',
        desc: 'Next to the heat session button in the first day or two after the spasm started (the linked timer knows the day). Same text as timer.episode.cold.',
      })
    : msg('Many people find heat helps after the first day or two. Cold is fine too: use whichever helps.', {
        id: 'checklist.timer.heatAfter',
        desc: 'Next to the cold session button from the third day after the spasm started (the linked timer knows the day). Same text as timer.episode.heat.',
      });
}

function buttonText(therapy: Therapy, minutes: string): string {
  return therapy === 'cold'
    ? msg(str`Start a ${minutes}-minute cold session`, {
        id: 'checklist.timer.cold',
        desc: 'Button that starts the ice/heat timer on the page. ${0} is a number of minutes (5 to 20): choose a wording that reads right for any number.',
      })
    : msg(str`Start a ${minutes}-minute heat session`, {
        id: 'checklist.timer.heat',
        desc: 'Button that starts the ice/heat timer on the page. ${0} is a number of minutes (5 to 20): choose a wording that reads right for any number.',
      });
}

/**
 * The button stays focusable when the timer can't start (aria-disabled),
 * described by why. `formats`: the locale of its numbers and clock times.
 */
export function renderTimerButton(
  therapy: Therapy,
  timer: LinkedTimer,
  formats: string,
  onStart: () => void
): TemplateResult {
  const why = whyText(therapy, timer, formats);
  return html`<button
      part="timer-button"
      aria-disabled=${timerUnavailable(timer) ? 'true' : 'false'}
      aria-describedby=${why ? `why-${therapy}` : nothing}
      @click=${onStart}
    >
      ${buttonText(therapy, formatNumber(timer.minutes, formats))}
    </button>
    ${why ? html`<p class="note" part="timer-why" id="why-${therapy}">${why}</p>` : nothing}`;
}
