import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../src/quiz/define.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import { answer, choose, inputs, press, QUESTIONS } from './fixtures.js';
import {
  captureWarnings,
  cleanUp,
  expectAccessible,
  liveRegionText,
  part,
  partText,
  recordEvents,
  renderedIn,
  waitFor,
  warningText,
} from './helpers.js';
import { expectNoMarkupRan, expectOneWarning, folded, hostilePayload, withHostContent } from './widget-helpers.js';

const KEY = 'spasm-quiz-test';

/** Every event the quiz fires. */
const QUIZ_EVENTS = ['spasm-quiz-answer', 'spasm-quiz-complete'] as const;

const active = (quiz: SpasmQuiz) => quiz.shadowRoot!.activeElement;

/** An element's accessible description from aria-describedby: the text of each id, in order ('' without it). */
function description(quiz: SpasmQuiz, element: Element): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => folded(quiz.shadowRoot!.getElementById(id)?.textContent)).join(' ');
}

/** The current question's options by id: the text of each label, as its accessible name reads. */
const optionTexts = (quiz: SpasmQuiz): Record<string, string> =>
  Object.fromEntries(
    [...quiz.shadowRoot!.querySelectorAll('[part="option"]')].map((label) => [
      label.querySelector('input')!.value,
      folded(label.textContent),
    ])
  );

