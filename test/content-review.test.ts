import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { SpasmChecklist } from '../src/checklist/spasm-checklist.js';
import { CONTENT_REVIEW } from '../src/core/content-review.js';
import { readSignOff, signOffExpiry, signOffStatus, type SignOff } from '../src/core/signoff.js';
import { overrideMessages } from '../src/index.js';
import { captureWarnings, expectAccessible, part, partText, waitFor } from './helpers.js';

const settled = (widget: Element) => (widget as SpasmChecklist).updateComplete;

/** Opens the "Sources and review" disclosure and waits for its panel to load. */
async function openSources(widget: Element): Promise<string> {
  const sources = part<HTMLDetailsElement>(widget, 'sources');
  sources.querySelector('summary')!.click();
  await waitFor(() => sources.querySelectorAll('p').length > 0, 'the sources panel to load');
  await settled(widget);
  return sources.textContent!.replace(/\s+/g, ' ');
}

const SIGNOFF = {
  'signoff-name': 'Dr A Patel',
  'signoff-role': 'GP',
  'signoff-registration': 'GMC 1234567',
  'signoff-date': '2026-12-10',
  'signoff-version': CONTENT_REVIEW.version,
  'signoff-lang': 'en-GB',
};

/** A widget inside an element that carries the sign-off attributes, `changes` applied. */
async function signedOff(tag: string, changes: Record<string, string> = {}, lang = 'en-GB'): Promise<Element> {
  const root = document.createElement('div');
  for (const [name, value] of Object.entries({ ...SIGNOFF, ...changes })) root.setAttribute(name, value);
  root.innerHTML = `<${tag} lang="${lang}"></${tag}>`;
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(root);
  const widget = root.firstElementChild!;
  await settled(widget);
  return widget;
}

