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