describe('<spasm-quiz>', () => {
  afterEach(() => cleanUp());

  describe('default questions', () => {
    it('asks eight questions, one at a time, each in a fieldset with its position and prompt as legend', async () => {
      const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz></spasm-quiz>`);
      expect(quiz.total).to.equal(8);
      expect(partText(quiz, 'position')).to.equal('Question 1 of 8');
      const fieldset = part(quiz, 'question');
      expect(fieldset.localName).to.equal('fieldset');
      expect(folded(fieldset.querySelector('legend')!.textContent)).to.match(/^Question 1 of 8 Staying in bed/);
      expect(inputs(quiz).map((input) => [input.type, input.value])).to.deep.equal([
        ['radio', 'true'],
        ['radio', 'false'],
      ]);
      expect(partText(quiz, 'footer')).to.contain('Call your local emergency number');
    });

    // Rendering in its lang, an ancestor's or a new one: see widget-contract.test.ts.
    it('offers and checks answers in Spanish', async () => {
      const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz lang="es"></spasm-quiz>`);
      await renderedIn(quiz, 'es');
      expect(partText(quiz, 'question')).to.contain('Verdadero');
      await choose(quiz, 'false');
      await press(quiz, 'check-button');
      expect(partText(quiz, 'feedback')).to.contain('¡Correcto!');
    });
  });

  describe('answering', () => {
    let quiz: SpasmQuiz;
    beforeEach(async () => {
      quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${QUESTIONS}></spasm-quiz>`);
    });

    const cases: [string, number, string[], boolean][] = [
      ['true-false, right', 0, ['true'], true],
      ['true-false, wrong', 0, ['false'], false],
      ['single, right', 1, ['cold'], true],
      ['single, wrong', 1, ['heat'], false],
      ['multiple, exactly right', 2, ['walk', 'stretch'], true],
      ['multiple, one missing', 2, ['walk'], false],
      ['multiple, one too many', 2, ['walk', 'stretch', 'bed'], false],
    ];
    for (const [name, index, chosen, right] of cases) {
      it(`${name}: told in words and an icon, with the explanation and an event`, async () => {
        const events = recordEvents(document, QUIZ_EVENTS);
        for (let i = 0; i < index; i++) {
          await choose(quiz, ...QUESTIONS[i].correct);
          await press(quiz, 'check-button');
          await press(quiz, 'next-button');
        }
        await choose(quiz, ...chosen);
        await press(quiz, 'check-button');
        const feedback = part(quiz, 'feedback');
        expect(feedback.textContent).to.contain(right ? 'Right!' : 'Not quite.');
        expect(feedback.querySelector('svg')).not.to.equal(null);
        expect(feedback.textContent).to.contain(QUESTIONS[index].explanation);
        if (!right) expect(feedback.textContent).to.contain('The right answer:');
        // Said once: by the live region, in full, while focus waits on the next step (not on the feedback).
        expect(liveRegionText(quiz)).to.equal(folded(feedback.textContent));
        expect(active(quiz)).to.equal(part(quiz, 'next-button'));
        // The options stay in the Tab order, but the answer can no longer change.
        expect(inputs(quiz).map((input) => [input.disabled, input.getAttribute('aria-disabled')])).to.deep.equal(
          inputs(quiz).map(() => [false, 'true'])
        );
        expect(events.at(-1)).to.deep.equal({
          type: 'spasm-quiz-answer',
          detail: { questionId: QUESTIONS[index].id, correct: right, selected: chosen },
        });
        // Never advances by itself.
        expect(partText(quiz, 'position')).to.equal(`Question ${index + 1} of 3`);
      });
    }

    it('asks for a choice instead of checking nothing', async () => {
      const events = recordEvents(quiz, QUIZ_EVENTS);
      part(quiz, 'check-button').focus();
      await press(quiz, 'check-button');
      // Said by the live region; focus stays on "Check answer".
      expect(liveRegionText(quiz)).to.equal('Choose an answer first.');
      expect(active(quiz)).to.equal(part(quiz, 'check-button'));
      expect(quiz.shadowRoot!.querySelector('[part="feedback"]')).to.equal(null);
      expect(events).to.deep.equal([]);
    });

    it('shows the score, a review of every question and retries', async () => {
      const events = recordEvents(quiz, QUIZ_EVENTS);
      for (const answer of [['true'], ['heat'], ['walk', 'stretch']]) {
        await choose(quiz, ...answer);
        await press(quiz, 'check-button');
        await press(quiz, 'next-button');
      }
      const results = part(quiz, 'results');
      // Said once: focus lands on the score, a heading, and the live region stays quiet.
      const score = part(quiz, 'score');
      expect(score.textContent!.trim()).to.equal('You got 2 of 3 right');
      expect(active(quiz)).to.equal(score);
      expect(liveRegionText(quiz)).to.equal('');
      expect(quiz.score).to.equal(2);
      const review = [...results.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(review).to.have.length(3);
      expect(review[1]).to.contain('Not quite. Your answer: Heat');
      expect(review[1]).to.contain('The right answer: Cold');
      expect(review[1]).to.contain('A cold pack is kept in the freezer.');
      expect(review[2]).to.contain('Your answer: Walking and Stretching');
      expect(events.at(-1)).to.deep.equal({
        type: 'spasm-quiz-complete',
        detail: {
          score: 2,
          total: 3,
          answers: [
            { questionId: 'tf', correct: true, selected: ['true'] },
            { questionId: 'one', correct: false, selected: ['heat'] },
            { questionId: 'many', correct: true, selected: ['walk', 'stretch'] },
          ],
        },
      });

      await press(quiz, 'retry-button');
      await waitFor(() => active(quiz) === part(quiz, 'question'), 'focus on the first question');
      expect(partText(quiz, 'position')).to.equal('Question 1 of 3');
      expect(quiz.score).to.equal(0);
      expect(quiz.matches(':state(results)')).to.equal(false);
    });

    it('reset() starts again without events', async () => {
      await choose(quiz, 'true');
      await press(quiz, 'check-button');
      const events = recordEvents(quiz, QUIZ_EVENTS);
      quiz.reset();
      await quiz.updateComplete;
      expect(quiz.score).to.equal(0);
      expect(inputs(quiz).every((input) => input.getAttribute('aria-disabled') === 'false' && !input.checked)).to.equal(
        true
      );
      expect(events).to.deep.equal([]);
    });
  });

  it('runs to the score with the keyboard alone, focus following each step', async () => {
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${QUESTIONS}></spasm-quiz>`);
    inputs(quiz)[0].focus();
    for (let question = 0; question < QUESTIONS.length; question++) {
      if (question > 0) {
        expect(active(quiz)).to.equal(part(quiz, 'question'));
        await sendKeys({ press: 'Tab' });
      }
      expect(active(quiz)).to.equal(inputs(quiz)[0]);
      await sendKeys({ press: ' ' });
      for (let tabs = 0; active(quiz) !== part(quiz, 'check-button') && tabs < 5; tabs++)
        await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
      expect(active(quiz)).to.equal(part(quiz, 'next-button'));
      await sendKeys({ press: 'Enter' });
      await quiz.updateComplete;
    }
    expect(active(quiz)).to.equal(part(quiz, 'score'));
    // The first option of each: True (right), Heat (wrong), Walking alone (wrong).
    expect(quiz.score).to.equal(1);
  });

  it('shuffles questions and options with the injected random source, on each attempt', async () => {
    const quiz = document.createElement('spasm-quiz');
    quiz.shuffle = true;
    quiz.questions = QUESTIONS;
    quiz.random = () => 0;
    document.body.append(quiz);
    await quiz.updateComplete;
    // Fisher-Yates with random() = 0 rotates left: tf, one, many -> one, many, tf.
    expect(part(quiz, 'question').textContent).to.contain('Which pack do you keep in the freezer?');
    expect(inputs(quiz).map((input) => input.value)).to.deep.equal(['cold', 'heat']);
    quiz.random = () => 0.99;
    quiz.reset();
    await quiz.updateComplete;
    expect(part(quiz, 'question').textContent).to.contain('Wrap ice in a cloth.');
    quiz.remove();
  });

  // Storing nothing without persist, and one warning for garbage in storage: see widget-contract.test.ts.
  describe('persist', () => {
    it('resumes an unfinished quiz after a reload, but not a finished one', async () => {
      const first = await fixture<SpasmQuiz>(
        html`<spasm-quiz persist storage-key=${KEY} .questions=${QUESTIONS}></spasm-quiz>`
      );
      await choose(first, 'true');
      await press(first, 'check-button');
      await press(first, 'next-button');
      await choose(first, 'heat');
      await press(first, 'check-button');
      first.remove();

      const second = await fixture<SpasmQuiz>(
        html`<spasm-quiz persist storage-key=${KEY} .questions=${QUESTIONS}></spasm-quiz>`
      );
      expect(partText(second, 'position')).to.equal('Question 2 of 3');
      expect(partText(second, 'feedback')).to.contain('Not quite.');
      expect(second.score).to.equal(1);
      await press(second, 'next-button');
      await choose(second, 'walk');
      await press(second, 'check-button');
      await press(second, 'next-button');
      expect(second.shadowRoot!.querySelector('[part="results"]')).not.to.equal(null);
      second.remove();

      const third = await fixture<SpasmQuiz>(
        html`<spasm-quiz persist storage-key=${KEY} .questions=${QUESTIONS}></spasm-quiz>`
      );
      expect(partText(third, 'position')).to.equal('Question 1 of 3');
    });

    it('warns once about a stored attempt that does not fit, and starts afresh', async () => {
      localStorage.setItem(
        KEY,
        JSON.stringify({ version: 1, order: ['gone'], optionOrder: {}, index: 0, answers: {} })
      );
      const warn = captureWarnings();
      const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz persist storage-key=${KEY}></spasm-quiz>`);
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.contain(`<spasm-quiz> stored "${KEY}"=`);
      expect(partText(quiz, 'position')).to.equal('Question 1 of 8');
    });
  });

  describe('custom content', () => {
    it('takes questions from a JSON child', async () => {
      const quiz = await withHostContent<SpasmQuiz>(
        'spasm-quiz',
        'questions',
        JSON.stringify({ questions: QUESTIONS.slice(1, 2) })
      );
      expect(quiz.total).to.equal(1);
      expect(partText(quiz, 'question')).to.contain('Which pack do you keep in the freezer?');
    });

    it('renders host text as text', async () => {
      const payload = hostilePayload('__quizXss');
      const quiz = await withHostContent<SpasmQuiz>('spasm-quiz', 'questions', [
        { ...QUESTIONS[1], prompt: payload, explanation: payload },
      ]);
      await expectNoMarkupRan(quiz, '__quizXss');
      expect(folded(part(quiz, 'question').querySelector('legend')!.textContent)).to.equal(
        `Question 1 of 1 ${payload}`
      );
    });

    const bad: [string, unknown, RegExp, number][] = [
      ['malformed JSON', '{"questions": [', /malformed/, 8],
      [
        'no correct answer',
        [{ ...QUESTIONS[1], correct: [] }, QUESTIONS[0]],
        /question "one" has no correct answer/,
        1,
      ],
      [
        'a correct id not among the options',
        [{ ...QUESTIONS[1], correct: ['lava'] }],
        /question "one" has a correct id that is not an option/,
        8,
      ],
      ['an unknown type', [{ ...QUESTIONS[1], type: 'essay' }, QUESTIONS[0]], /question "one" has an unknown type/, 1],
      ['duplicate ids', [QUESTIONS[0], { ...QUESTIONS[1], id: 'tf' }], /question "tf" repeats an id/, 1],
    ];
    for (const [name, content, problem, total] of bad) {
      it(`warns once about ${name}, drops that question, falls back to the defaults when none is left`, async () => {
        const warn = captureWarnings();
        const quiz = await withHostContent<SpasmQuiz>('spasm-quiz', 'questions', content);
        expectOneWarning(warn, quiz, 'questions', problem);
        expect(quiz.total).to.equal(total);
        await choose(quiz, inputs(quiz)[0].value);
        await press(quiz, 'check-button');
        expect(part(quiz, 'feedback')).not.to.equal(null);
      });
    }
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'es']) {
      it(`has no axe violations in any state (${lang})`, async () => {
        const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz lang=${lang}></spasm-quiz>`);
        await renderedIn(quiz, lang);
        await expectAccessible(quiz);
        await choose(quiz, 'true');
        await press(quiz, 'check-button');
        await expectAccessible(quiz);
        await press(quiz, 'next-button');
        await choose(quiz, 'wrapped');
        await press(quiz, 'check-button');
        await expectAccessible(quiz);
        while (!quiz.shadowRoot!.querySelector('[part="results"]')) {
          if (!quiz.shadowRoot!.querySelector('[part="feedback"]')) {
            await choose(quiz, inputs(quiz)[0].value);
            await press(quiz, 'check-button');
          }
          await press(quiz, 'next-button');
        }
        await expectAccessible(quiz);
      });
    }

    describe('what a screen reader hears', () => {
      let quiz: SpasmQuiz;
      beforeEach(async () => {
        quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${QUESTIONS}></spasm-quiz>`);
      });

      /** Answers the questions before `index` rightly, leaving question `index` unanswered. */
      async function goTo(index: number): Promise<void> {
        for (let i = 0; i < index; i++) {
          await answer(quiz, ...QUESTIONS[i].correct);
          await press(quiz, 'next-button');
        }
      }

      it('each question is a group named by its position and prompt; "Choose all that apply" describes it', async () => {
        const group = () => part(quiz, 'question');
        const legend = () => folded(group().querySelector('legend')!.textContent);
        expect(legend()).to.equal('Question 1 of 3 Wrap ice in a cloth.');
        expect(group().hasAttribute('aria-describedby')).to.equal(false);
        for (const [index, name, hint] of [
          [1, 'Question 2 of 3 Which pack do you keep in the freezer?', ''],
          [2, 'Question 3 of 3 What helps?', 'Choose all that apply.'],
        ] as const) {
          await answer(quiz, ...QUESTIONS[index - 1].correct);
          await press(quiz, 'next-button');
          // Focus moves to the group itself, so its name and description are what is heard, and the live region is quiet.
          expect(active(quiz)).to.equal(group());
          expect(legend()).to.equal(name);
          expect(description(quiz, group())).to.equal(hint);
          expect(liveRegionText(quiz)).to.equal('');
        }
        await expectAccessible(quiz);
      });

      const marks: [string, number, string[], Record<string, string>][] = [
        ['true-false, right', 0, ['true'], { true: 'True Right! You chose', false: 'False' }],
        ['true-false, wrong', 0, ['false'], { true: 'True You missed', false: 'False Not quite. You chose' }],
        ['single, right', 1, ['cold'], { heat: 'Heat', cold: 'Cold Right! You chose' }],
        ['single, wrong', 1, ['heat'], { heat: 'Heat Not quite. You chose', cold: 'Cold You missed' }],
        [
          'multiple, one right, one wrong, one missed',
          2,
          ['walk', 'bed'],
          {
            walk: 'Walking Right! You chose',
            stretch: 'Stretching You missed',
            bed: 'A week in bed Not quite. You chose',
          },
        ],
      ];
      for (const [name, index, chosen, texts] of marks) {
        it(`${name}: each option says in words whether it was right and whose it was`, async () => {
          await goTo(index);
          // Before Check, only the labels.
          const { options } = QUESTIONS[index];
          expect(optionTexts(quiz)).to.deep.equal(
            options!.length
              ? Object.fromEntries(options!.map(({ id, label }) => [id, label]))
              : { true: 'True', false: 'False' }
          );
          await answer(quiz, ...chosen);
          expect(optionTexts(quiz)).to.deep.equal(texts);
        });
      }

      it('after Check the options stay focusable and readable, and the answer cannot change', async () => {
        await goTo(1);
        await answer(quiz, 'heat');
        const events = recordEvents(quiz, QUIZ_EVENTS);
        const [heat, cold] = inputs(quiz);
        const state = () => inputs(quiz).map((input) => [input.value, input.checked, input.disabled]);
        const before = [
          ['heat', true, false],
          ['cold', false, false],
        ];
        expect(state()).to.deep.equal(before);
        // Back from "Next question" with the keyboard: the chosen option, then the other by arrow key.
        expect(active(quiz)).to.equal(part(quiz, 'next-button'));
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(active(quiz)).to.equal(heat);
        await sendKeys({ press: 'ArrowDown' });
        await quiz.updateComplete;
        expect(active(quiz)).to.equal(cold);
        expect(state()).to.deep.equal(before);
        await sendKeys({ press: ' ' });
        await quiz.updateComplete;
        cold.click();
        cold.closest('label')!.click();
        await quiz.updateComplete;
        expect(active(quiz)).to.equal(cold);
        expect(state()).to.deep.equal(before);
        expect(partText(quiz, 'feedback')).to.contain('Not quite.');
        expect(events).to.deep.equal([]);
        await expectAccessible(quiz);
      });

      it('after Check a multiple-answer question keeps its ticks, whatever is clicked or pressed', async () => {
        await goTo(2);
        await answer(quiz, 'walk', 'bed');
        const ticks = () => inputs(quiz).map((input) => input.checked);
        expect(ticks()).to.deep.equal([true, false, true]);
        // Each option once: Space, a click on the box, a click on the label.
        const [walk, stretch, bed] = inputs(quiz);
        walk.focus();
        expect(active(quiz)).to.equal(walk);
        await sendKeys({ press: ' ' });
        stretch.click();
        bed.closest('label')!.click();
        await quiz.updateComplete;
        expect(ticks()).to.deep.equal([true, false, true]);
        expect(partText(quiz, 'feedback')).to.contain('Not quite.');
        await expectAccessible(quiz);
      });

      for (const [headingLevel, level] of [
        [undefined, '3'],
        ['5', '6'],
      ] as const) {
        it(`the score is a heading one level below the title (${level}), focused and said once`, async () => {
          quiz = await fixture<SpasmQuiz>(
            html`<spasm-quiz heading-level=${headingLevel ?? nothing} .questions=${QUESTIONS}></spasm-quiz>`
          );
          await goTo(QUESTIONS.length);
          const score = part(quiz, 'score');
          expect([score.getAttribute('role'), score.getAttribute('aria-level')]).to.deep.equal(['heading', level]);
          expect(Number(level)).to.equal(Math.min(Number(part(quiz, 'title').getAttribute('aria-level')) + 1, 6));
          expect(active(quiz)).to.equal(score);
          expect(liveRegionText(quiz)).to.equal('');
          // axe's heading-order wants a page whose headings lead down to level 5: only the default is checked here.
          if (!headingLevel) await expectAccessible(quiz);
        });
      }
    });

    // Tap targets of 44 by 44 px and the live region: see widget-contract.test.ts.
  });
});
