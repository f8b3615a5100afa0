import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { localeLoaders } from '../src/generated/locale-loaders.js';
import type { SpasmQuiz } from '../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { captureWarnings, partText, renderedIn, waitFor, warningText } from './helpers.js';

/** The generated loader table, writable: a test replaces a locale's group loader and puts it back. */
const loaders = localeLoaders as unknown as Record<string, Record<string, () => Promise<unknown>>>;

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

/** The locale modules a page requested, by name: `es-timer`, `es-shared`. */
const localeRequests = (page: Window) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/generated\/locales\/([^/?]+)\.(?:js|ts)/)?.[1])
    .filter((name) => name !== undefined)
    .sort();

/** Replaces `locale`'s loaders with counting ones (each still loads its module); `restore` puts them back. */
function countLoads(locale: string) {
  const originals = { ...loaders[locale] };
  const counts: Record<string, number> = {};
  for (const [group, load] of Object.entries(originals)) {
    counts[group] = 0;
    loaders[locale][group] = () => {
      counts[group] += 1;
      return load();
    };
  }
  return { counts, restore: () => Object.assign(loaders[locale], originals) };
}

describe('locale loading', () => {
  afterEach(() => {
    sinon.restore();
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('a Spanish page with only the timer loads the timer’s and the shared messages, not the checklist’s or the quiz’s', async () => {
    const page = await openPage('<spasm-timer lang="es"></spasm-timer>');
    // A fresh page loads the whole library first: up to 5 s.
    await waitFor(() => shadowText(page, 'spasm-timer').includes('Iniciar'), 'the Spanish timer in the new page', 5000);
    // The footer's messages are the shared group's.
    expect(shadowText(page, 'spasm-timer')).to.contain('Fuentes y revisión');
    expect(localeRequests(page)).to.deep.equal(['es-shared', 'es-timer']);
  });

  it('a page with one French widget loads French only', async () => {
    const page = await openPage('<spasm-quiz lang="fr"></spasm-quiz>');
    await waitFor(
      () => shadowText(page, 'spasm-quiz').includes('Question 1 sur'),
      'the French quiz in the new page',
      5000
    );
    expect(localeRequests(page)).to.deep.equal(['fr-quiz', 'fr-shared']);
  });

  it('widgets of different kinds in one locale each get their messages, each group loaded once', async () => {
    const { counts, restore } = countLoads('pt-BR');
    try {
      const page = await fixture(
        html`<div lang="pt-BR">
          <spasm-timer></spasm-timer>
          <spasm-quiz></spasm-quiz>
          <spasm-timer></spasm-timer>
        </div>`
      );
      const [timer, quiz, second] = [...page.children] as [SpasmTimer, SpasmQuiz, SpasmTimer];
      await Promise.all([timer, quiz, second].map((widget) => renderedIn(widget, 'pt-BR')));
      expect(partText(timer, 'primary-button')).to.equal('Iniciar');
      expect(partText(second, 'primary-button')).to.equal('Iniciar');
      expect(partText(quiz, 'position')).to.equal('Pergunta 1 de 8');
      for (const widget of [timer, quiz]) expect(partText(widget, 'sources')).to.contain('Fontes e revisão');
      expect(counts).to.deep.equal({ shared: 1, timer: 1, checklist: 0, quiz: 1 });
    } finally {
      restore();
    }
  });

  it('a failed group load shows that widget in English, with one warning; the others and a later widget load', async () => {
    // As a flaky CDN would: the German quiz messages cannot be fetched, once.
    const original = loaders.de.quiz;
    loaders.de.quiz = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const warn = captureWarnings();
    try {
      const page = await fixture(
        html`<div lang="de">
          <spasm-quiz></spasm-quiz>
          <spasm-timer></spasm-timer>
        </div>`
      );
      const [quiz, timer] = [...page.children] as [SpasmQuiz, SpasmTimer];
      await renderedIn(quiz, 'en');
      await renderedIn(timer, 'de');
      expect(partText(quiz, 'position')).to.equal('Question 1 of 8');
      expect(partText(timer, 'primary-button')).to.equal('Starten');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.match(/^<spasm-quiz> lang="de": messages failed to load .*; using en\.$/);

      // Not remembered as failed: the next German quiz tries again, and gets its messages.
      loaders.de.quiz = original;
      const later = await fixture<SpasmQuiz>(html`<spasm-quiz lang="de"></spasm-quiz>`);
      await renderedIn(later, 'de');
      expect(partText(later, 'position')).to.equal('Frage 1 von 8');
      expect(warn.callCount).to.equal(1);
    } finally {
      loaders.de.quiz = original;
    }
  });

  it('a failed shared group shows the widget in English too, with one warning', async () => {
    const original = loaders['zh-Hans'].shared;
    loaders['zh-Hans'].shared = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const warn = captureWarnings();
    try {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="zh-Hans"></spasm-timer>`);
      await renderedIn(timer, 'en');
      expect(partText(timer, 'primary-button')).to.equal('Start');
      expect(partText(timer, 'sources')).to.contain('Sources and review');
      expect(warn.callCount).to.equal(1);
      expect(warningText(warn)).to.match(/^<spasm-timer> lang="zh-Hans": messages failed to load .*; using en\.$/);
    } finally {
      loaders['zh-Hans'].shared = original;
    }
  });
});
