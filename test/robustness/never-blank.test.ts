/**
 * No input empties a widget or gets past it silently: each case renders
 * something usable, warns when the input was bad, throws nothing, and keeps
 * the user's progress. The counts go into the robustness table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import '../../src/define.js';
import { HostContent } from '../../src/core/host-content.js';
import { Persistence } from '../../src/core/persistence.js';
import { LOCALE_WAIT_MS } from '../../src/core/locale-controller.js';
import { localeLoaders } from '../../src/generated/locale-loaders.js';
import type { SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { fakeClock, MINUTE, partText, waitFor } from '../helpers.js';
import { Tally } from './report.js';
import { lazy } from '../../src/core/lazy.js';

const OBJECT_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** A true/false question per awkward id, with awkward option ids too. */
const awkwardQuestions = OBJECT_KEYS.map((id) => ({
  id,
  type: 'single',
  prompt: `Question ${id}`,
  options: [
    { id: 'valueOf', label: 'A' },
    { id: '__proto__', label: 'B' },
  ],
  correct: ['__proto__'],
  explanation: 'Because.',
}));

const tally = new Tally();

/** Runs a case: its own warning stub; no uncaught error; counted in its category's row. */
async function run(category: string, body: (warn: sinon.SinonStub) => Promise<void>): Promise<void> {
  const warn = sinon.stub(console, 'warn');
  try {
    await tally.count(category, () => body(warn));
  } finally {
    warn.restore();
    localStorage.clear();
  }
}

async function answerAll(quiz: SpasmQuiz): Promise<void> {
  for (let i = 0; i < quiz.total; i++) {
    quiz.shadowRoot!.querySelector<HTMLInputElement>('[part="question"] input')!.click();
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
    await quiz.updateComplete;
    quiz.shadowRoot!.querySelector<HTMLButtonElement>('[part="next-button"]')!.click();
    await quiz.updateComplete;
  }
}

