import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CSSResultOrNative } from 'lit';
import '../src/define.js';
import { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import { SpasmTimer } from '../src/timer/spasm-timer.js';
import { supportedLocales } from '../src/core/localization.js';
import { choose, inputs, press, tickStep } from './fixtures.js';
import { expectAccessible, part, renderedIn, waitFor } from './helpers.js';

type Widget = SpasmTimer | SpasmChecklist | SpasmQuiz;

/** Puts each widget in its fullest state: every button, detail and message that can show. */
const FULL_STATES: [string, (locale: string) => Promise<Widget>][] = [
  [
    'timer, a heat session running',
    async (locale) => {
      const root = await fixture(
        html`<div lang=${locale} style="inline-size: 320px">
          <spasm-timer mode="heat"></spasm-timer>
        </div>`
      );
      const timer = root.querySelector('spasm-timer')!;
      await renderedIn(timer, locale);
      timer.start();
      await timer.updateComplete;
      return timer;
    },
  ],
  [
    'checklist, every detail open, linked with a timer',
    async (locale) => {
      const root = await fixture(
        html`<div lang=${locale} style="inline-size: 320px">
          <spasm-timer id="layout-linked"></spasm-timer>
          <spasm-checklist timer="layout-linked"></spasm-checklist>
        </div>`
      );
      const list = root.querySelector('spasm-checklist')!;
      await renderedIn(list, locale);
      await waitFor(() => list.shadowRoot!.querySelector('[part="timer-button"]'), 'the checklist to link its timer');
      tickStep(list);
      for (const details of list.shadowRoot!.querySelectorAll('details')) details.open = true;
      await list.updateComplete;
      return list;
    },
  ],
  [
    'quiz, a multiple-choice question answered wrong',
    async (locale) => {
      const root = await fixture(
        html`<div lang=${locale} style="inline-size: 320px">
          <spasm-quiz></spasm-quiz>
        </div>`
      );
      const quiz = root.querySelector('spasm-quiz')!;
      await renderedIn(quiz, locale);
      // Through the first four questions to "habits", the longest options, then a wrong answer.
      for (let i = 0; i < 5; i++) {
        await choose(quiz, inputs(quiz)[0].value);
        await press(quiz, 'check-button');
        if (i < 4) await press(quiz, 'next-button');
      }
      return quiz;
    },
  ],
];

/** Elements of the widget that stick out of its box, sideways. */
function overflowing(widget: Widget): string[] {
  const box = widget.getBoundingClientRect();
  return [...widget.shadowRoot!.querySelectorAll('*')]
    .filter((element) => !element.closest('.visually-hidden'))
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.left < box.left - 0.5 || rect.right > box.right + 0.5);
    })
    .map((element) => `${element.localName}.${element.className}: ${element.textContent?.trim().slice(0, 40)}`);
}

describe('every language at 320 px', () => {
  // Real glyphs: .ci/run installs Debian's Noto fonts, so Chinese, Hindi or Bengali are measured as text, not as boxes.
  for (const locale of supportedLocales) {
    for (const [name, render] of FULL_STATES) {
      it(`${locale}: ${name} stays inside its box`, async () => {
        const widget = await render(locale);
        expect(widget.getBoundingClientRect().width).to.be.at.most(320);
        expect(overflowing(widget)).to.deep.equal([]);
        const base = part(widget, 'base');
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      });
    }
  }
});

/** Scripts written without spaces between words: a line may break between any two of their characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The words of the widget's visible text that a line break cuts in two
 * ("No/ne of the/se"), with the line they start on. A word is a run of
 * letters, marks and digits: a break at a hyphen or a space is a break
 * between words.
 */
function brokenWords(widget: Widget): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(widget.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // A web address may break anywhere: it has no words to keep whole.
    const skipped = '.visually-hidden, [hidden], a[href^="http"]';
    if (!parent || parent.closest(skipped) || !parent.getClientRects().length) continue;
    for (const match of node.textContent!.matchAll(/[\p{L}\p{M}\p{N}’']+/gu)) {
      if (UNSPACED.test(match[0])) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const lines = new Set(rects.map((rect) => Math.round(rect.top)));
      // A word wider than the whole line ("Gesundheitsinformationen" at 200 %) has to break.
      const width = rects.reduce((sum, rect) => sum + rect.width, 0);
      if (lines.size > 1 && width <= lineWidth(parent)) broken.push(match[0]);
    }
  }
  return broken;
}

/** The width of the lines `element`'s text is laid out in: its nearest block's content box. */
function lineWidth(element: Element): number {
  let block: Element = element;
  while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
  const style = getComputedStyle(block);
  return block.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
}

describe('every language at 320 px and 200 % text', () => {
  for (const locale of supportedLocales) {
    for (const [name, render] of FULL_STATES) {
      it(`${locale}: ${name} breaks lines between words, never inside one`, async () => {
        const widget = await render(locale);
        (widget.parentElement as HTMLElement).style.fontSize = '200%';
        await widget.updateComplete;
        expect(brokenWords(widget)).to.deep.equal([]);
      });
    }
  }
});

describe('right to left', () => {
  const widgets: [string, CSSResultOrNative[]][] = [
    ['timer', SpasmTimer.styles as CSSResultOrNative[]],
    ['checklist', SpasmChecklist.styles as CSSResultOrNative[]],
    ['quiz', SpasmQuiz.styles as CSSResultOrNative[]],
  ];
  for (const [name, styles] of widgets) {
    it(`${name} styles use logical properties only`, () => {
      const css = styles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
      const physical = css.match(
        /(margin|padding|border|inset)-(left|right)|(?<![-\w])(left|right)\s*:|(text-align|float)\s*:\s*(left|right)/g
      );
      expect(physical).to.equal(null);
    });
  }

  it('Arabic renders right to left, mirrored', async () => {
    const root = await fixture(
      html`<div>
        <spasm-timer lang="ar"></spasm-timer>
        <spasm-timer lang="en"></spasm-timer>
      </div>`
    );
    const [arabic, english] = [...root.querySelectorAll('spasm-timer')];
    await renderedIn(arabic, 'ar');
    expect(part(arabic, 'base').getAttribute('dir')).to.equal('rtl');
    expect(part(english, 'base').getAttribute('dir')).to.equal('ltr');
    // The safety line's accent bar stands at the start of the line: the right in Arabic.
    expect(getComputedStyle(part(arabic, 'safety')).borderRightWidth).to.equal('4px');
    expect(getComputedStyle(part(english, 'safety')).borderLeftWidth).to.equal('4px');
  });

  it('keeps the keyboard natural: the arrow towards the next option selects it', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="ar"></spasm-timer>`);
    await renderedIn(timer, 'ar');
    timer.shadowRoot!.querySelector<HTMLInputElement>('input[value="cold"]')!.focus();
    // In right-to-left text the next radio lies to the left.
    await sendKeys({ press: 'ArrowLeft' });
    await timer.updateComplete;
    expect(timer.mode).to.equal('heat');
  });
});

describe('accessibility in Arabic, Chinese and Hindi', () => {
  for (const locale of ['ar', 'zh-Hans', 'hi']) {
    for (const [name, render] of FULL_STATES) {
      it(`${locale}: ${name} has no axe violations`, async () => {
        const widget = await render(locale);
        await expectAccessible(widget);
      });
    }
  }
});
