/**
 * "When did the spasm start?": the answers and the sentence that says why
 * cold or heat fits (docs/medical-content.md §2.4). Optional, so loaded when
 * the user opens the question, or when the start day is already known (the
 * site's `episode-start`, or a stored answer): see start-day-disclosure.ts.
 * Call while the timer renders.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../core/localization.js';
import { radioButtons } from './radio-row.js';
import type { TimerMode } from './timer-machine.js';
import { answerFor, START_DAY_ANSWERS, recommendedMode, type StartDayAnswer } from './start-day.js';

export { checkEpisodeStart, recommendedMode, startDayFor } from './start-day.js';

/**
 * The three answers as radio buttons, the one that `day` is (seen from `now`) checked. Arrow keys check
 * each answer they pass (`onInput`); `onSettle` says the choice is made: Enter, or focus leaving the answers.
 */
export function startDayAnswers(
  day: string | undefined,
  now: number,
  onInput: (event: Event) => void,
  onSettle: () => void
): TemplateResult {
  return html`<div
    class="row"
    role="radiogroup"
    aria-labelledby="start-day-question"
    @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && onSettle()}
    @focusout=${(event: FocusEvent) =>
      (event.currentTarget as Element).contains(event.relatedTarget as Node | null) || onSettle()}
  >
    ${radioButtons({
      name: 'episode',
      options: START_DAY_ANSWERS,
      checked: (answer) => !!day && answerFor(day, now) === answer,
      label: (answer) => ANSWER_TEXT[answer](),
      onChange: onInput,
    })}
  </div>`;
}

/** Each answer's words. */
const ANSWER_TEXT: Record<StartDayAnswer, () => string> = {
  today: () => msg('Today', { id: 'timer.episode.today', desc: 'Answer to "When did the spasm start?". Short.' }),
  yesterday: () =>
    msg('Yesterday', { id: 'timer.episode.yesterday', desc: 'Answer to "When did the spasm start?". Short.' }),
  earlier: () =>
    msg('2 or more days ago', { id: 'timer.episode.earlier', desc: 'Answer to "When did the spasm start?". Short.' }),
};

/** What many people use on the day of the spasm (docs/medical-content.md §2.4: a suggestion, never a rule; either can help). */
const REASON: Record<TimerMode, () => string> = {
  cold: () =>
    msg('Many people use cold in the first day or two. Heat is fine too: use whichever helps.', {
      id: 'timer.episode.cold',
      desc: 'Shown when the spasm started today or yesterday: a suggestion, never a rule. Heat is not wrong.',
    }),
  heat: () =>
    msg('Many people find heat helps after the first day or two. Cold is fine too: use whichever helps.', {
      id: 'timer.episode.heat',
      desc: 'Shown when the spasm started 2 or more days ago: a suggestion, never a rule.',
    }),
};

/** The sentence that says why the therapy recommended for `day` fits. */
export const reasonFor = (day: string, now: number): string => REASON[recommendedMode(day, now)]();
