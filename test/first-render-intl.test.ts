/**
 * The first render makes no Intl formatter (issue 25): on a phone the first
 * NumberFormat, ListFormat or DateTimeFormat of a page costs 100 to 260 ms,
 * and the warning signs wait for the task that makes it. Clock separators and
 * digits come from build-time tables; the timer's time in words comes after
 * the first paint. A file of its own: no other test has made (and cached) a
 * formatter in this page before it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { part, renderedIn, timeNamedInWords } from './helpers.js';
import { WIDGETS } from '../src/widgets.js';

const FORMATTERS = ['NumberFormat', 'ListFormat', 'DateTimeFormat'] as const;

describe('first render', () => {
  afterEach(() => sinon.restore());

  for (const lang of ['en', 'ar']) {
    it(`of all three widgets in ${lang} makes no Intl formatter; the timer's time gets its words after the first paint`, async () => {
      const made = FORMATTERS.map((name) => sinon.spy(Intl, name));
      // Frames are held until the three have rendered, whichever renders first: the words wait for a frame.
      const page = await fixture(html`<div lang=${lang}></div>`);
      const frames: FrameRequestCallback[] = [];
      sinon.stub(window, 'requestAnimationFrame').callsFake((callback) => frames.push(callback));
      page.innerHTML = WIDGETS.map(({ tag }) => `<${tag}></${tag}>`).join('');
      await Promise.all([...page.children].map((widget) => renderedIn(widget as SpasmTimer, lang)));
      expect(
        made.map((spy) => spy.callCount),
        FORMATTERS.join(', ')
      ).to.deep.equal([0, 0, 0]);
      const timer = page.querySelector<SpasmTimer>('spasm-timer')!;
      // Until then the time's name is its digits: a role="timer" takes no name from its text.
      expect(part(timer, 'time').getAttribute('aria-label')).to.equal(part(timer, 'time').textContent!.trim());
      sinon.restore();
      for (const frame of frames) frame(performance.now());
      await timeNamedInWords(timer);
      expect(part(timer, 'time').getAttribute('aria-label')).to.match(/15/);
    });
  }
});
