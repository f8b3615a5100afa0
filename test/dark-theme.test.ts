import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { answer, choose, press, QUESTIONS, tickStep } from './fixtures.js';
import { expectAccessible, part, waitFor } from './helpers.js';

/**
 * The README's dark-mode snippet, read from the README itself so the test
 * checks what sites copy. Its media query is unwrapped: the test page is dark
 * whatever the browser's setting.
 */
async function readmeDarkSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const css = /### Theming and dark mode[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!css) throw new Error('no dark-mode snippet in the README');
  return css.replace(/^@media \(prefers-color-scheme: dark\) \{([\s\S]*)\}\s*$/, '$1');
}

describe('the README dark-mode snippet', () => {
  let style: HTMLStyleElement;
  before(async () => {
    style = document.createElement('style');
    style.textContent = `${await readmeDarkSnippet()} body { background: #1f2428; color: #f1f3f4; }`;
    document.head.append(style);
  });
  after(() => style.remove());

  it('sets color-scheme, so native controls are dark', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
    expect(getComputedStyle(list).colorScheme).to.equal('dark');
  });

  it('the checklist has no axe violations in its states', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="en-GB"></spasm-checklist>`);
    await expectAccessible(list);
    part(list, 'red-flags').querySelector('button')!.click();
    tickStep(list, 0);
    await list.updateComplete;
    await expectAccessible(list);
    part(list, 'red-flags').querySelector('button')!.click(); // "Change answer"
    await list.updateComplete;
    part(list, 'red-flags').querySelectorAll('button')[1].click(); // "Yes, I have one"
    await waitFor(() => list.shadowRoot!.querySelector('[part="emergency-card"]'), 'the emergency card');
    await expectAccessible(list);
  });

  it('the timer has no axe violations running, paused and done', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer mode="heat"></spasm-timer>`);
    await expectAccessible(timer);
    timer.start();
    await timer.updateComplete;
    await expectAccessible(timer);
    timer.pause();
    await timer.updateComplete;
    await expectAccessible(timer);
  });

  it('the quiz has no axe violations with wrong and right feedback, marks and results', async () => {
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${QUESTIONS}></spasm-quiz>`);
    await press(quiz, 'check-button'); // "Choose an answer first."
    await expectAccessible(quiz);
    await choose(quiz, 'false');
    await press(quiz, 'check-button'); // "Not quite."
    await expectAccessible(quiz);
    await press(quiz, 'next-button');
    await answer(quiz, QUESTIONS[1].correct[0]);
    await press(quiz, 'next-button');
    await answer(quiz, 'walk', 'bed'); // "You chose", "You missed"
    await expectAccessible(quiz);
    await press(quiz, 'next-button');
    await expectAccessible(quiz);
  });
});
