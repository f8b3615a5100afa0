/**
 * What every widget promises, whatever it does: run once per widget, as
 * Shoelace runs its form-control base tests against each form control.
 * A new widget gets the whole contract by adding one `runWidgetContract` call.
 */
import { expect, fixture, html, unsafeStatic } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import { WIDGETS } from '../src/widgets.js';
import type { SpasmChecklist, SpasmQuiz, SpasmTimer } from '../src/index.js';
import { answer, inputs, tickStep } from './fixtures.js';
import {
  captureWarnings,
  expectAccessible,
  expectTapTargets,
  liveRegionText,
  partText,
  renderedIn,
  warningText,
} from './helpers.js';

type Widget = SpasmTimer | SpasmChecklist | SpasmQuiz;

interface WidgetContract<W extends Widget> {
  tag: string;
  /** The module that registers the element, relative to this file, as served (`.ts`). */
  defineModule: string;
  /** A part whose first text shows the language, and that text in English and in Spanish. */
  text: { part: string; en: string; es: string };
  /** What a user does first (a click), after which the widget has rendered: what `persist` must store. */
  act(widget: W): Promise<void>;
  /** The widget's tap targets, in its shadow DOM. */
  targets: string;
}

const KEY = 'spasm-contract-test';

/** Every live region in a shadow root, polite or not. */
const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]';

function runWidgetContract<W extends Widget>({ tag, defineModule, text, act, targets }: WidgetContract<W>) {
  const name = unsafeStatic(tag);
  /** The widget with `attributes` (a static string: `lang="es" persist`), rendered. */
  const render = (attributes = ''): Promise<W> => fixture<W>(html`<${name} ${unsafeStatic(attributes)}></${name}>`);

  describe(`<${tag}> contract`, () => {
    afterEach(() => {
      sinon.restore();
      localStorage.clear();
    });

    it('is defined, and loading its define module again neither throws nor warns', async () => {
      const defined = customElements.get(tag);
      expect(defined, `<${tag}> is defined`).not.to.equal(undefined);
      const url = new URL(defineModule, import.meta.url);
      const first: Record<string, unknown> = await import(url.href);
      const warn = captureWarnings();
      // A second copy of the module, as a page that loads the library twice (CDN and bundle) gets.
      url.searchParams.set('copy', '2');
      const second: Record<string, unknown> = await import(url.href);
      expect(second, 'the module really ran again').not.to.equal(first);
      expect(Object.values(second)).to.include(defined);
      expect(customElements.get(tag)).to.equal(defined);
      expect(warn.callCount).to.equal(0);
    });

    describe('language', () => {
      it('renders in its own lang', async () => {
        const widget = await render('lang="es"');
        await renderedIn(widget, 'es');
        expect(partText(widget, text.part)).to.equal(text.es);
      });

      it('renders in the lang of an ancestor', async () => {
        const wrapper = await fixture(html`<div lang="es"><${name}></${name}></div>`);
        const widget = wrapper.querySelector<W>(tag)!;
        await renderedIn(widget, 'es');
        expect(partText(widget, text.part)).to.equal(text.es);
      });

      it('follows live changes of its own and of ancestor lang', async () => {
        const wrapper = await fixture(html`<div lang="en"><${name}></${name}></div>`);
        const widget = wrapper.querySelector<W>(tag)!;
        await renderedIn(widget, 'en');
        expect(partText(widget, text.part)).to.equal(text.en);
        wrapper.setAttribute('lang', 'es');
        await renderedIn(widget, 'es');
        expect(partText(widget, text.part)).to.equal(text.es);
        widget.setAttribute('lang', 'en');
        await renderedIn(widget, 'en');
        expect(partText(widget, text.part)).to.equal(text.en);
      });
    });

    it('holds a screen’s height until its first render, then takes its own', async () => {
      // French: the widget waits for its messages, so the time before the first render is real.
      const widget = document.createElement(tag) as W;
      widget.lang = 'fr';
      document.body.append(widget);
      try {
        expect(widget.matches(':state(rendered)')).to.equal(false);
        expect(getComputedStyle(widget).minHeight).to.equal(`${innerHeight}px`);
        await renderedIn(widget, 'fr');
        expect(widget.matches(':state(rendered)')).to.equal(true);
        expect(getComputedStyle(widget).minHeight).to.equal('0px');
      } finally {
        widget.remove();
      }
    });

    it('has exactly one live region, a polite one, which announces what the user did', async () => {
      const widget = await render();
      const regions = [...widget.shadowRoot!.querySelectorAll(LIVE)];
      expect(regions).to.have.length(1);
      // role="status" is polite unless aria-live says otherwise.
      const [region] = regions;
      const politeness = region.getAttribute('aria-live') ?? (region.getAttribute('role') === 'status' ? 'polite' : '');
      expect(politeness).to.equal('polite');
      await act(widget);
      expect(widget.shadowRoot!.querySelectorAll(LIVE)).to.have.length(1);
      expect(liveRegionText(widget)).not.to.equal('');
    });

    it('has tap targets of at least 44 by 44 px, before and after the first action', async () => {
      const widget = await render();
      expectTapTargets(widget, targets);
      await act(widget);
      expectTapTargets(widget, targets);
    });

    describe('persist', () => {
      it('stores nothing without persist', async () => {
        const widget = await render(`storage-key="${KEY}"`);
        await act(widget);
        expect(localStorage.length).to.equal(0);
      });

      it('with persist, stores what the user did under its storage-key', async () => {
        const widget = await render(`persist storage-key="${KEY}"`);
        const before = localStorage.getItem(KEY);
        await act(widget);
        const after = localStorage.getItem(KEY);
        expect(after).not.to.equal(null);
        expect(after).not.to.equal(before);
        expect(localStorage.length).to.equal(1);
      });

      it('warns once, naming itself, about garbage under its storage-key, and still works', async () => {
        localStorage.setItem(KEY, 'garbage');
        const warn = captureWarnings();
        const widget = await render(`persist storage-key="${KEY}"`);
        expect(warn.callCount).to.equal(1);
        expect(warningText(warn)).to.contain(`<${tag}>`);
        expect(warningText(warn)).to.contain(KEY);
        expect(partText(widget, text.part)).to.equal(text.en);
        await act(widget);
        expect(localStorage.getItem(KEY)).not.to.equal('garbage');
        expect(warn.callCount).to.equal(1);
      });
    });

    for (const lang of ['en', 'es']) {
      it(`has no axe violations as it first shows (${lang})`, async () => {
        const widget = await render(`lang="${lang}"`);
        await renderedIn(widget, lang);
        await expectAccessible(widget);
      });
    }
  });
}

