/**
 * A widget moved into another document and back (issue 28 §9): a host's
 * `adoptNode` into a same-origin iframe (a preview pane, a print frame),
 * then back into the page. A document adopts only the stylesheets made for
 * it, so styles must come back in each document, and the widget's state
 * with them. The counts go into the robustness table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { fakeClock, MINUTE, part, partText, restorePageVisibility, setPageHidden, waitFor } from '../helpers.js';
import { Tally } from './report.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const tally = new Tally();
const CATEGORY = 'move to another document (adoptNode)';

/** How a widget looks, as far as its styles decide: its one live region is hidden, its main button has its colours. */
function looks(widget: Widget, button: string): { liveRegionWidth: number; buttonColour: string } {
  const region = widget.shadowRoot!.querySelector('[role="status"]')!;
  return {
    liveRegionWidth: Math.round(region.getBoundingClientRect().width),
    buttonColour: getComputedStyle(part(widget, button)).backgroundColor,
  };
}

/** A same-origin iframe (about:blank), in view. */
function sameOriginFrame(): Document {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '40rem';
  frame.style.blockSize = '40rem';
  document.body.append(frame);
  return frame.contentDocument!;
}

describe('robustness: a widget moved into another document and back', () => {
  let frameDocument: Document;

  tally.listen();
  beforeEach(() => {
    localStorage.clear();
    frameDocument = sameOriginFrame();
  });
  afterEach(() => {
    frameDocument.defaultView!.frameElement!.remove();
    localStorage.clear();
  });

  /** One case in the row: `widget` moved there and back (moveAndCheck), then taken off the page. */
  async function moveThereAndBack(widget: Widget, button: string, state: () => unknown): Promise<void> {
    try {
      await tally.count(CATEGORY, () => moveAndCheck(widget, button, state));
    } finally {
      widget.remove();
    }
  }

  /** Moves `widget` into the iframe's document and back, checking at each stop that it looks and is as at first. */
  async function moveAndCheck(widget: Widget, button: string, state: () => unknown): Promise<void> {
    const home = looks(widget, button);
    expect(home.liveRegionWidth, 'the live region is visually hidden').to.be.at.most(1);
    const before = state();
    const stops: [string, Document][] = [
      ['in the iframe', frameDocument],
      ['back in the page', document],
    ];
    for (const [where, target] of stops) {
      target.body.append(target.adoptNode(widget));
      await widget.updateComplete;
      expect(looks(widget, button), `styles ${where}`).to.deep.equal(home);
      expect(state(), `state ${where}`).to.deep.equal(before);
    }
  }

  it('checklist: a ticked step and its styles', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
    list.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await list.updateComplete;
    await moveThereAndBack(list, 'print-button', () => [list.done, partText(list, 'progress')]);
  });

  it('quiz: a checked answer and its styles', async () => {
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz></spasm-quiz>`);
    quiz.shadowRoot!.querySelector<HTMLInputElement>('[part="question"] input')!.click();
    part(quiz, 'check-button').click();
    await quiz.updateComplete;
    await moveThereAndBack(quiz, 'next-button', () => [quiz.score, partText(quiz, 'feedback')]);
  });

  it('timer: a running session and its styles', async () => {
    const clock = fakeClock();
    setPageHidden(true);
    try {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
      timer.start();
      await clock.tickAsync(MINUTE);
      await timer.updateComplete;
      // Hidden, the page shows the time of its last render: the state is what the timer says now.
      await moveThereAndBack(timer, 'primary-button', () => [timer.state, timer.remainingMs]);
    } finally {
      clock.restore();
      restorePageVisibility();
    }
  });

  it('a checklist and its linked timer moved together: a finished session still ticks its step', async () => {
    const clock = fakeClock();
    setPageHidden(true);
    const page = await fixture<HTMLElement>(
      html`<div>
        <spasm-checklist timer="moved-timer"></spasm-checklist><spasm-timer id="moved-timer"></spasm-timer>
      </div>`
    );
    try {
      await tally.count(CATEGORY, async () => {
        frameDocument.body.append(frameDocument.adoptNode(page));
        const list = page.querySelector<SpasmChecklist>('spasm-checklist')!;
        const timer = page.querySelector<SpasmTimer>('spasm-timer')!;
        await list.updateComplete;
        part(list, 'timer-button').click();
        // A whole session: its step is ticked when it ends, as on the page.
        await clock.tickAsync(20 * MINUTE);
        await list.updateComplete;
        expect(timer.state, 'the session ran there').to.equal('done');
        expect(list.done, 'its step ticked').to.equal(1);
      });
    } finally {
      page.remove();
      clock.restore();
      restorePageVisibility();
    }
  });

  it('a widget made in the page and first shown in the iframe renders there, styled', async () => {
    const reference = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
    const home = looks(reference, 'print-button');
    reference.remove();
    const list = document.createElement('spasm-checklist');
    try {
      await tally.count(CATEGORY, async () => {
        frameDocument.body.append(list);
        await waitFor(() => list.shadowRoot?.querySelector('[part="print-button"]'), 'a render in the iframe');
        expect(looks(list, 'print-button')).to.deep.equal(home);
      });
    } finally {
      list.remove();
    }
  });
});
