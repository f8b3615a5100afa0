/**
 * What a widget shows only once it is used loads on the first interaction
 * with it, not with the page: the checklist's emergency card and its steps'
 * "How to do it", and the quiz's explanations, each with its messages in the
 * widget's language (scripts/message-groups.mjs LAZY_GROUPS). The first
 * tests rely on a fresh page: nothing of those parts is loaded yet.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/checklist/define.js';
import '../src/quiz/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import { choose, press, QUESTIONS, STEPS } from './fixtures.js';
import { expectAccessible, part, renderedIn, waitFor } from './helpers.js';

/** Whether this page has fetched a module whose path contains `path`. */
const fetched = (path: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes(path));

const PARTS = ['/step-details.', '/emergency-card.', '/explanations.', '-howto.', '-emergency.', '-explanations.'];

describe('parts that load on first use', () => {
  it("a host's own steps and questions need none of them, even once used", async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist .steps=${STEPS}></spasm-checklist>`);
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${QUESTIONS}></spasm-quiz>`);
    part(list, 'base').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    part(quiz, 'base').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await choose(quiz, 'false');
    await press(quiz, 'check-button');
    expect(part(quiz, 'feedback').textContent).to.contain(QUESTIONS[0].explanation);
    // The host's "how" is there at once.
    expect(part(list, 'detail').textContent).to.contain('Wrapped, 15 minutes');
    // The card still preloads: a "Yes" to the red-flag check needs it whatever the steps.
    await waitFor(() => fetched('/emergency-card.'), 'the emergency card to preload');
    expect(PARTS.filter((path) => path !== '/emergency-card.' && fetched(path))).to.deep.equal([]);
  });

  it('the default checklist loads its "how" and its emergency card on a first touch, not before', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="es"></spasm-checklist>`);
    await renderedIn(list, 'es');
    // The card came with the first test; since then, its messages come with each language a widget loads.
    expect(fetched('/step-details.') || fetched('-howto.')).to.equal(false);
    const cold = list.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part="detail"]')[3];
    // Before: the disclosure is there, its text not yet.
    expect(cold.querySelector('p')!.textContent!.trim()).to.equal('');
    part(list, 'base').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    await waitFor(() => fetched('/step-details.') && fetched('es-howto.') && fetched('es-emergency.'), 'the parts');
    cold.querySelector('summary')!.click();
    await waitFor(() => cold.textContent!.includes('15 minutos'), 'the Spanish "how" of the cold step');
    await expectAccessible(list);
    // "Yes" finds the card and its Spanish words ready.
    part(list, 'red-flags').querySelectorAll('button')[1].click();
    await waitFor(() => list.shadowRoot!.querySelector('[part="emergency-card"]'), 'the emergency card');
    await list.updateComplete;
    expect(part(list, 'emergency-card').textContent).to.contain('emergencia');
    expect(part(list, 'emergency-card').textContent).not.to.contain('emergency help');
  });

  it('the default quiz loads its explanations on a first interaction, in its language', async () => {
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz lang="es"></spasm-quiz>`);
    await renderedIn(quiz, 'es');
    expect(fetched('/explanations.')).to.equal(false);
    part(quiz, 'base').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await waitFor(() => fetched('/explanations.') && fetched('es-explanations.'), 'the explanations');
    await choose(quiz, 'false');
    await press(quiz, 'check-button');
    await waitFor(() => part(quiz, 'feedback').textContent!.includes('Quedarte en la cama'), 'the Spanish explanation');
    await expectAccessible(quiz);
  });

  it("a widget that changes language gets that language's texts of a part already loaded", async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="es"></spasm-checklist>`);
    await renderedIn(list, 'es');
    list.lang = 'fr';
    await renderedIn(list, 'fr');
    const cold = list.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details[part="detail"]')[3];
    cold.querySelector('summary')!.click();
    await waitFor(() => fetched('fr-howto.'), 'the French "how"');
    await waitFor(() => cold.textContent!.includes('15 minutes') && !cold.textContent!.includes('Wrap'), 'French');
    expect(cold.querySelector('p')!.textContent).to.match(/glace/i);
  });

  it('a second widget opening "Sources and review" gets the panel too, in its own language', async () => {
    const first = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${QUESTIONS}></spasm-quiz>`);
    const second = await fixture<SpasmQuiz>(html`<spasm-quiz lang="es" .questions=${QUESTIONS}></spasm-quiz>`);
    await renderedIn(second, 'es');
    for (const quiz of [first, second]) {
      part(quiz, 'sources').querySelector('summary')!.click();
      await waitFor(() => part(quiz, 'sources').querySelectorAll('p').length > 0, `the panel of <${quiz.lang}>`);
    }
    expect(part(second, 'sources').textContent).to.contain('Artículos de los que partió');
  });
});
