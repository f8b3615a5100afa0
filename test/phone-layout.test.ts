import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { answer, checkboxes, choose, inputs, MULTIPLE, press, QUESTIONS, tickStep, TRUE_FALSE } from './fixtures.js';
import { fakeClock, liveRegionText, MINUTE, part, partText, waitFor } from './helpers.js';

/** How many lines the text in `element` takes: the distinct tops of its text's line boxes (icons aside). */
function lines(element: Element): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const tops = new Set<number>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
  }
  return tops.size;
}

/** A 320 px wide column at 200 % text, as a phone with large text shows it. */
async function onSmallPhoneAtLargeText(template: ReturnType<typeof html>): Promise<HTMLElement> {
  document.documentElement.style.fontSize = '200%';
  const root = await fixture<HTMLElement>(html`<div style="inline-size: 320px; font-size: 200%">${template}</div>`);
  return root.firstElementChild as HTMLElement;
}

describe('on a phone, at 200 % text', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeClock();
  });
  afterEach(() => {
    clock.restore();
    document.documentElement.style.fontSize = '';
  });

  for (const lang of ['en', 'ar', 'de']) {
    it(`the timer's time and mode stay on one line, inside the ring (${lang})`, async () => {
      // A five-minute session: the same faces, a third of the renders to tick through (mocha's 10 s on a busy CI).
      const timer = (await onSmallPhoneAtLargeText(
        html`<spasm-timer lang=${lang} minutes="5"></spasm-timer>`
      )) as SpasmTimer;
      // Its first render before the fake clock runs the session: the session starts from the rendered face.
      await timer.updateComplete;
      timer.start();
      await clock.tickAsync(61_000);
      const time = part(timer, 'time');
      expect(lines(time)).to.equal(1);
      expect(lines(timer.shadowRoot!.querySelector('.dial .mode')!)).to.equal(1);
      const dial = part(timer, 'dial').getBoundingClientRect();
      // The text, not its box: the box is laid out on its own, as wide as the column allows (below).
      const range = document.createRange();
      range.selectNodeContents(time);
      const digits = range.getBoundingClientRect();
      expect(digits.width).to.be.below(dial.width);
      expect(dial.right).to.be.at.most(timer.getBoundingClientRect().right + 0.5);

      // After the session the ring shows when the next one is, its time on one line.
      await clock.tickAsync(5 * MINUTE);
      expect(lines(timer.shadowRoot!.querySelector('.clock')!)).to.equal(1);
    });
  }

  // Latin digits, and each of the other digits the timer writes: its widest time, 20:00, in them.
  const widest = { en: '20:00', 'ar-EG': '٢٠:٠٠', bn: '২০:০০', fa: '۲۰:۰۰' };
  for (const [lang, twenty] of Object.entries(widest)) {
    it(`the time is laid out on its own, its widest text inside its box (${lang})`, async () => {
      const timer = (await onSmallPhoneAtLargeText(
        html`<spasm-timer lang=${lang} minutes="20"></spasm-timer>`
      )) as SpasmTimer;
      const shown = () => timer.shadowRoot?.querySelector('[part="time"]')?.textContent?.trim();
      await waitFor(() => !timer.isUpdatePending && shown() === twenty, `${twenty} in ${lang}`, 5000);
      const time = part(timer, 'time');
      // Size and layout contained: a new second re-lays out the digits, not the dial and the page (issue 25).
      expect(getComputedStyle(time).contain).to.equal('size layout');
      const range = document.createRange();
      range.selectNodeContents(time);
      const text = range.getBoundingClientRect();
      const box = time.getBoundingClientRect();
      expect(text.left).to.be.at.least(box.left - 0.5);
      expect(text.right).to.be.at.most(box.right + 0.5);
      expect(text.top).to.be.at.least(box.top - 0.5);
      expect(text.bottom).to.be.at.most(box.bottom + 0.5);
    });
  }
});

