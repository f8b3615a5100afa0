/**
 * Any language a page names gets its own direction, digits and clock (issue
 * 28 §7): a site's right-to-left language renders right to left; times and
 * numbers follow the widget's full tag (region and `-u-nu-` included) while
 * the words come from the nearest translation; a translation registered for a
 * full tag is used for exactly that tag; a site's translation calls apply in
 * the order they were made. Intl itself is the oracle for what each tag
 * writes. The counts go into the robustness table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import sinon from 'sinon';
import '../../src/define.js';
import { overrideMessages, registerTranslation } from '../../src/index.js';
import type { SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { fakeClock, MINUTE, part, partText, renderedIn } from '../helpers.js';
import { Tally } from './report.js';

const tally = new Tally();

/** Runs a case: no uncaught error, no console warning (every input here is good), counted in the row. */
async function run(body: () => Promise<void>): Promise<void> {
  const warn = sinon.stub(console, 'warn');
  try {
    await tally.count('languages: direction, digits, order', async () => {
      await body();
      expect(
        warn.getCalls().map((call) => String(call.args[0])),
        'warnings'
      ).to.deep.equal([]);
    });
  } finally {
    warn.restore();
    localStorage.clear();
  }
}

type Widget = LitElement & { isUpdatePending: boolean };

/** What `tag` writes for `value` with two digits at least: the countdown's digits. */
const twoDigits = (tag: string, value: number) => new Intl.NumberFormat(tag, { minimumIntegerDigits: 2 }).format(value);

describe('robustness: languages a page names', () => {
  tally.listen();

  describe("a site's own language is written in its script's direction", () => {
    // Sorani, Pashto, Yiddish, Dhivehi (Thaana), Uyghur, Syriac, N'Ko, Fulah in Adlam, Punjabi in Shahmukhi, Kashmiri.
    const rightToLeft = ['ckb', 'ps', 'yi', 'dv', 'ug', 'syr', 'nqo', 'ff-Adlm', 'pa-Arab', 'ks'];
    // Kurmanji (Latin), Punjabi (Gurmukhi), Azerbaijani in Latin: left to right though a neighbour is not.
    const leftToRight = ['ku', 'pa', 'az'];
    for (const tag of [...rightToLeft, ...leftToRight]) {
      const dir = rightToLeft.includes(tag) ? 'rtl' : 'ltr';
      it(`${tag}: ${dir}`, () =>
        run(async () => {
          await registerTranslation(tag, { 'timer.start': `start (${tag})` });
          const timer = await fixture<SpasmTimer>(html`<spasm-timer lang=${tag}></spasm-timer>`);
          await renderedIn(timer, tag);
          expect(partText(timer, 'primary-button')).to.equal(`start (${tag})`);
          expect(part(timer, 'base').getAttribute('dir')).to.equal(dir);
        }));
    }
  });

  describe("times and digits follow the widget's full tag, the words the nearest translation", () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => (clock = fakeClock(new Date(2026, 10, 22, 8, 10).getTime())));
    afterEach(() => clock.restore());

    // [lang, the messages shown, what must be in the time of day]
    const cases: [string, string, RegExp][] = [
      ['en-GB', 'en', /^10:15$/],
      ['en-AU', 'en', /10:15\sam/],
      ['fr-CA', 'fr', /10 h 15/],
      ['ar-EG', 'ar', /١٠:١٥/],
      ['ar-EG-u-nu-latn', 'ar', /10:15/],
      ['hi-IN-u-nu-deva', 'hi', /१०:१५/],
    ];
    for (const [lang, messages, time] of cases) {
      it(`${lang}: the timer's clock time and countdown`, () =>
        run(async () => {
          const timer = await fixture<SpasmTimer>(html`<spasm-timer lang=${lang} minutes="5"></spasm-timer>`);
          await renderedIn(timer, messages);
          const separator = partText(timer, 'time').replace(/^\p{Nd}+|\p{Nd}+$/gu, '');
          expect(partText(timer, 'time')).to.equal(`${twoDigits(lang, 5)}${separator}${twoDigits(lang, 0)}`);
          timer.start();
          await clock.tickAsync(5 * MINUTE);
          await timer.updateComplete;
          // 08:15 plus two hours of skin rest.
          const next = new Intl.DateTimeFormat(lang, { timeStyle: 'short' }).format(new Date(2026, 10, 22, 10, 15));
          expect(next).to.match(time);
          expect(partText(timer, 'next')).to.contain(next);
        }));
    }

    for (const lang of ['ar-EG', 'ar-SA', 'bn-IN-u-nu-latn', 'fa-u-nu-latn']) {
      const messages = lang.slice(0, 2);
      it(`${lang}: the checklist's progress and the quiz's position`, () =>
        run(async () => {
          const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang=${lang}></spasm-checklist>`);
          const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz lang=${lang}></spasm-quiz>`);
          await renderedIn(list as Widget, messages);
          await renderedIn(quiz as Widget, messages);
          const format = new Intl.NumberFormat(lang);
          const digits = (text: string) => text.match(/\p{Nd}+/gu);
          expect(digits(partText(list, 'progress'))).to.have.members([format.format(0), format.format(list.total)]);
          expect(digits(partText(quiz, 'position'))).to.have.members([format.format(1), format.format(quiz.total)]);
        }));
    }
  });

  describe('a translation registered for a full tag', () => {
    it('is used for exactly that tag; the same language without it keeps the nearest translation', () =>
      run(async () => {
        await registerTranslation('ar-EG-u-nu-latn', { 'timer.start': 'ابدأ (latn)' });
        const exact = await fixture<SpasmTimer>(html`<spasm-timer lang="ar-EG-u-nu-latn"></spasm-timer>`);
        await renderedIn(exact, 'ar-EG-u-nu-latn');
        expect(partText(exact, 'primary-button')).to.equal('ابدأ (latn)');
        expect(part(exact, 'base').getAttribute('dir')).to.equal('rtl');
        expect(partText(exact, 'time')).to.equal('15:00');
        for (const lang of ['ar-EG', 'ar']) {
          const other = await fixture<SpasmTimer>(html`<spasm-timer lang=${lang}></spasm-timer>`);
          await renderedIn(other, 'ar');
          expect(partText(other, 'primary-button')).not.to.contain('latn');
        }
      }));
  });

  describe("a site's translation calls", () => {
    it('apply in the order they were made, awaited or not', () =>
      run(async () => {
        await registerTranslation('eo', { 'timer.start': 'Komenci' });
        const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="eo"></spasm-timer>`);
        await renderedIn(timer, 'eo');
        const applied: number[] = [];
        const calls = Array.from({ length: 1000 }, (_, n) =>
          registerTranslation('eo', { 'timer.start': `#${n}` }).then(() => applied.push(n))
        );
        await Promise.all(calls);
        expect(applied).to.deep.equal(Array.from({ length: 1000 }, (_, n) => n));
        await timer.updateComplete;
        expect(partText(timer, 'primary-button')).to.equal('#999');
      }));

    it('apply in the order they were made across both calls: an override right after an unawaited registration finds it', () =>
      run(async () => {
        void registerTranslation('io', { 'timer.start': 'Komencar', 'timer.reset': 'Rikomencar' });
        await overrideMessages('io', { 'timer.start': 'Startar' });
        const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="io"></spasm-timer>`);
        await renderedIn(timer, 'io');
        expect([partText(timer, 'primary-button'), partText(timer, 'title')]).to.deep.equal([
          'Startar',
          'Ice and heat timer',
        ]);
      }));
  });
});
