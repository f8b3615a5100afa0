/**
 * Each widget as a screen reader gets it (issue 29): Chromium's accessibility
 * tree, read by the test runner's `accessibility-tree` command
 * (test/test-runner-commands.mjs), in the key states: names, roles,
 * heading levels, group descriptions, where focus is, and what is said on
 * each event: once, by the element that takes focus or by the widget's one
 * polite live region, never by both.
 *
 * Chromium only: Firefox gives a test no way to read its accessibility tree
 * (WebDriver BiDi has none). The widgets' own tests check, in both browsers,
 * the ARIA these trees are computed from; test/heading-levels.test.ts the
 * heading levels.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type sinon from 'sinon';
import '../src/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import { inLocale } from '../src/core/localization.js';
import { emergencySigns, urgentSigns } from '../src/core/safety.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { answer, checkboxes, choose, press, QUESTIONS } from './fixtures.js';
import { cleanStart, cleanUp, MINUTE, timeNamedInWords, waitFor } from './helpers.js';

/** A node of the tree, as the command gives it. */
interface AxNode {
  role: string;
  name: string;
  description?: string;
  level?: number;
  focused?: boolean;
  live?: string;
  checked?: string;
  disabled?: boolean;
  url?: string;
  children?: AxNode[];
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The widget's tree; its root is the card, a region. */
async function treeOf(widget: Widget): Promise<AxNode> {
  await widget.updateComplete;
  const tree = await executeServerCommand<AxNode | null, { selector: string }>('accessibility-tree', {
    selector: `#${widget.id}`,
  });
  if (!tree) throw new Error(`no accessibility tree for <${widget.localName} id="${widget.id}">`);
  return tree;
}

/** Every node at and under `node`, depth first, in reading order. */
const all = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(all)];

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What reading `node` says: its texts, in order. */
const textOf = (node: AxNode): string =>
  folded(
    all(node)
      .filter((each) => each.role === 'StaticText')
      .map((each) => each.name)
      .join(' ')
  );

const withRole = (node: AxNode, role: string): AxNode[] => all(node).filter((each) => each.role === role);

/** The one node of `role` named `name`; fails when there is none or more than one. */
function one(node: AxNode, role: string, name: string): AxNode {
  const found = withRole(node, role).filter((each) => each.name === name);
  expect(found, `${role} "${name}" in the tree`).to.have.length(1);
  return found[0];
}

/** The headings in reading order, as [level, name]. */
const headings = (node: AxNode): [number | undefined, string][] =>
  withRole(node, 'heading').map((heading) => [heading.level, heading.name]);

/** The node that has focus, if it is in this tree. */
const focused = (node: AxNode): AxNode | undefined => all(node).find((each) => each.focused);

/** Nodes that speak on their own when they change: live regions of any politeness. */
const liveRegions = (node: AxNode): AxNode[] => all(node).filter((each) => each.live && each.live !== 'off');

/** The widget's card is a region named by its title, a heading at `level`; its one live region is polite. */
function expectCard(tree: AxNode, title: string, level: number): AxNode {
  expect([tree.role, tree.name]).to.deep.equal(['region', title]);
  expect(headings(tree)[0]).to.deep.equal([level, title]);
  const live = liveRegions(tree);
  expect(
    live.map((region) => [region.role, region.live]),
    'live regions'
  ).to.deep.equal([['status', 'polite']]);
  return live[0];
}

/** The element focus is in, through shadow roots. */
function deepFocus(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/**
 * What a screen reader says on an event (`act`): the element that took focus,
 * its name then its description, then each text the widget's live region
 * took, in order. The region is watched while `act` runs, so a text said and
 * then replaced in the same event still counts.
 */
async function heardOn(widget: Widget, act: () => unknown): Promise<string[]> {
  const before = deepFocus();
  const said: string[] = [];
  const region = () => widget.shadowRoot!.querySelector('[role="status"], [aria-live]');
  // A region is heard when its text changes to a new one; emptied, it says nothing.
  let last = folded(region()?.textContent ?? '');
  const listen = () => {
    const text = folded(region()?.textContent ?? '');
    if (text && text !== last) said.push(text);
    last = text;
  };
  const observer = new MutationObserver(listen);
  observer.observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true });
  await act();
  await widget.updateComplete;
  // Changes not yet delivered to the observer.
  if (observer.takeRecords().length > 0) listen();
  observer.disconnect();
  const tree = await treeOf(widget);
  // The tree holds what the region holds.
  expect(textOf(liveRegions(tree)[0]), 'the live region in the tree').to.equal(last);
  if (deepFocus() === before) return said;
  const target = focused(tree);
  if (!target) throw new Error('focus moved out of the widget');
  return [target.name, ...(target.description ? [target.description] : []), ...said];
}