describe('robustness: never blank, always a warning', () => {
  tally.listen();

  it('quiz: ids that are names of Object.prototype', () =>
    run('ids: constructor, __proto__…', async (warn) => {
      const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz .questions=${awkwardQuestions}></spasm-quiz>`);
      expect(warn.callCount).to.equal(0);
      expect(quiz.total).to.equal(4);
      expect(partText(quiz, 'position')).to.equal('Question 1 of 4');
      await answerAll(quiz);
      expect(quiz.score).to.equal(0);
      expect(quiz.shadowRoot!.querySelector('[part="results"]')).to.not.equal(null);
    }));

  it('checklist: steps whose ids are names of Object.prototype', () =>
    run('ids: constructor, __proto__…', async () => {
      const steps = OBJECT_KEYS.map((id) => ({ id, title: `Step ${id}` }));
      const list = await fixture<SpasmChecklist>(html`<spasm-checklist persist .steps=${steps}></spasm-checklist>`);
      for (const box of list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
      expect(list.done).to.equal(4);
      expect(JSON.parse(localStorage.getItem('spasm-checklist')!).ticked).to.have.length(4);
    }));

  for (const [name, random] of [
    [
      'throws',
      () => {
        throw new Error('no');
      },
    ],
    ['is not a function', 'random'],
    ['returns 1', () => 1],
    ['returns NaN', () => NaN],
    ['returns -1', () => -1],
  ] as const) {
    it(`quiz: a random source that ${name}`, () =>
      run('quiz: bad random', async (warn) => {
        const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz shuffle .random=${random}></spasm-quiz>`);
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('<spasm-quiz> random=');
        expect(partText(quiz, 'position')).to.equal(`Question 1 of ${quiz.total}`);
        await answerAll(quiz);
        expect(quiz.shadowRoot!.querySelector('[part="results"]')).to.not.equal(null);
      }));
  }

  it('quiz: a stored attempt that asks one question twice', () =>
    run('stored values that validate but cannot render', async (warn) => {
      localStorage.setItem(
        'spasm-quiz',
        JSON.stringify({
          version: 2,
          order: ['a', 'a'],
          options: [
            ['true', 'false'],
            ['true', 'false'],
          ],
          answers: [['true'], null],
          index: 1,
        })
      );
      const quiz = await fixture<SpasmQuiz>(html`<spasm-quiz persist></spasm-quiz>`);
      expect(warn.callCount).to.equal(1);
      expect(partText(quiz, 'position')).to.equal(`Question 1 of ${quiz.total}`);
    }));

  it('timer: a stored rest that ends in the year 3000', () =>
    run('stored values that validate but cannot render', async (warn) => {
      const clock = fakeClock();
      try {
        localStorage.setItem(
          'spasm-timer',
          JSON.stringify({
            version: 2,
            state: { status: 'idle' },
            changedAt: 0,
            history: [{ mode: 'cold', startedAt: 3e13, endedAt: 1e300, ranMs: 15 * MINUTE }],
          })
        );
        const timer = await fixture<SpasmTimer>(html`<spasm-timer persist></spasm-timer>`);
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('future');
        expect(timer.nextSessionAt! - Date.now()).to.equal(120 * MINUTE);
        await clock.tickAsync(120 * MINUTE);
        timer.start();
        expect(timer.state).to.equal('running');
      } finally {
        clock.restore();
      }
    }));

  it('any widget: a locale chunk that never answers shows English after a wait, and may switch later', () =>
    run('locale chunk never answers', async (warn) => {
      // The timer's own French messages; the shared ones load as usual.
      const loaders = localeLoaders.fr as Record<string, () => Promise<unknown>>;
      const original = loaders.timer;
      let answer: () => void = () => undefined;
      loaders.timer = () => new Promise((resolve) => (answer = () => void original().then(resolve)));
      const clock = fakeClock();
      try {
        const timer = document.createElement('spasm-timer');
        timer.lang = 'fr';
        document.body.append(timer);
        await clock.tickAsync(LOCALE_WAIT_MS);
        await waitFor(() => partText(timer, 'primary-button') === 'Start', 'English after the wait');
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain('did not load within');
        answer();
        await waitFor(() => partText(timer, 'primary-button') !== 'Start', 'French once it arrives');
        timer.remove();
      } finally {
        clock.restore();
        loaders.timer = original;
      }
    }));

  it('any widget: storage code that fails to load means no storage, one warning', () =>
    run('persistence chunk fails to load', async (warn) => {
      class Host extends LitElement {
        static override properties = { persist: { type: Boolean } };
        persist = true;
        storageKey = 'k';
      }
      customElements.define('robustness-persist-host', Host);
      const host = document.createElement('robustness-persist-host') as Host;
      document.body.append(host);
      const persistence = new Persistence<number>(
        host,
        lazy(() => Promise.reject(new TypeError('404'))),
        {
          snapshot: () => 1,
          adopt: () => undefined,
          now: Date.now,
        }
      );
      await persistence.matchSettings();
      let started = false;
      persistence.whenOpen(() => (started = true));
      expect(started).to.equal(true);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('storage did not open (TypeError: 404); using no storage.');
      host.remove();
    }));

  const attributeCases: [string, string, string | null, number, string][] = [
    ['minutes=""', 'minutes', '', 0, '15:00'],
    ['minutes removed', 'minutes', null, 0, '15:00'],
    ['minutes="0x10"', 'minutes', '0x10', 1, '15:00'],
    ['minutes="Infinity"', 'minutes', 'Infinity', 1, '15:00'],
    ['minutes="15.5"', 'minutes', '15.5', 1, '16:00'],
    ['persist="false"', 'persist', 'false', 1, '12:00'],
  ];
  for (const [name, attribute, value, warnings, shown] of attributeCases) {
    it(`timer: ${name}`, () =>
      run('attributes', async (warn) => {
        const timer = await fixture<SpasmTimer>(html`<spasm-timer minutes="12"></spasm-timer>`);
        warn.resetHistory();
        if (value === null) timer.removeAttribute(attribute);
        else timer.setAttribute(attribute, value);
        await timer.updateComplete;
        expect(warn.callCount, warn.args.join('\n')).to.equal(warnings);
        if (warnings) expect(String(warn.firstCall.args[0])).to.contain(JSON.stringify(value));
        expect(partText(timer, 'time')).to.equal(shown);
      }));
  }

  it('checklist: two JSON children, an empty list, and 20,000 steps', () =>
    run('content documents', async (warn) => {
      const two = await fixture<SpasmChecklist>(
        html`<spasm-checklist>
          <script type="application/json">
            [{ "id": "a", "title": "A" }]
          </script>
          <script type="application/json">
            [{ "id": "b", "title": "B" }]
          </script>
        </spasm-checklist>`
      );
      expect(two.total).to.equal(1);
      expect(warn.args.join('\n')).to.contain('only one is read');
      warn.resetHistory();
      const empty = await fixture<SpasmChecklist>(html`<spasm-checklist .steps=${[]}></spasm-checklist>`);
      expect(empty.total).to.equal(6);
      expect(warn.callCount).to.equal(1);
      warn.resetHistory();
      const huge = Array.from({ length: 20_000 }, (_, i) => ({ id: `s${i}`, title: `Step ${i}` }));
      const capped = await fixture<SpasmChecklist>(html`<spasm-checklist .steps=${huge}></spasm-checklist>`);
      expect(capped.total).to.equal(50);
      expect(String(warn.firstCall.args[0])).to.contain('more than 50 steps');
    }));

  it('checklist: setting steps back to undefined brings back the JSON child, then the defaults', () =>
    run('content documents', async () => {
      const list = await fixture<SpasmChecklist>(
        html`<spasm-checklist>
          <script type="application/json">
            [{ "id": "child", "title": "From the child" }]
          </script>
        </spasm-checklist>`
      );
      list.steps = [{ id: 'prop', title: 'From the property' }];
      await list.updateComplete;
      expect(list.total).to.equal(1);
      list.steps = undefined;
      await list.updateComplete;
      expect(partText(list, 'steps')).to.contain('From the child');
      list.querySelector('script')!.remove();
      await waitFor(() => list.total === 6, 'the default steps');
    }));
});

