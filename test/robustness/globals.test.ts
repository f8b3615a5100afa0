/**
 * Host pages that broke what the widgets rely on (issue 28 §8): globals
 * replaced (`Date.now` throwing or giving a BigInt, `performance.now`
 * throwing), content objects that answer differently on each read or throw
 * what cannot be turned into text, a linked widget that failed to start, and
 * host text that only looks like text. Each case: the widget renders and
 * works, bad content gives one warning and costs only itself, nothing is
 * thrown through. The counts go into the robustness table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import { fakeClock, MINUTE, part, partText, restorePageVisibility, setPageHidden, waitFor } from '../helpers.js';
import { Tally } from './report.js';

const WIDGETS = ['spasm-checklist', 'spasm-quiz', 'spasm-timer'] as const;

const tally = new Tally();
/** What a case put back when it ends: globals it replaced, elements it added. */
const undo: (() => void)[] = [];

/** Replaces `object[name]` for this case only. */
function replace(object: object, name: string, value: unknown): void {
  const own = Object.getOwnPropertyDescriptor(object, name);
  Object.defineProperty(object, name, { configurable: true, writable: true, value });
  undo.push(() => (own ? Object.defineProperty(object, name, own) : delete (object as Record<string, unknown>)[name]));
}

/** Puts back what a case changed; also after a case mocha ended early (an uncaught error fails it at once). */
function cleanUp(): void {
  for (const step of undo.splice(0).reverse()) step();
  sinon.restore();
  localStorage.clear();
}

/** Runs a case with its own warning stub, counted in its category's row: no uncaught error, and no silent failure. */
async function run(category: string, body: (warn: sinon.SinonStub) => Promise<void>): Promise<void> {
  const warn = sinon.stub(console, 'warn');
  try {
    await tally.count(category, async () => {
      await body(warn);
      // Errors a render or a promise threw arrive a task later (a message's task: the case's clock may be fake).
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
    });
  } finally {
    cleanUp();
  }
}

/** A widget rendered and usable: its title, its footer, and what it is for. */
function expectUsable(widget: HTMLElement): void {
  expect(partText(widget, 'title'), `<${widget.localName}> title`).to.not.equal('');
  expect(partText(widget, 'footer'), `<${widget.localName}> footer`).to.not.equal('');
  const main = { 'spasm-checklist': 'steps', 'spasm-quiz': 'check-button', 'spasm-timer': 'primary-button' }[
    widget.localName
  ]!;
  expect(partText(widget, main), `<${widget.localName}> ${main}`).to.not.equal('');
}

async function answerAll(quiz: SpasmQuiz): Promise<void> {
  for (let i = 0; i < quiz.total; i++) {
    quiz.shadowRoot!.querySelector<HTMLInputElement>('[part="question"] input')!.click();
    part(quiz, 'check-button').click();
    await quiz.updateComplete;
    part(quiz, 'next-button').click();
    await quiz.updateComplete;
  }
}

