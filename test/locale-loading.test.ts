import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { captureWarnings, partText, warningText } from './helpers.js';

/** The locale modules this page has requested so far. */
const localeRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/generated/locales/'));

async function settled(element: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 5; i++) await element.updateComplete;
}

// Runs in a page of its own: the first test sees the page's first locale request.
describe('locale loading', () => {
  afterEach(() => {
    sinon.restore();
    document.cookie = 'fail-locale=; max-age=0; path=/';
  });

  it('a page with one French widget loads exactly one locale module, French', async () => {
    expect(localeRequests()).to.deep.equal([]);
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="fr"></spasm-timer>`);
    await settled(timer);
    expect(partText(timer, 'primary-button')).to.equal('Démarrer');
    const requests = localeRequests();
    expect(requests).to.have.length(1);
    expect(requests[0]).to.match(/\/generated\/locales\/fr\.(js|ts)/);
  });

  it('a failed locale load shows English, with one warning, never a blank widget', async () => {
    document.cookie = 'fail-locale=de; path=/';
    const warn = captureWarnings();
    const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz lang="de"></spasm-quiz>`);
    await settled(quiz);
    expect(partText(quiz, 'position')).to.equal('Question 1 of 9');
    expect(warn.callCount).to.equal(1);
    expect(warningText(warn)).to.match(/^<spasm-quiz> lang="de": messages failed to load .*; using en\.$/);
  });
});