describe('robustness: another tab on the same storage key', () => {
  it('a session another tab started (the storage event) is followed, not replaced', async () => {
    const clock = fakeClock();
    try {
      const timer = await fixture<SpasmTimer>(html`<spasm-timer persist storage-key="tabs"></spasm-timer>`);
      const now = Date.now();
      const other = {
        version: 2,
        state: { status: 'running', mode: 'heat', durationMs: 10 * MINUTE, startedAt: now, endsAt: now + 10 * MINUTE },
        changedAt: now,
        history: [],
      };
      localStorage.setItem('tabs', JSON.stringify(other));
      dispatchEvent(new StorageEvent('storage', { key: 'tabs' }));
      await timer.updateComplete;
      expect(timer.state).to.equal('running');
      expect(partText(timer, 'time')).to.equal('10:00');
      timer.start();
      expect(timer.remainingMs).to.equal(10 * MINUTE);
      await clock.tickAsync(10 * MINUTE);
      expect(timer.state).to.equal('done');
      expect(JSON.parse(localStorage.getItem('tabs')!).history).to.have.length(1);
    } finally {
      clock.restore();
      localStorage.clear();
    }
  });
});

describe('never blank: host content whose checker loads late or not at all', () => {
  type Item = { id: string };
  class ContentHost extends LitElement {
    loads = 0;
    fail = false;
    readonly content = new HostContent<Item>(
      this,
      'items',
      lazy(async () => {
        this.loads++;
        if (this.fail) throw new Error('offline');
        await new Promise((resolve) => setTimeout(resolve, 20));
        return (input: unknown) => ({ items: input as Item[], problems: [] });
      })
    );
  }
  customElements.define('content-host-test', ContentHost);
  afterEach(() => sinon.restore());

  it('a checker that cannot load warns once and the defaults are used', async () => {
    const warn = sinon.stub(console, 'warn');
    const host = await fixture<ContentHost>(html`<content-host-test></content-host-test>`);
    host.fail = true;
    host.content.value = [{ id: 'a' }];
    await host.content.ready;
    expect(host.content.items).to.deep.equal([]);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain(
      'its check could not load (Error: offline); using the default items'
    );
  });

  it('content set twice while the checker loads: the latest wins, and the update waited for it', async () => {
    const host = await fixture<ContentHost>(html`<content-host-test></content-host-test>`);
    host.content.value = [{ id: 'first' }];
    host.content.value = [{ id: 'second' }];
    await host.content.ready;
    expect(host.content.items).to.deep.equal([{ id: 'second' }]);
    // Once loaded, the checker is kept: later content is checked at once.
    host.content.value = [{ id: 'third' }];
    expect(host.content.items).to.deep.equal([{ id: 'third' }]);
    expect(host.loads).to.equal(1);
  });
});
