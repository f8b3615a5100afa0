/**
 * "When did the spasm start?": the answers and the sentence that says why
 * cold or heat fits (facts.md section 2). Optional, so loaded when the user
 * opens the question, or when the start day is already known (the site's
 * `episode-start`, or a stored answer). Call while the timer renders.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../core/localization.js';
import type { TimerMode } from './timer-machine.js';
import { answerFor, EPISODE_ANSWERS, recommendedMode, type EpisodeAnswer } from './episode.js';

export { checkEpisodeStart, episodeDay, recommendedMode } from './episode.js';

/** The three answers as radio buttons, the one that `day` is (seen from `now`) checked. */
export function episodeAnswers(day: string | undefined, now: number, onInput: (event: Event) => void): TemplateResult {
  return html`<div class="row" role="radiogroup" aria-labelledby="episode-question">
    ${EPISODE_ANSWERS.map(
      (answer) =>
        html`<label>
          <input
            type="radio"
            name="episode"
            .value=${answer}
            .checked=${!!day && answerFor(day, now) === answer}
            @change=${onInput}
          />
          ${episodeAnswer(answer)}
        </label>`
    )}
  </div>`;
}

function episodeAnswer(answer: EpisodeAnswer): string {
  return answer === 'today'
    ? msg('Today', { id: 'timer.episode.today', desc: 'Answer to "When did the spasm start?". Short.' })
    : answer === 'yesterday'
      ? msg('Yesterday', { id: 'timer.episode.yesterday', desc: 'Answer to "When did the spasm start?". Short.' })
      : msg('2 or more days ago', {
          id: 'timer.episode.earlier',
          desc: 'Answer to "When did the spasm start?". Short.',
        });
}

/** Why `mode` fits the day of the spasm (facts section 2: cold first, for a day or two; heat after). */
function episodeReason(mode: TimerMode): string {
  return mode === 'cold'
    ? msg('In the first day or two, cold is best: it limits swelling. Use heat after that.', {
        id: 'timer.episode.cold',
        desc: 'Why cold is recommended now: cold first, for the first day or two, to limit swelling; heat after. Also shown when someone picks heat in the first two days.',
      })
    : msg('After the first day or two, heat is best: it helps tense muscles relax.', {
        id: 'timer.episode.heat',
        desc: 'Why heat is recommended now: heat after cold, to relax tense muscles.',
      });
}

/** The sentence that says why the therapy recommended for `day` fits. */
export const reasonFor = (day: string, now: number): string => episodeReason(recommendedMode(day, now));
