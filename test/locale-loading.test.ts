import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { localeLoaders } from '../src/generated/locale-loaders.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import { captureWarnings, partText, renderedIn, waitFor, warningText } from './helpers.js';

/**
 * A fresh page (an iframe) with `body`, the library loaded as a module:
 * its resource timings list exactly the modules that page asked for.
 */
async function openPage(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module" src="/src/define.ts"></script>${body}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

const shadowText = (page: Window, selector: string) =>
  page.document.querySelector(selector)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('locale loading', () => {
  afterEach(() => {
    sinon.restore();
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('a page with one French widget loads exactly one locale module, French', async () => {
    const page = await openPage('<spasm-timer lang="fr"></spasm-timer>');
    // A fresh page loads the whole library first: up to 5 s.
    await waitFor(() => shadowText(page, 'spasm-timer').includes('Démarrer'), 'the French timer in the new page', 5000);
    const requests = page.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.includes('/generated/locales/'));
    expect(requests).to.have.length(1);
    expect(requests[0]).to.match(/\/generated\/locales\/fr\.(js|ts)/);
  });

  it('a failed locale load shows English, with one warning, never a blank widget', async () => {
    // As a flaky CDN would: the German module cannot be fetched.
    const loaders = localeLoaders as Record<string, () => Promise<never>>;
    const original = loaders.de;
    loaders.de = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const warn = captureWarnings();
    try {
      const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz lang="de"></spasm-quiz>`);
      await renderedIn(quiz, 'en');
      expect(partText(quiz, 'position')).to.equal('Question 1 of 9');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.match(/^<spasm-quiz> lang="de": messages failed to load .*; using en\.$/);
    } finally {
      loaders.de = original;
    }
  });
});
