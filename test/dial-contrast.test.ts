/**
 * The dial's text against the ring's real pixels (issue 29). Computed styles
 * can't see what is painted behind the digits (the track, the arc, the card,
 * the page, a dimmed paused state); a screenshot can. Two screenshots of each
 * text's box and a few pixels around it, one with the text made transparent,
 * give the text's painted colour (where they differ) and every pixel behind
 * and around it; the lowest contrast between them must reach WCAG AA: 3:1
 * for large text (24 px, or 18.66 px bold), 4.5:1 for the rest. In the light
 * theme and the README's dark one, cold and heat, running and paused, and the
 * next session's time while the skin rests; at a phone's width, and at 200 %
 * text where the text goes under a smaller ring.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type sinon from 'sinon';
import '../src/timer/define.js';
import type { SpasmTimer, TimerMode } from '../src/timer/spasm-timer.js';
import { cleanStart, cleanUp, MINUTE } from './helpers.js';

/** How far around a text's box its surroundings are read, in CSS pixels. */
const AROUND = 4;

/** A pixel's colour differs from the same pixel without the text by more than this: it shows the text. */
const INK_THRESHOLD = 24;

type Rgb = [number, number, number];

/** WCAG 2 relative luminance of an sRGB colour (0 to 255 a channel). */
function luminance(rgb: Rgb): number {
  const linear = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The pixels of `clip` (CSS pixels of the page) as the browser painted them. */
async function screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<ImageData> {
  // The change just rendered is painted by the second frame from now.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const url = await executeServerCommand<string, { clip: typeof clip }>('screenshot', { clip });
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

const pixel = (data: ImageData, index: number): Rgb => [
  data.data[index * 4],
  data.data[index * 4 + 1],
  data.data[index * 4 + 2],
];

/** What the measure found: the text's painted colour, the lowest contrast around it, and the AA minimum for its size. */
interface Measure {
  ink: Rgb;
  lowest: number;
  minimum: number;
}

/**
 * Measures the text of `element` (inside `timer`'s shadow root) against what
 * is painted behind and around it: the screenshot with the text, and the one
 * with every text of the dial made transparent (so the pixels under the
 * glyphs are the ring's, the card's and the page's).
 */
async function measure(timer: SpasmTimer, element: HTMLElement): Promise<Measure> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const x = Math.max(0, Math.floor(box.left + scrollX - AROUND));
  const y = Math.max(0, Math.floor(box.top + scrollY - AROUND));
  const clip = { x, y, width: Math.ceil(box.width + 2 * AROUND), height: Math.ceil(box.height + 2 * AROUND) };
  const withText = await screenshot(clip);
  const hide = new CSSStyleSheet();
  hide.replaceSync('.dial, .dial * { color: transparent !important; }');
  // A copy: adoptedStyleSheets is a live array.
  const sheets = [...timer.shadowRoot!.adoptedStyleSheets];
  timer.shadowRoot!.adoptedStyleSheets = [...sheets, hide];
  const behind = await screenshot(clip);
  timer.shadowRoot!.adoptedStyleSheets = sheets;
  expect([behind.width, behind.height]).to.deep.equal([withText.width, withText.height]);

  // The text's colour is its most contrasting painted pixel: its glyphs' cores, not their smoothed edges. Only
  // inside its own box: the other texts of the dial, hidden too, may show in the margin.
  let ink: Rgb | undefined;
  let inkContrast = 0;
  const scale = withText.width / clip.width;
  const inside = (index: number) => {
    const column = (index % withText.width) / scale + clip.x;
    const row = Math.floor(index / withText.width) / scale + clip.y;
    const left = box.left + scrollX;
    const top = box.top + scrollY;
    return column >= left && column < left + box.width && row >= top && row < top + box.height;
  };
  const count = withText.width * withText.height;
  for (let index = 0; index < count; index++) {
    if (!inside(index)) continue;
    const painted = pixel(withText, index);
    const under = pixel(behind, index);
    const difference = painted.reduce((sum, value, channel) => sum + Math.abs(value - under[channel]), 0);
    if (difference > INK_THRESHOLD && contrast(painted, under) > inkContrast) {
      ink = painted;
      inkContrast = contrast(painted, under);
    }
  }
  if (!ink) throw new Error(`no text painted in <${element.localName} class="${element.className}">`);
  let lowest = Infinity;
  for (let index = 0; index < count; index++) lowest = Math.min(lowest, contrast(ink, pixel(behind, index)));

  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  return { ink, lowest, minimum: large ? 3 : 4.5 };
}

/** The README's dark-mode snippet, as sites copy it, unwrapped from its media query (as dark-theme.test.ts reads it). */
async function readmeDarkSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const css = /### Theming and dark mode[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!css) throw new Error('no dark-mode snippet in the README');
  return css.replace(/^@media \(prefers-color-scheme: dark\) \{([\s\S]*)\}\s*$/, '$1');
}