describe('robustness: globals and objects a host page broke', () => {
  tally.listen();
  afterEach(cleanUp);

  describe('clocks replaced by the host', () => {
    const brokenClocks: [string, () => void][] = [
      [
        'Date.now throwing',
        () =>
          replace(Date, 'now', () => {
            throw new Error('blocked by the host');
          }),
      ],
      ['Date.now returning a BigInt', () => replace(Date, 'now', () => BigInt(1_800_000_000_000))],
      [
        'performance.now throwing',
        () =>
          replace(performance, 'now', () => {
            throw new Error('blocked by the host');
          }),
      ],
    ];
    for (const [name, breakClock] of brokenClocks) {
      for (const tag of WIDGETS) {
        it(`${name}: <${tag}> renders`, () =>
          run('globals: broken Date.now, performance.now', async () => {
            breakClock();
            const widget = document.createElement(tag);
            document.body.append(widget);
            undo.push(() => widget.remove());
            await waitFor(() => !widget.isUpdatePending && widget.shadowRoot?.childElementCount, 'a render');
            expectUsable(widget);
          }));
      }
    }

    it('Date.now throwing: a checklist linked to a timer starts it, and the session ticks its step', () =>
      run('globals: broken Date.now, performance.now', async () => {
        const clock = fakeClock();
        undo.push(() => clock.restore());
        setPageHidden(true);
        undo.push(restorePageVisibility);
        replace(Date, 'now', () => {
          throw new Error('blocked by the host');
        });
        const page = await fixture<HTMLElement>(
          html`<div>
            <spasm-timer id="globals-timer" minutes="5"></spasm-timer>
            <spasm-checklist timer="globals-timer"></spasm-checklist>
          </div>`
        );
        const timer = page.querySelector('spasm-timer')!;
        const list = page.querySelector('spasm-checklist')!;
        await list.updateComplete;
        expectUsable(list);
        expectUsable(timer);
        part(list, 'timer-button').click();
        expect(timer.state).to.equal('running');
        await clock.tickAsync(5 * MINUTE);
        await list.updateComplete;
        expect(timer.state).to.equal('done');
        expect(list.done).to.equal(1);
      }));
  });

  describe('a linked widget that failed to start', () => {
    it('a checklist linked to a timer whose start threw renders its steps, without the timer buttons, and warns', () =>
      run('globals: a linked widget that failed', async (warn) => {
        // The host broke what the timer's constructor needs; its upgrade fails half way. The browser
        // reports that error, the host's, on the page: counted here, not failed by mocha's handler.
        const mochaOnError = window.onerror;
        window.onerror = null;
        undo.push(() => (window.onerror = mochaOnError));
        const attachInternals = HTMLElement.prototype.attachInternals;
        replace(HTMLElement.prototype, 'attachInternals', function (this: HTMLElement) {
          if (this.localName === 'spasm-timer') throw new Error('blocked by the host');
          return attachInternals.call(this);
        });
        const page = await fixture<HTMLElement>(
          html`<div>
            <spasm-timer id="failed-timer"></spasm-timer>
            <spasm-checklist timer="failed-timer"></spasm-checklist>
          </div>`
        );
        // The failed upgrade itself is the host's error, reported by the browser.
        tally.uncaught = tally.uncaught.filter((error) => !String(error).includes('blocked by the host'));
        const list = page.querySelector('spasm-checklist')!;
        await list.updateComplete;
        expectUsable(list);
        expect(list.total).to.equal(6);
        expect(list.shadowRoot!.querySelector('[part="timer-button"]')).to.equal(null);
        expect(warn.callCount, warn.args.join('\n')).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('<spasm-checklist> timer="failed-timer"');
        // Ticking still works.
        list.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
        expect(list.done).to.equal(1);
      }));
  });

  describe('host content read once', () => {
    it('quiz: an option label that gives text, then undefined: the quiz reaches its results', () =>
      run('globals: host objects read once', async (warn) => {
        let reads = 0;
        const questions = [
          {
            id: 'q1',
            type: 'single',
            prompt: 'Is rest in bed best?',
            options: [
              {
                id: 'yes',
                get label() {
                  return reads++ === 0 ? 'Yes' : undefined;
                },
              },
              { id: 'no', label: 'No' },
            ],
            correct: ['yes'],
            explanation: 'Because.',
          },
        ];
        const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${questions}></spasm-quiz>`);
        expect(warn.callCount).to.equal(0);
        expect(reads, 'the label read once').to.equal(1);
        // The wrong answer: the feedback and the results name the right one.
        quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="question"] input')[1].click();
        part(quiz, 'check-button').click();
        await quiz.updateComplete;
        expect(partText(quiz, 'feedback')).to.contain('The right answer: Yes');
        part(quiz, 'next-button').click();
        await quiz.updateComplete;
        expect(partText(quiz, 'results')).to.contain('The right answer: Yes');
      }));

    it('checklist: a step whose read throws an object whose toString throws: the others kept, one warning', () =>
      run('globals: host objects read once', async (warn) => {
        const unprintable = {
          toString() {
            throw new Error('no text either');
          },
        };
        const hostile = new Proxy(
          {},
          {
            get() {
              throw unprintable;
            },
            ownKeys() {
              throw unprintable;
            },
          }
        );
        const steps = [{ id: 'a', title: 'Walk a little' }, hostile, { id: 'c', title: 'Rest' }];
        const list = await fixture<SpasmChecklist>(html`<spasm-checklist .steps=${steps}></spasm-checklist>`);
        expect(list.total).to.equal(2);
        expect(partText(list, 'steps')).to.contain('Walk a little');
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('step 2 could not be read');
      }));

    it('checklist: one step whose getter throws: the others kept, one warning', () =>
      run('globals: host objects read once', async (warn) => {
        const steps = [{ id: 'a', title: 'Walk a little' }, {}, { id: 'c', title: 'Rest' }];
        Object.defineProperty(steps, 1, {
          get() {
            throw new Error('not loaded yet');
          },
        });
        const list = await fixture<SpasmChecklist>(html`<spasm-checklist .steps=${steps}></spasm-checklist>`);
        expect(list.total).to.equal(2);
        expect(partText(list, 'steps')).to.contain('Rest');
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('step 2 could not be read (Error: not loaded yet)');
      }));

    it('quiz: a question whose prompt gives text, then throws: shown as first read', () =>
      run('globals: host objects read once', async (warn) => {
        let reads = 0;
        const question = {
          id: 'q1',
          type: 'true-false',
          get prompt() {
            if (reads++) throw new Error('read twice');
            return 'Bed rest is best.';
          },
          correct: ['false'],
          explanation: 'Keep moving.',
        };
        const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${[question]}></spasm-quiz>`);
        expect(warn.callCount).to.equal(0);
        expect(partText(quiz, 'question')).to.contain('Bed rest is best.');
        await answerAll(quiz);
        expect(quiz.shadowRoot!.querySelector('[part="results"]')).to.not.equal(null);
      }));
  });

  describe('host text that only looks like text', () => {
    const invisible: [string, string][] = [
      ['a zero-width space', '\u200B'],
      ['a Braille blank', '\u2800'],
      ['a Hangul filler', '\u3164'],
      ['combining marks alone', '\u0301\u0308'],
      ['a soft hyphen and a left-to-right mark', '\u00AD\u200E'],
    ];
    for (const [name, text] of invisible) {
      it(`checklist: a step title of ${name} is skipped with a warning`, () =>
        run('globals: host text with nothing visible', async (warn) => {
          const steps = [
            { id: 'a', title: 'Walk a little' },
            { id: 'blank', title: text },
          ];
          const list = await fixture<SpasmChecklist>(html`<spasm-checklist .steps=${steps}></spasm-checklist>`);
          expect(list.total).to.equal(1);
          expect(warn.callCount).to.equal(1);
          expect(String(warn.firstCall.args[0])).to.contain('step "blank" has an empty title');
        }));

      it(`quiz: an option label, then a prompt, of ${name} are skipped with a warning`, () =>
        run('globals: host text with nothing visible', async (warn) => {
          const good = {
            id: 'good',
            type: 'true-false',
            prompt: 'Bed rest is best.',
            correct: ['false'],
            explanation: 'Move.',
          };
          const badOption = {
            id: 'option',
            type: 'single',
            prompt: 'Which helps?',
            options: [
              { id: 'a', label: 'Walking' },
              { id: 'b', label: text },
            ],
            correct: ['a'],
            explanation: 'Move.',
          };
          const badPrompt = { ...good, id: 'prompt', prompt: text };
          const quiz = await fixture<SpasmQuiz>(
            html`<spasm-quiz .questions=${[good, badOption, badPrompt]}></spasm-quiz>`
          );
          expect(quiz.total).to.equal(1);
          expect(warn.callCount).to.equal(1);
          const warning = String(warn.firstCall.args[0]);
          expect(warning).to.contain('question "option" has an option with an empty label');
          expect(warning).to.contain('question "prompt" has an empty prompt');
        }));
    }
  });
});
