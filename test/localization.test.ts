import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import sinon from 'sinon';
import '../src/timer/define.js';
import type { SpasmTimer } from '../src/timer/spasm-timer.js';
import { inLocale, msg } from '../src/core/localization.js';
import { captureWarnings, part, partText, renderedIn, timeNamedInWords, waitFor, warningText } from './helpers.js';

describe('msg() outside a widget', () => {
  it('is loud in development: it could not know the language', () => {
    const error = sinon.stub(console, 'error');
    try {
      expect(msg('Start', { id: 'timer.start' })).to.equal('Start');
      expect(inLocale('en', () => msg('Start', { id: 'timer.start' }))).to.equal('Start');
      expect(error.callCount).to.equal(1);
      expect(String(error.firstCall.args[0])).to.contain('outside inLocale');
    } finally {
      error.restore();
    }
  });
});

describe('per-widget localization', () => {
  afterEach(() => {
    sinon.restore();
    document.documentElement.removeAttribute('lang');
  });

  it('renders in Spanish from its own lang, with Intl digits and words', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="es"></spasm-timer>`);
    await renderedIn(timer, 'es');
    expect(partText(timer, 'primary-button')).to.equal('Iniciar');
    expect(partText(timer, 'title')).to.equal('Temporizador de frío y calor');
    await timeNamedInWords(timer);
    expect(part(timer, 'time').getAttribute('aria-label')).to.equal('Tiempo restante: 15 minutos');
    expect(partText(timer, 'safety')).to.contain('toalla');
    expect(part(timer, 'base').getAttribute('lang')).to.equal('es');
    expect(part(timer, 'base').getAttribute('dir')).to.equal('ltr');
  });

  it('counts sessions with the plural forms of the language', async () => {
    const endedAt = Date.now() - 60_000;
    const saved = (count: number) => ({
      version: 1,
      state: { status: 'done', mode: 'cold', durationMs: 900_000, endedAt },
      history: Array.from({ length: count }, (_, i) => ({ mode: 'cold', endedAt: endedAt - i * 1000 })),
    });
    const cases: [string, number, string][] = [
      ['es', 1, '1 sesión de frío hoy'],
      ['es', 2, '2 sesiones de frío hoy'],
      ['en', 1, '1 cold session today'],
      ['en', 3, '3 cold sessions today'],
    ];
    for (const [lang, count, expected] of cases) {
      localStorage.setItem('spasm-plural-test', JSON.stringify(saved(count)));
      const timer = await fixture<SpasmTimer>(
        html`<spasm-timer lang=${lang} persist storage-key="spasm-plural-test"></spasm-timer>`
      );
      await renderedIn(timer, lang);
      expect(partText(timer, 'count')).to.equal(expected);
    }
    localStorage.removeItem('spasm-plural-test');
  });

  it('takes the closest ancestor lang, crossing shadow roots', async () => {
    const host = await fixture(html`<div lang="es-MX"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<spasm-timer></spasm-timer>';
    const timer = shadow.querySelector('spasm-timer')!;
    await renderedIn(timer, 'es');
    expect(partText(timer, 'primary-button')).to.equal('Iniciar');
  });

  it('falls back to <html lang>, then English', async () => {
    document.documentElement.lang = 'es';
    const timer = await fixture<SpasmTimer>(html`<spasm-timer></spasm-timer>`);
    await renderedIn(timer, 'es');
    expect(partText(timer, 'primary-button')).to.equal('Iniciar');
    document.documentElement.removeAttribute('lang');
    await renderedIn(timer, 'en');
    expect(partText(timer, 'primary-button')).to.equal('Start');
  });

  // Live changes of its own and of ancestor lang, for every widget: see widget-contract.test.ts.

  it('shows two languages side by side on one page', async () => {
    const page = await fixture(
      html`<div>
        <spasm-timer lang="es"></spasm-timer>
        <spasm-timer lang="en"></spasm-timer>
        <spasm-timer lang="en-XA"></spasm-timer>
      </div>`
    );
    const [spanish, english, pseudo] = [...page.querySelectorAll('spasm-timer')];
    await Promise.all([renderedIn(spanish, 'es'), renderedIn(english, 'en'), renderedIn(pseudo, 'en-XA')]);
    expect(partText(spanish, 'primary-button')).to.equal('Iniciar');
    expect(partText(english, 'primary-button')).to.equal('Start');
    expect(partText(pseudo, 'primary-button')).to.match(/^\[Šţàŕţ ~+\]$/);
    // A later render of one does not leak its language into the other.
    english.mode = 'heat';
    await english.updateComplete;
    expect(partText(english, 'safety')).to.contain('hot-water bottle');
    expect(partText(spanish, 'safety')).to.contain('toalla');
  });

  it('renders every message of the pseudo-locale translated and longer', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="en-XA"></spasm-timer>`);
    await renderedIn(timer, 'en-XA');
    const text = timer.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    // Nothing but digits, punctuation and pseudo text: any plain English word escaped translation.
    const plainEnglishWords = text.replace(/\[[^\]]*\]/g, '').match(/[A-Za-z]{3,}/g);
    expect(plainEnglishWords).to.equal(null);
  });

  it('warns once about an unknown language and shows English', async () => {
    const warn = captureWarnings();
    const page = await fixture(
      html`<div>
        <spasm-timer lang="tlh"></spasm-timer>
        <spasm-timer lang="tlh"></spasm-timer>
      </div>`
    );
    const timers = [...page.querySelectorAll('spasm-timer')];
    await Promise.all(timers.map((timer) => renderedIn(timer, 'en')));
    expect(partText(timers[0], 'primary-button')).to.equal('Start');
    expect(warn.callCount).to.equal(1);
    expect(warningText(warn)).to.contain('"tlh"');
  });

  it('works on a page whose own code configured @lit/localize', async () => {
    // The host app's runtime localization: one page-wide locale, configurable once.
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: { 'host.hello': 'Bonjour' } }),
    });
    await setLocale('fr');
    expect(hostMsg('Hello', { id: 'host.hello' })).to.equal('Bonjour');

    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="es"></spasm-timer>`);
    await renderedIn(timer, 'es');
    expect(partText(timer, 'primary-button')).to.equal('Iniciar');
    // Our widgets left the host's localization alone.
    expect(hostMsg('Hello', { id: 'host.hello' })).to.equal('Bonjour');
  });
});

describe('messages of parts that load when first used', () => {
  it('the sources panel brings its own messages, in the language of the moment', async () => {
    const timer = await fixture<SpasmTimer>(html`<spasm-timer lang="es"></spasm-timer>`);
    await renderedIn(timer, 'es');
    const sources = part<HTMLDetailsElement>(timer, 'sources');
    sources.querySelector('summary')!.click();
    await waitFor(() => sources.textContent?.includes('Basado en las recomendaciones del NHS'), 'the panel in Spanish');
    // A later change of language finds the panel's messages in the new one too.
    timer.lang = 'fr';
    await renderedIn(timer, 'fr');
    expect(sources.textContent).to.contain('Fondé sur les recommandations du NHS');
  });
});