/** Clicks the button of `widget` named `name` (its text), as a user would. */
function clickButton(widget: Widget, name: string): void {
  const button = [...widget.shadowRoot!.querySelectorAll('button')].find((each) => folded(each.textContent!) === name);
  if (!button) throw new Error(`<${widget.localName}> shows no button "${name}"`);
  button.click();
}

const chromium = navigator.userAgent.includes('Chrome/');

if (chromium)
  describe('the accessibility tree (Chromium)', () => {
    describe('<spasm-checklist heading-level="3">', () => {
      const TITLE = 'First aid for a back spasm';
      const QUESTION = 'Before you start: do you have any of these?';
      let list: SpasmChecklist;

      beforeEach(async () => {
        localStorage.clear();
        list = await fixture<SpasmChecklist>(
          html`<spasm-checklist id="checklist" lang="en-GB" heading-level="3"></spasm-checklist>`
        );
      });
      afterEach(() => cleanUp());

      it('first render: the red-flag question first, a group named by it with both lists and the numbers', async () => {
        const tree = await treeOf(list);
        const live = expectCard(tree, TITLE, 3);
        expect(textOf(live)).to.equal('');
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, QUESTION],
          [4, 'When to see a GP or your doctor'],
        ]);
        const group = one(tree, 'group', QUESTION);
        expect(tree.children![1], 'the first thing after the title').to.equal(group);
        expect(withRole(group, 'list').map((signs) => withRole(signs, 'listitem').map(textOf))).to.deep.equal(
          inLocale('en', () => [emergencySigns(), urgentSigns()])
        );
        expect(withRole(group, 'link').map((link) => [link.name, link.url])).to.deep.equal([
          ['999', 'tel:999'],
          ['NHS 111', 'tel:111'],
        ]);
        expect(withRole(group, 'button').map((button) => button.name)).to.deep.equal([
          'None of these',
          'Yes, one from the emergency list',
          'Yes, one from the urgent list',
        ]);
        // The steps, named by the title, after the question.
        const steps = one(tree, 'list', TITLE);
        expect(withRole(steps, 'checkbox')).to.have.length(list.total);
        expect(focused(tree)).to.equal(undefined);
      });

      it('"None of these": the answer takes focus and is said once; the number stays in view', async () => {
        const heard = await heardOn(list, async () => {
          clickButton(list, 'None of these');
          await waitFor(() => deepFocus()?.id === 'red-flags-answer', 'focus on the answer');
        });
        expect(heard).to.deep.equal(["You haven't picked any of these. If that changes, act straight away."]);
        const tree = await treeOf(list);
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, 'Warning signs'],
          [4, 'When to see a GP or your doctor'],
        ]);
        const group = one(tree, 'group', 'Warning signs');
        expect(withRole(group, 'link').map((link) => link.name)).to.deep.equal(['999']);
        expect(withRole(group, 'button').map((button) => button.name)).to.deep.equal(['Change answer']);
        expect(withRole(tree, 'checkbox')).to.have.length(list.total);
      });

      it('a sign of the emergency list: the card heading takes focus, said once with its call line; the steps set aside', async () => {
        const heard = await heardOn(list, async () => {
          clickButton(list, 'Yes, one from the emergency list');
          await waitFor(() => deepFocus()?.id === 'emergency-title', 'focus on the emergency card');
        });
        expect(heard).to.deep.equal([
          'Get emergency help now',
          'Call 999 (United Kingdom) now. Or go to the emergency department.',
        ]);
        const tree = await treeOf(list);
        const card = one(tree, 'region', 'Get emergency help now');
        expect(focused(tree)).to.equal(one(card, 'heading', 'Get emergency help now'));
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, 'Warning signs'],
          [4, 'Get emergency help now'],
        ]);
        // The link is named by its number alone: the sentence around it says "Call".
        expect(withRole(card, 'link').map((link) => [link.name, link.url])).to.deep.equal([['999', 'tel:999']]);
        expect(withRole(card, 'button').map((button) => button.name)).to.deep.equal([
          "I've got help: go back to the checklist",
        ]);
        expect(withRole(tree, 'checkbox'), 'the steps').to.have.length(0);
      });

      it('a sign of the urgent list: the advice card heading takes focus, said once with where to call; the steps stay', async () => {
        const heard = await heardOn(list, async () => {
          clickButton(list, 'Yes, one from the urgent list');
          await waitFor(() => deepFocus()?.id === 'advice-title', 'focus on the advice card');
        });
        expect(heard).to.deep.equal([
          'Get medical advice today',
          'Call NHS 111, or contact a GP or your doctor today.',
        ]);
        const tree = await treeOf(list);
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, 'Warning signs'],
          [4, 'Get medical advice today'],
          [4, 'When to see a GP or your doctor'],
        ]);
        expect(withRole(tree, 'checkbox')).to.have.length(list.total);
      });

      it('each tick is said once by the live region, the last as "All steps done."', async () => {
        const boxes = checkboxes(list);
        expect(await heardOn(list, () => boxes[0].click())).to.deep.equal([`1 of ${boxes.length} done`]);
        for (const box of boxes.slice(1, -1)) box.click();
        expect(await heardOn(list, () => boxes.at(-1)!.click())).to.deep.equal(['All steps done.']);
        const tree = await treeOf(list);
        expect(withRole(tree, 'checkbox').every((box) => box.checked === 'true')).to.equal(true);
      });
    });

    describe('<spasm-timer heading-level="3">', () => {
      const TITLE = 'Ice and heat timer';
      let clock: sinon.SinonFakeTimers;
      let timer: SpasmTimer;

      beforeEach(async () => {
        clock = cleanStart();
        timer = await fixture<SpasmTimer>(html`<spasm-timer id="timer" heading-level="3" minutes="5"></spasm-timer>`);
        await timeNamedInWords(timer, clock);
      });
      afterEach(() => cleanUp(clock));

      /** The countdown: a timer named by its words, showing the digits, never live (it changes every second). */
      function countdown(tree: AxNode): { label: string; digits: string } {
        const [node, ...more] = withRole(tree, 'timer');
        expect(more, 'timers').to.have.length(0);
        expect(node.live ?? 'off').to.equal('off');
        return { label: node.name, digits: textOf(node) };
      }

      it('idle: the therapy choice, the countdown in words, Start; silent', async () => {
        const tree = await treeOf(timer);
        const live = expectCard(tree, TITLE, 3);
        expect(textOf(live)).to.equal('');
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, 'Warning signs'],
        ]);
        const therapy = one(tree, 'group', 'Therapy');
        expect(withRole(therapy, 'radio').map((radio) => [radio.name, radio.checked])).to.deep.equal([
          ['Cold', 'true'],
          ['Heat', 'false'],
        ]);
        expect(countdown(tree)).to.deep.equal({ label: '5 minutes left', digits: '05:00' });
        expect(withRole(tree, 'button').map((button) => button.name)).to.deep.equal(['Start']);
      });

      it('running: the start said once; the countdown in words, silent between milestones', async () => {
        expect(await heardOn(timer, () => clickButton(timer, 'Start'))).to.deep.equal(['Session started: 5 minutes.']);
        await clock.tickAsync(61_000);
        let tree = await treeOf(timer);
        expect(countdown(tree)).to.deep.equal({ label: '3 minutes, 59 seconds left', digits: '03:59' });
        expect(withRole(tree, 'radio'), 'the therapy choice while running').to.have.length(0);
        expect(withRole(tree, 'button').map((button) => button.name)).to.deep.equal(['Pause', 'Reset']);
        // Three minutes of seconds, one milestone: said once.
        expect(await heardOn(timer, () => clock.tickAsync(3 * MINUTE))).to.deep.equal(['1 minute left.']);
        tree = await treeOf(timer);
        expect(countdown(tree).label).to.equal('59 seconds left');
      });

      it('done: the end said once; no countdown; Start unavailable, described by when the next session may start', async () => {
        clickButton(timer, 'Start');
        await clock.tickAsync(4 * MINUTE);
        expect(await heardOn(timer, () => clock.tickAsync(MINUTE))).to.deep.equal([
          'Session complete. Take the pack off and let your skin rest.',
        ]);
        const tree = await treeOf(timer);
        expectCard(tree, TITLE, 3);
        expect(withRole(tree, 'timer')).to.have.length(0);
        const start = one(tree, 'button', 'Start');
        expect(start.disabled).to.equal(true);
        expect(start.description).to.equal('Let your skin rest. Next session from 11:05 AM (in 2 hours).');
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, 'Warning signs'],
        ]);
      });
    });

    describe('<spasm-quiz heading-level="3">', () => {
      const TITLE = 'Quiz: look after your back';
      let quiz: SpasmQuiz;

      beforeEach(async () => {
        localStorage.clear();
        quiz = await fixture<SpasmQuiz>(
          html`<spasm-quiz id="quiz" heading-level="3" .questions=${QUESTIONS}></spasm-quiz>`
        );
      });
      afterEach(() => cleanUp());

      /** The current question: a group named "Question N of M" and its prompt. */
      const question = (tree: AxNode): AxNode => {
        const [group, ...more] = withRole(tree, 'group').filter((each) => each.name.startsWith('Question '));
        expect(more, 'questions shown').to.have.length(0);
        return group;
      };

      it('a question: a group named by its position and prompt, undescribed with one answer', async () => {
        const tree = await treeOf(quiz);
        const live = expectCard(tree, TITLE, 3);
        expect(textOf(live)).to.equal('');
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, 'Warning signs'],
        ]);
        const group = question(tree);
        expect([group.name, group.description]).to.deep.equal(['Question 1 of 3 Wrap ice in a cloth.', undefined]);
        expect(withRole(group, 'radio').map((radio) => radio.name)).to.deep.equal(['True', 'False']);
        expect(withRole(tree, 'button').map((button) => button.name)).to.deep.equal(['Check answer']);
      });

      it('"Check answer" with nothing chosen: said once, focus stays', async () => {
        expect(await heardOn(quiz, () => press(quiz, 'check-button'))).to.deep.equal(['Choose an answer first.']);
      });

      it('after Check: focus on "Next question", the feedback said once, by the live region alone', async () => {
        await choose(quiz, 'true');
        expect(await heardOn(quiz, () => press(quiz, 'check-button'))).to.deep.equal([
          'Next question',
          'Right! A cloth protects your skin.',
        ]);
        const tree = await treeOf(quiz);
        expect(focused(tree)).to.equal(one(tree, 'button', 'Next question'));
        // The options keep their place, each with its result in words.
        expect(withRole(question(tree), 'radio').map((radio) => radio.name)).to.deep.equal([
          'True Right! You chose',
          'False',
        ]);
        await press(quiz, 'next-button');
        await choose(quiz, 'heat');
        expect(await heardOn(quiz, () => press(quiz, 'check-button'))).to.deep.equal([
          'Next question',
          'Not quite. The right answer: Cold A cold pack is kept in the freezer.',
        ]);
      });

      it('a question with several answers: focus on its group, heard with "Choose all that apply."', async () => {
        await answer(quiz, 'true');
        await press(quiz, 'next-button');
        await answer(quiz, 'cold');
        const heard = await heardOn(quiz, () => press(quiz, 'next-button'));
        expect(heard).to.deep.equal(['Question 3 of 3 What helps?', 'Choose all that apply.']);
        const group = question(await treeOf(quiz));
        expect(withRole(group, 'checkbox').map((box) => box.name)).to.deep.equal([
          'Walking',
          'Stretching',
          'A week in bed',
        ]);
      });

      it('results: the score is a heading that takes focus, said once; the reviewed questions are headings one below the title', async () => {
        await answer(quiz, 'true');
        await press(quiz, 'next-button');
        await answer(quiz, 'heat');
        await press(quiz, 'next-button');
        await answer(quiz, 'walk', 'stretch');
        expect(await heardOn(quiz, () => press(quiz, 'next-button'))).to.deep.equal(['You got 2 of 3 right']);
        const tree = await treeOf(quiz);
        expect(focused(tree)).to.equal(one(tree, 'heading', 'You got 2 of 3 right'));
        expect(headings(tree)).to.deep.equal([
          [3, TITLE],
          [4, 'You got 2 of 3 right'],
          ...QUESTIONS.map((each): [number, string] => [4, each.prompt]),
          [4, 'Warning signs'],
        ]);
        expect(withRole(tree, 'button').map((button) => button.name)).to.include('Try again');
      });
    });
  });