/** What the contract needs of each widget beyond the registry: its own first text and first action. */
const CONTRACTS: Record<string, Omit<WidgetContract<Widget>, 'tag' | 'defineModule'>> = {
  'spasm-timer': {
    text: { part: 'primary-button', en: 'Start', es: 'Iniciar' },
    act: async (timer) => {
      timer.shadowRoot!.querySelector<HTMLButtonElement>('[part~="primary-button"]')!.click();
      await timer.updateComplete;
    },
    targets: 'button, label',
  },
  'spasm-checklist': {
    text: { part: 'progress', en: '0 of 6 done', es: '0 de 6 hechos' },
    act: async (list) => {
      tickStep(list as SpasmChecklist);
      await list.updateComplete;
    },
    targets: '[part="step"] label, summary, button',
  },
  'spasm-quiz': {
    text: { part: 'position', en: 'Question 1 of 8', es: 'Pregunta 1 de 8' },
    act: (quiz) => answer(quiz as SpasmQuiz, inputs(quiz as SpasmQuiz)[0].value),
    targets: 'label, button',
  },
};

describe('the contract covers every widget of src/widgets.js', () => {
  it('has an entry for each, and none for a widget not in it', () => {
    expect(Object.keys(CONTRACTS).sort()).to.deep.equal(WIDGETS.map((widget) => widget.tag).sort());
  });
});

for (const widget of WIDGETS)
  runWidgetContract({ tag: widget.tag, defineModule: `../src/${widget.folder}/define.ts`, ...CONTRACTS[widget.tag] });