describe('the timer in every state', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeClock();
  });
  afterEach(() => clock.restore());

  it('paused looks paused: digits and ring dimmed, "Paused" larger', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
    timer.start();
    await clock.tickAsync(1000);
    const opacity = () => Number(getComputedStyle(part(timer, 'time')).opacity);
    expect(opacity()).to.equal(1);
    timer.pause();
    await timer.updateComplete;
    expect(opacity()).to.be.below(0.6);
    const status = timer.shadowRoot!.querySelector('.status')!;
    expect(status.textContent).to.equal('Paused');
    expect(parseFloat(getComputedStyle(status).fontSize)).to.be.above(
      parseFloat(getComputedStyle(timer.shadowRoot!.querySelector('.dial .mode')!).fontSize)
    );
  });

  it('while the skin rests, the cold/heat choice is hidden and the reason sits next to Start', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5"></spasm-timer>`);
    timer.start();
    await clock.tickAsync(5 * MINUTE);
    expect(part(timer, 'modes').hidden).to.equal(true);
    expect(part(timer, 'controls').nextElementSibling).to.equal(part(timer, 'rest'));
    expect(part(timer, 'primary-button').getAttribute('aria-describedby')).to.equal('rest');
  });

  it('the countdown is named "Session complete" at zero, not "left"', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="5"></spasm-timer>`);
    timer.start();
    await clock.tickAsync(5 * MINUTE);
    // After the skin's rest the ring shows the time again, at zero.
    await clock.tickAsync(120 * MINUTE);
    expect(timer.state).to.equal('done');
    const countdown = timer.shadowRoot!.querySelector('[role="timer"]')!;
    expect(countdown.getAttribute('aria-label')).to.equal('Session complete');
    expect(partText(timer, 'time')).to.equal('00:00');
  });
});

describe('the checklist and the quiz for a patient', () => {
  afterEach(() => sinon.restore());

  it('"Start over" is small and last, and Undo brings the ticks back, announced', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
    tickStep(list, 0);
    tickStep(list, 2);
    await list.updateComplete;
    const reset = part(list, 'reset-button');
    expect(reset.className).to.equal('quiet');
    expect(part(list, 'doctor').compareDocumentPosition(reset) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    reset.click();
    await list.updateComplete;
    await list.updateComplete;
    expect(list.done).to.equal(0);
    expect(liveRegionText(list)).to.equal('All ticks cleared. Press Undo to bring them back.');
    expect(list.shadowRoot!.activeElement).to.equal(part(list, 'undo-button'));
    part(list, 'undo-button').click();
    await list.updateComplete;
    await list.updateComplete;
    expect(checkboxes(list).map((box) => box.checked)).to.deep.equal([true, false, true, false, false, false]);
    expect(liveRegionText(list)).to.equal('2 of 6 done');
    expect(list.shadowRoot!.activeElement).to.equal(part(list, 'reset-button'));
  });

  it('a tick after "Start over" ends the Undo', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
    tickStep(list, 0);
    await list.updateComplete;
    part(list, 'reset-button').click();
    await list.updateComplete;
    tickStep(list, 1);
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="undo-button"]')).to.equal(null);
    expect(list.done).to.equal(1);
  });

  it('the progress is read once: the bar is hidden from screen readers', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist></spasm-checklist>`);
    expect(part(list, 'progress').querySelector('progress')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('checkboxes, radios and icons keep their size when the text wraps', async () => {
    const long = 'A very long step title that has to wrap onto several lines on a narrow phone screen';
    const sizes = async (width: string) => {
      const root = await fixture(
        html`<div style="inline-size: ${width}">
          <spasm-checklist .steps=${[{ id: 'a', title: long }]}></spasm-checklist>
          <spasm-quiz
            .questions=${[{ ...MULTIPLE, options: MULTIPLE.options!.map((o) => ({ ...o, label: long })) }]}
          ></spasm-quiz>
        </div>`
      );
      const [list, quiz] = [root.children[0], root.children[1]] as SpasmChecklist[];
      await list.updateComplete;
      await quiz.updateComplete;
      const box = checkboxes(list)[0].getBoundingClientRect();
      const option = inputs(quiz)[0].getBoundingClientRect();
      const icon = list.shadowRoot!.querySelector('.urgent .icon')!.getBoundingClientRect();
      return [box.width, box.height, option.width, option.height, Math.round(icon.width)];
    };
    const wide = await sizes('60rem');
    const narrow = await sizes('12rem');
    expect(narrow).to.deep.equal(wide);
    expect(wide[0]).to.be.above(20);
  });

  it("a step's box sits on its title's first line, however the title wraps (not centred on the whole title)", async () => {
    const long = 'A very long step title that has to wrap onto several lines on a narrow phone screen';
    const root = await fixture(
      html`<div style="inline-size: 12rem">
        <spasm-checklist .steps=${[{ id: 'a', title: long }]}></spasm-checklist>
      </div>`
    );
    const list = root.firstElementChild as SpasmChecklist;
    await list.updateComplete;
    const label = list.shadowRoot!.querySelector('[part="step"] label')!;
    const title = [...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
    const range = document.createRange();
    range.selectNodeContents(title);
    const titleLines = [...range.getClientRects()].filter((rect) => rect.width > 0);
    expect(lines(label), 'the title wraps').to.be.above(2);
    const box = checkboxes(list)[0].getBoundingClientRect();
    // The box's bottom is on the first line's baseline (within that line), far above the title's middle.
    expect(box.bottom).to.be.within(titleLines[0].top, titleLines[0].bottom);
  });

  it('a timer button that cannot start says why, next to it', async () => {
    const clock = fakeClock();
    try {
      const root = await fixture(
        html`<div><spasm-timer id="t" minutes="5"></spasm-timer><spasm-checklist timer="t"></spasm-checklist></div>`
      );
      const timer = root.querySelector('spasm-timer')!;
      const list = root.querySelector('spasm-checklist')!;
      await list.updateComplete;
      timer.start();
      await clock.tickAsync(5 * MINUTE);
      await list.updateComplete;
      const button = list.shadowRoot!.querySelector('[part="timer-button"]')!;
      const why = list.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(why.textContent).to.match(/^Next session from /);
      expect(button.nextElementSibling).to.equal(why);
    } finally {
      clock.restore();
    }
  });

  it('"Check answer" with nothing chosen shows the message by the options', async () => {
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${QUESTIONS}></spasm-quiz>`);
    await press(quiz, 'check-button');
    const message = part(quiz, 'choose-first');
    expect(message.textContent!.trim()).to.equal('Choose an answer first.');
    expect(part(quiz, 'question').contains(message)).to.equal(true);
    await choose(quiz, inputs(quiz)[0].value);
    await press(quiz, 'check-button');
    expect(quiz.shadowRoot!.querySelector('[part="choose-first"]')).to.equal(null);
  });

  it('"Choose all that apply": what you chose and what you missed are marked apart; the rest turn neutral', async () => {
    const question = { ...MULTIPLE, options: [...MULTIPLE.options!, { id: 'couch', label: 'Sitting all day' }] };
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${[question]}></spasm-quiz>`);
    await answer(quiz, 'walk', 'bed');
    const marks = Object.fromEntries(
      [...quiz.shadowRoot!.querySelectorAll('[part="option"]')].map((label) => [
        label.querySelector('input')!.value,
        [label.className, label.querySelector('.tag')?.textContent?.trim() ?? ''],
      ])
    );
    expect(marks).to.deep.equal({
      walk: ['right', 'You chose'],
      stretch: ['missed', 'You missed'],
      bed: ['wrong', 'You chose'],
      couch: ['neutral', ''],
    });
  });

  it('the results lead with the score, no smaller than the title, and "Try again"', async () => {
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${[TRUE_FALSE]}></spasm-quiz>`);
    await answer(quiz, 'true');
    await press(quiz, 'next-button');
    const results = part(quiz, 'results');
    expect([...results.children].slice(0, 2).map((child) => child.getAttribute('part'))).to.deep.equal([
      'score',
      'retry-button',
    ]);
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    expect(size(part(quiz, 'score'))).to.be.above(size(part(quiz, 'title')));
  });
});

describe('real headings', () => {
  afterEach(() => sinon.restore());
  const level = (element: Element | null) =>
    element?.getAttribute('role') === 'heading' && element.getAttribute('aria-level');

  it('titles are headings at level 2 by default, or at heading-level; sub-headings one below', async () => {
    const root = await fixture(
      html`<div>
        <spasm-checklist heading-level="3"></spasm-checklist><spasm-timer></spasm-timer>
        <spasm-quiz heading-level="6" .questions=${[TRUE_FALSE]}></spasm-quiz>
      </div>`
    );
    const [list, timer, quiz] = [...root.children] as SpasmChecklist[];
    await Promise.all([list.updateComplete, timer.updateComplete, quiz.updateComplete]);
    expect([list, timer, quiz].map((widget) => level(part(widget, 'title')))).to.deep.equal(['3', '2', '6']);
    expect(level(part(list, 'doctor').querySelector('.subtitle'))).to.equal('4');
    expect(part(list, 'steps').getAttribute('aria-labelledby')).to.equal('title');
    await answer(quiz as unknown as SpasmQuiz, 'true');
    await press(quiz as unknown as SpasmQuiz, 'next-button');
    // Never deeper than 6.
    expect(level(part(quiz, 'results').querySelector('.prompt'))).to.equal('6');
  });

  it('a heading-level outside 1 to 6 warns once and 2 is used', async () => {
    const warn = sinon.stub(console, 'warn');
    const timer = await fixture<SpasmTimer>(html`<spasm-timer heading-level="h3"></spasm-timer>`);
    timer.mode = 'heat';
    await timer.updateComplete;
    expect(level(part(timer, 'title'))).to.equal('2');
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.equal(
      '<spasm-timer> heading-level="h3": not a whole number from 1 to 6; using 2.'
    );
  });
});