describe('what we say about review', () => {
  afterEach(() => sinon.restore());

  it('the panel says who checked it (the maintainers, not a clinician), the authorities first, then the articles', async () => {
    const quiz = await fixture(html`<spasm-quiz lang="en-GB"></spasm-quiz>`);
    await settled(quiz);
    const text = await openSources(quiz);
    expect(text).to.contain(
      'Based on NHS and NICE guidance (not endorsed by them). Checked by the spasm-widgets maintainers on December 7, 2026. Not reviewed by a clinician. Next review due December 7, 2027.'
    );
    expect(text).to.contain(`Content version ${CONTENT_REVIEW.version}.`);
    // "Reviewed" never stands without who.
    expect(text).not.to.match(/\breviewed on\b/i);
    const items = [...part(quiz, 'sources').querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim()
    );
    expect(items[0]).to.contain('NHS: Back pain').and.contain('https://www.nhs.uk/conditions/back-pain/');
    expect(items.findIndex((item) => item.includes('NICE guideline NG59'))).to.be.below(
      items.findIndex((item) => item.includes('Lower Back Muscle Spasm'))
    );
    // The seed without a title is "untitled", never an invented one.
    expect(items).to.include('untitled');
    expect(text).not.to.contain('Two main causes');
    expect(text).not.to.contain('translation');
  });

  it('says when the host supplied the content, and that a translation is a machine draft', async () => {
    const list = await fixture<SpasmChecklist>(html`<spasm-checklist lang="de"></spasm-checklist>`);
    list.steps = [{ id: 'walk', title: 'Walk' }];
    await list.updateComplete;
    const text = await openSources(list);
    expect(text).to.contain(CONTENT_REVIEW.version);
    expect(list.shadowRoot!.querySelectorAll('[part="sources"] p').length).to.equal(5);
  });

  describe('a machine-drafted language says so beside the disclaimer', () => {
    it('in Spanish, not in English', async () => {
      const es = await fixture(html`<spasm-timer lang="es"></spasm-timer>`);
      const en = await fixture(html`<spasm-timer lang="en-GB"></spasm-timer>`);
      await Promise.all([es, en].map(settled));
      const note = part(es, 'translation-note');
      expect(note.textContent!.trim()).to.not.equal('');
      expect(note.textContent!.trim()).to.not.equal('Translated by machine; not yet checked by a clinician.');
      // Beside the disclaimer: in its paragraph, in the footer.
      expect(note.parentElement!.parentElement).to.equal(part(es, 'footer'));
      expect(en.shadowRoot!.querySelector('[part="translation-note"]')).to.equal(null);
    });

    it('translations="reviewed" shows English for a language no clinician has checked', async () => {
      const root = await fixture(html`<div translations="reviewed"><spasm-quiz lang="es"></spasm-quiz></div>`);
      const quiz = root.firstElementChild!;
      await settled(quiz);
      expect(part(quiz, 'base').getAttribute('lang')).to.equal('en');
      expect(quiz.shadowRoot!.querySelector('[part="translation-note"]')).to.equal(null);
      root.setAttribute('translations', 'all');
      await waitFor(() => part(quiz, 'base').getAttribute('lang') === 'es', 'Spanish again');
    });

    it('a bad translations value warns once and means all', async () => {
      const warn = captureWarnings();
      const quiz = await fixture(html`<spasm-quiz lang="es" translations="checked"></spasm-quiz>`);
      await waitFor(() => part(quiz, 'base').getAttribute('lang') === 'es', 'Spanish');
      const calls = warn.getCalls().filter((call) => String(call.args[0]).includes('translations='));
      expect(calls).to.have.length(1);
      expect(String(calls[0].args[0])).to.equal(
        '<spasm-quiz> translations="checked": not "all" or "reviewed"; using all.'
      );
    });
  });

  describe("a site clinician's sign-off", () => {
    // A month after the sign-off below, whatever today's date.
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: Date.parse('2027-01-15T12:00:00Z'), toFake: ['Date'] });
    });
    afterEach(() => clock.restore());

    it('shows who reviewed it for this site, and for which version', async () => {
      const warn = captureWarnings();
      const timer = await signedOff('spasm-timer');
      expect(await openSources(timer)).to.contain(
        `Reviewed for this site by Dr A Patel, GP (GMC 1234567) on December 10, 2026, for content version ${CONTENT_REVIEW.version}.`
      );
      await expectAccessible(timer);
      expect(warn.callCount).to.equal(0);
    });

    it('a new content version cancels it: the panel says so, and the page warns once', async () => {
      const warn = captureWarnings();
      const root = await fixture(html`<div></div>`);
      for (const [name, value] of Object.entries({ ...SIGNOFF, 'signoff-version': '2026.01' }))
        root.setAttribute(name, value);
      root.innerHTML = '<spasm-quiz lang="en-GB"></spasm-quiz><spasm-timer lang="en-GB"></spasm-timer>';
      const [quiz, timer] = [...root.children];
      await Promise.all([quiz, timer].map(settled));
      const text = await openSources(quiz);
      await openSources(timer);
      expect(partText(quiz, 'signoff')).to.equal(
        'The content has changed since Dr A Patel, GP (GMC 1234567) reviewed it for this site on December 10, 2026.'
      );
      expect(text).not.to.contain('Reviewed for this site');
      const calls = warn.getCalls().map((call) => String(call.args[0]));
      expect(calls).to.deep.equal([
        `<spasm-quiz> signoff-date="2026-12-10": Dr A Patel's sign-off (content 2026.01, en-GB) no longer holds: the content has changed since (version ${CONTENT_REVIEW.version}, or a site override); using it, marked as not holding.`,
      ]);
      await expectAccessible(quiz);
    });

    for (const lang of ['es', 'ar']) {
      it(`a valid and a changed sign-off have no axe violations (${lang})`, async () => {
        const valid = await signedOff('spasm-checklist', { 'signoff-lang': lang }, lang);
        await openSources(valid);
        expect(partText(valid, 'signoff')).to.contain('Dr A Patel');
        await expectAccessible(valid);
        const changed = await signedOff('spasm-quiz', { 'signoff-lang': lang, 'signoff-version': '2026.01' }, lang);
        await openSources(changed);
        expect(partText(changed, 'signoff')).to.not.equal(partText(valid, 'signoff'));
        await expectAccessible(changed);
      });
    }

    it('a site override of a message in that language cancels it', async () => {
      const quiz = await signedOff('spasm-quiz', { 'signoff-lang': 'en-XA' }, 'en-XA');
      await openSources(quiz);
      expect(partText(quiz, 'signoff')).to.contain('2026.12');
      overrideMessages('en-XA', { 'quiz.title': 'Our quiz' });
      // The override loads its checker first: the panel follows once the site's words are in.
      await waitFor(() => partText(quiz, 'title') === 'Our quiz', 'the override');
      await settled(quiz);
      expect(partText(quiz, 'signoff')).to.not.contain('2026.12');
    });

    it('lapses after 12 months', async () => {
      expect(signOffExpiry('2026-01-10')).to.be.below(Date.now());
      const timer = await signedOff('spasm-timer', { 'signoff-date': '2026-01-10' });
      await openSources(timer);
      expect(partText(timer, 'signoff')).to.contain('over 12 months old and has lapsed');
    });

    it('covers only the language read', async () => {
      const timer = await signedOff('spasm-timer', {}, 'es');
      await openSources(timer);
      expect(partText(timer, 'signoff')).to.contain('Dr A Patel');
      expect(partText(timer, 'signoff')).to.not.contain('Reviewed for this site');
    });

    it('an incomplete sign-off shows nothing', async () => {
      const timer = await signedOff('spasm-timer', { 'signoff-registration': '' });
      await openSources(timer);
      expect(timer.shadowRoot!.querySelector('[part="signoff"]')).to.equal(null);
    });

    describe('the pure rules', () => {
      const now = Date.parse('2027-01-01T00:00:00Z');
      const signOff: SignOff = {
        name: 'A',
        role: 'GP',
        registration: 'X 1',
        date: '2026-12-10',
        version: '2026.12',
        lang: 'en',
      };
      const current = { version: '2026.12', locale: 'en', signedLocale: 'en', siteChanged: false, now };
      const cases: [string, Partial<typeof current>, string][] = [
        ['as signed', {}, 'valid'],
        ['a new version', { version: '2027.01' }, 'changed'],
        ['a site change', { siteChanged: true }, 'changed'],
        ['another language', { locale: 'es' }, 'other-language'],
        ['a day before a year on', { now: Date.parse('2027-12-09T12:00:00Z') }, 'valid'],
        ['a year on', { now: Date.parse('2027-12-10T00:00:00Z') }, 'lapsed'],
      ];
      for (const [name, change, status] of cases) {
        it(`${name}: ${status}`, () => {
          expect(signOffStatus(signOff, { ...current, ...change })).to.equal(status);
        });
      }

      const values = {
        'signoff-name': 'A',
        'signoff-role': 'GP',
        'signoff-registration': 'X 1',
        'signoff-date': '2026-12-10',
        'signoff-version': '2026.12',
        'signoff-lang': 'en',
      };
      const reads: [string, Partial<typeof values> | null, string | undefined][] = [
        ['complete', {}, undefined],
        ['none at all', null, undefined],
        ['no registration', { 'signoff-registration': ' ' }, 'needs signoff-registration too'],
        ['a date that is no day', { 'signoff-date': '2026-02-30' }, 'signoff-date is not a date (YYYY-MM-DD)'],
        ['a future date', { 'signoff-date': '2027-06-01' }, 'signoff-date is in the future'],
      ];
      for (const [name, change, problem] of reads) {
        it(`reads ${name}`, () => {
          const input = change
            ? { ...values, ...change }
            : Object.fromEntries(Object.keys(values).map((key) => [key, null]));
          const read = readSignOff(input as typeof values, now);
          expect(read.problem).to.equal(problem);
          expect(read.signOff !== undefined).to.equal(change !== null && problem === undefined);
        });
      }
    });
  });

  describe('the review date', () => {
    it('after it, the patient sees "due for review", widgets match :state(review-overdue), one warning', async () => {
      const clock = sinon.useFakeTimers({ now: Date.parse(CONTENT_REVIEW.nextReview) + 86_400_000, toFake: ['Date'] });
      const warn = captureWarnings();
      const root = await fixture(html`<div><spasm-timer></spasm-timer><spasm-quiz></spasm-quiz></div>`);
      await Promise.all([...root.children].map(settled));
      clock.restore();
      expect([...root.children].map((widget) => widget.matches(':state(review-overdue)'))).to.deep.equal([true, true]);
      for (const widget of root.children)
        expect(partText(widget, 'review-due')).to.equal('This information is due for review.');
      const reviewWarnings = warn.getCalls().filter((call) => String(call.args[0]).includes('due for review'));
      expect(reviewWarnings.map((call) => String(call.args[0]))).to.deep.equal([
        `<spasm-timer> content=${JSON.stringify(CONTENT_REVIEW.version)}: was due for review on ${CONTENT_REVIEW.nextReview}; using it, marked as due for review.`,
      ]);
    });

    it('before it, neither', async () => {
      const timer = await fixture(html`<spasm-timer></spasm-timer>`);
      await settled(timer);
      expect(timer.matches(':state(review-overdue)')).to.equal(false);
      expect(timer.shadowRoot!.querySelector('[part="review-due"]')).to.equal(null);
    });
  });
});