/** A phone's column, and the same at 200 % text. */
const LAYOUTS = [
  { width: 375, text: 100 },
  { width: 320, text: 200 },
];

for (const theme of ['light', 'dark'] as const) {
  describe(`the dial's text against its real pixels, ${theme} theme`, () => {
    let clock: sinon.SinonFakeTimers;
    let style: HTMLStyleElement | undefined;

    before(async () => {
      if (theme === 'light') return;
      style = document.createElement('style');
      style.textContent = `${await readmeDarkSnippet()} body { background: #1f2428; color: #f1f3f4; }`;
      document.head.append(style);
    });
    after(() => style?.remove());
    beforeEach(() => {
      clock = cleanStart();
    });
    afterEach(() => cleanUp(clock));

    async function timerIn({ width, text }: (typeof LAYOUTS)[number], mode: TimerMode): Promise<SpasmTimer> {
      const column = await fixture<HTMLElement>(
        html`<div style="inline-size: ${width}px; font-size: ${text}%">
          <spasm-timer mode=${mode} minutes="5"></spasm-timer>
        </div>`
      );
      const timer = column.querySelector('spasm-timer')!;
      await timer.updateComplete;
      return timer;
    }

    /** Expects the text of `element` to reach its AA minimum; the message says what was measured. */
    async function expectReadable(timer: SpasmTimer, element: HTMLElement | null, what: string): Promise<void> {
      if (!element) throw new Error(`no ${what} shown`);
      const { ink, lowest, minimum } = await measure(timer, element);
      expect(
        lowest,
        `${what}: rgb(${ink.join(', ')}) at ${lowest.toFixed(2)}:1 against what is behind it`
      ).to.be.at.least(minimum);
    }

    for (const layout of LAYOUTS) {
      const at = `${layout.width} px, ${layout.text} % text`;
      for (const mode of ['cold', 'heat'] as const) {
        for (const status of ['running', 'paused'] as const) {
          it(`${mode}, ${status}, ${at}: the time and the mode's name`, async () => {
            const timer = await timerIn(layout, mode);
            timer.start();
            await clock.tickAsync(1000);
            if (status === 'paused') timer.pause();
            await timer.updateComplete;
            const dial = timer.shadowRoot!.querySelector<HTMLElement>('[part="dial"]')!;
            expect(dial.classList.contains(status), `the dial shows ${status}`).to.equal(true);
            await expectReadable(timer, dial.querySelector('[part="time"]'), 'the time');
            await expectReadable(timer, dial.querySelector('.mode'), "the mode's name");
          });
        }
      }
      it(`resting, ${at}: when the next session may start`, async () => {
        const timer = await timerIn(layout, 'cold');
        timer.start();
        await clock.tickAsync(5 * MINUTE);
        await timer.updateComplete;
        await expectReadable(timer, timer.shadowRoot!.querySelector('[part="next"]'), 'the next session');
      });
    }
  });
}
