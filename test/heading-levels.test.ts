/**
 * Sub-headings keep their level relative to `heading-level` (issue 29): in
 * every key state of every widget, the title is at the level asked for and
 * every other heading (the checklist's question, cards and doctor section,
 * the quiz's score and review, the footer's warning signs) one below it, at
 * most 6. test/accessibility-tree.test.ts reads the same outlines from
 * Chromium's accessibility tree; this reads the markup, in both browsers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeStatic } from 'lit/static-html.js';
import type sinon from 'sinon';
import '../src/define.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { answer, press, QUESTIONS } from './fixtures.js';
import { cleanStart, cleanUp, MINUTE, part, waitFor } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** A widget's headings in document order, as [level, text]. */
function outline(widget: Widget): [number, string][] {
  return [...widget.shadowRoot!.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((heading) => [
    Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)),
    heading.textContent!.replace(/\s+/g, ' ').trim(),
  ]);
}

/** Presses one of the checklist's red-flag answers (0 none, 1 emergency, 2 urgent) and waits for what it shows. */
async function answerRedFlags(list: Widget, index: 0 | 1 | 2): Promise<void> {
  part(list, 'red-flags').querySelectorAll<HTMLButtonElement>('.answers button')[index].click();
  const shown = ['#red-flags-answer', '[part="emergency-card"]', '[part="advice-card"]'][index];
  await waitFor(() => list.shadowRoot!.querySelector(shown), shown);
}

/** Each key state: the widget's tag, how a test brings it there, and the sub-headings it then shows. */
const STATES: {
  name: string;
  tag: string;
  reach?: (widget: Widget, clock: sinon.SinonFakeTimers) => unknown;
  subs: string[];
}[] = [
  {
    name: 'checklist, first render',
    tag: 'spasm-checklist',
    subs: ['Before you start: do you have any of these?', 'When to see a GP or your doctor'],
  },
  {
    name: 'checklist, "None of these"',
    tag: 'spasm-checklist',
    reach: (list) => answerRedFlags(list, 0),
    subs: ['Warning signs', 'When to see a GP or your doctor'],
  },
  {
    name: 'checklist, the emergency card',
    tag: 'spasm-checklist',
    reach: (list) => answerRedFlags(list, 1),
    subs: ['Warning signs', 'Get emergency help now'],
  },
  {
    name: 'checklist, the advice card',
    tag: 'spasm-checklist',
    reach: (list) => answerRedFlags(list, 2),
    subs: ['Warning signs', 'Get medical advice today', 'When to see a GP or your doctor'],
  },
  { name: 'timer, idle', tag: 'spasm-timer', subs: ['Warning signs'] },
  {
    name: 'timer, done',
    tag: 'spasm-timer',
    reach: async (timer, clock) => {
      // A five-minute session: the same "done" face, a third of the renders to tick through (mocha's 10 s on CI).
      (timer as SpasmTimer).minutes = 5;
      await (timer as SpasmTimer).updateComplete;
      (timer as SpasmTimer).start();
      await clock.tickAsync(5 * MINUTE);
    },
    subs: ['Warning signs'],
  },
  { name: 'quiz, a question', tag: 'spasm-quiz', subs: ['Warning signs'] },
  {
    name: 'quiz, results',
    tag: 'spasm-quiz',
    reach: async (quiz) => {
      for (const ids of [['true'], ['cold'], ['walk', 'stretch']]) {
        await answer(quiz, ...ids);
        await press(quiz, 'next-button');
      }
    },
    subs: ['You got 3 of 3 right', ...QUESTIONS.map((question) => question.prompt), 'Warning signs'],
  },
];

const TITLES: Record<string, string> = {
  'spasm-checklist': 'First aid for a back spasm',
  'spasm-timer': 'Ice and heat timer',
  'spasm-quiz': 'Quiz: look after your back',
};

/** A `tag` widget with `heading-level` (none when undefined); the quiz asks the test questions. */
function widgetFixture(tag: string, headingLevel: string | undefined): Promise<Widget> {
  const level = ifDefined(headingLevel);
  if (tag === 'spasm-quiz')
    return fixture(html`<spasm-quiz lang="en-GB" heading-level=${level} .questions=${QUESTIONS}></spasm-quiz>`);
  return fixture(html`<${unsafeStatic(tag)} lang="en-GB" heading-level=${level}></${unsafeStatic(tag)}>`);
}

describe('heading levels follow heading-level', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = cleanStart();
  });
  afterEach(() => cleanUp(clock));

  // Unset (2), a level in the middle, and the deepest, where sub-headings stay at 6.
  for (const [attribute, title, sub] of [
    [undefined, 2, 3],
    ['3', 3, 4],
    ['6', 6, 6],
  ] as const) {
    for (const { name, tag, reach, subs } of STATES) {
      it(`${name}, heading-level ${attribute ?? 'unset'}: the title at ${title}, the rest at ${sub}`, async () => {
        const widget = await widgetFixture(tag, attribute);
        await reach?.(widget, clock);
        await widget.updateComplete;
        expect(outline(widget)).to.deep.equal([[title, TITLES[tag]], ...subs.map((text) => [sub, text])]);
      });
    }
  }
});
