/**
 * Issue 28 §2-4: storage that fails, is shared or is written over never loses
 * progress silently. Each case is a failure measured from outside: storage
 * full, another script writing over a key, two kinds of widget given one
 * `storage-key`, and a stored attempt or ticks meeting their content in any
 * order (a property set before the element was defined, late chunks).
 *
 * A reload is a new element on the same storage (both storages are the
 * page's: an iframe, or the next load of this tab, sees the same), except in
 * the last part, where the order of modules matters: there each load is a
 * fresh page in an iframe, with its chunks held back by an import map.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define.js';
import type { SpasmChecklist } from '../../src/checklist/spasm-checklist.js';
import type { SpasmQuiz } from '../../src/quiz/spasm-quiz.js';
import type { SpasmTimer } from '../../src/timer/spasm-timer.js';
import { choose, press, QUESTIONS, tickStep } from '../fixtures.js';
import { fakeClock, MINUTE, partText, restorePageVisibility, setPageHidden, waitFor } from '../helpers.js';
import { Tally } from './report.js';

const KEY = 'back';
const NOTE = "Your progress can't be saved on this device.";

const tally = new Tally();
/** Widgets of the current case that came back from a reload with nothing shown. */
let blankInCase = 0;

/** What a case found: each must be false. `bypass` where a rest is at stake: a session could start in it. */
interface Found {
  lost: boolean;
  silent: boolean;
  bypass?: boolean;
}

/**
 * Runs a case in its category's row: `body` returns what it found, `lost` (progress a reload did not bring
 * back) and `silent` (a failure nobody was told of); both must be false, and nothing thrown.
 */
async function run(category: string, body: (warn: sinon.SinonStub) => Promise<Found>): Promise<void> {
  const row = tally.row(category, { lost: 0, blank: 0 });
  row.cases++;
  tally.uncaught = [];
  blankInCase = 0;
  const warn = sinon.stub(console, 'warn');
  let found: Found = { lost: true, silent: true };
  try {
    found = await body(warn);
  } finally {
    warn.restore();
    row.uncaught += tally.uncaught.length;
    row.lost = (row.lost ?? 0) + (found.lost ? 1 : 0);
    row.silent += found.silent ? 1 : 0;
    row.blank = (row.blank ?? 0) + (blankInCase ? 1 : 0);
    if (found.bypass !== undefined) row.bypass = (row.bypass ?? 0) + (found.bypass ? 1 : 0);
  }
  expect(tally.uncaught.map(String), 'uncaught errors').to.deep.equal([]);
  expect(blankInCase, 'widgets shown blank').to.equal(0);
  expect(found).to.deep.include({ lost: false, silent: false });
  expect(found.bypass ?? false, 'a session started in the rest').to.equal(false);
}

const warnings = (warn: sinon.SinonStub) => warn.args.map((args) => args.map(String).join(' '));

/** Fills localStorage to the last few bytes; `localStorage.clear()` empties it again. */
function fillLocalStorage(): void {
  let chunk = 'x'.repeat(1 << 20);
  for (let i = 0; chunk.length > 4; i++) {
    try {
      localStorage.setItem(`filler-${i}`, chunk);
    } catch {
      chunk = chunk.slice(chunk.length / 2);
    }
  }
}

/** A second or later visit: the element taken out, and a new one on the same storage. */
async function reload<T extends HTMLElement>(old: HTMLElement, markup: () => Promise<T>): Promise<T> {
  old.remove();
  const element = await markup();
  if (!element.shadowRoot?.querySelector('[part~="base"]')) blankInCase++;
  return element;
}

const checklist = () => fixture<SpasmChecklist>(html`<spasm-checklist persist storage-key=${KEY}></spasm-checklist>`);
const timer = () => fixture<SpasmTimer>(html`<spasm-timer persist storage-key=${KEY}></spasm-timer>`);
const quiz = () => fixture<SpasmQuiz>(html`<spasm-quiz persist storage-key=${KEY}></spasm-quiz>`);

/** What each kind of widget does for the pairs below, and whether a reload brought it back. */
const kinds = {
  checklist: {
    open: checklist,
    async act(list: HTMLElement) {
      tickStep(list, 1);
      await (list as SpasmChecklist).updateComplete;
    },
    kept: (list: HTMLElement) => (list as SpasmChecklist).done === 1,
  },
  timer: {
    open: timer,
    async act(element: HTMLElement, clock?: sinon.SinonFakeTimers) {
      (element as SpasmTimer).start();
      await clock!.tickAsync(15 * MINUTE);
    },
    kept: (element: HTMLElement) => (element as SpasmTimer).nextSessionAt !== null,
  },
  quiz: {
    open: quiz,
    async act(element: HTMLElement) {
      await firstAnswer(element as SpasmQuiz);
    },
    kept: (element: HTMLElement) => partText(element, 'position') === 'Question 2 of 8',
  },
};
type Kind = keyof typeof kinds;

/** Answers the quiz's first question with its first option, and goes on to the second. */
async function firstAnswer(element: SpasmQuiz): Promise<void> {
  element.shadowRoot!.querySelector<HTMLInputElement>('[part="question"] input')!.click();
  await press(element, 'check-button');
  await press(element, 'next-button');
}

tally.listen();

describe('robustness: storage', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    setPageHidden(true);
  });
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    restorePageVisibility();
  });

  describe('localStorage full: a calm line, a warning, and the tab keeps the progress', () => {
    it('checklist: ticks survive a reload', () =>
      run('storage full', async (warn) => {
        const first = await checklist();
        fillLocalStorage();
        tickStep(first, 0);
        tickStep(first, 2);
        await first.updateComplete;
        const told = partText(first, 'storage-note') === NOTE && warn.callCount === 1;
        const second = await reload(first, checklist);
        second.remove();
        return { lost: second.done !== 2, silent: !told };
      }));

    it('timer: a session and its rest survive a reload; no new session starts at once', () =>
      run('storage full', async (warn) => {
        const clock = fakeClock();
        try {
          fillLocalStorage();
          const first = await timer();
          first.start();
          await clock.tickAsync(15 * MINUTE);
          await first.updateComplete;
          const told = partText(first, 'storage-note') === NOTE && warnings(warn).join().includes('sessionStorage');
          const second = await reload(first, timer);
          second.start();
          const bypass = second.state === 'running';
          const lost = second.nextSessionAt === null && !bypass;
          second.remove();
          return { lost, silent: !told, bypass };
        } finally {
          clock.restore();
        }
      }));

    it('timer: a running session survives a reload', () =>
      run('storage full', async () => {
        const clock = fakeClock();
        try {
          fillLocalStorage();
          const first = await timer();
          first.start();
          await clock.tickAsync(5 * MINUTE);
          const second = await reload(first, timer);
          const lost = second.state !== 'running' || second.remainingMs !== 10 * MINUTE;
          const told = partText(first, 'storage-note') === NOTE;
          second.remove();
          return { lost, silent: !told };
        } finally {
          clock.restore();
        }
      }));

    it('quiz: an unfinished attempt survives a reload', () =>
      run('storage full', async (warn) => {
        fillLocalStorage();
        const first = await quiz();
        await firstAnswer(first);
        const told = partText(first, 'storage-note') === NOTE && warn.callCount === 1;
        const second = await reload(first, quiz);
        const lost = partText(second, 'position') !== 'Question 2 of 8';
        second.remove();
        return { lost, silent: !told };
      }));

    it('storage blocked altogether: the line shows, and the widget works on', () =>
      run('storage full', async (warn) => {
        sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
        sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('denied', 'SecurityError'));
        try {
          const list = await checklist();
          tickStep(list, 0);
          await list.updateComplete;
          const worked = list.done === 1;
          const told = partText(list, 'storage-note') === NOTE && warn.callCount === 1;
          list.remove();
          return { lost: !worked, silent: !told };
        } finally {
          sinon.restore();
        }
      }));
  });

  describe('another script writes over a timer’s key every 10 ms: warned once, the rest never shortened', () => {
    /**
     * Runs `body` on a fake clock; `writeOver(text)` starts another script writing `text` over the key every
     * 10 ms until the case ends or the function it returns is called. `toldOnce` is whether that was warned
     * about exactly once.
     */
    async function underForeignWrites(
      warn: sinon.SinonStub,
      body: (
        clock: sinon.SinonFakeTimers,
        writeOver: (text: string) => () => void,
        toldOnce: () => boolean
      ) => Promise<Found>
    ): Promise<Found> {
      const clock = fakeClock();
      let writer: ReturnType<typeof setInterval> | undefined;
      const writeOver = (text: string) => {
        writer = setInterval(() => localStorage.setItem(KEY, text), 10);
        return () => clearInterval(writer);
      };
      const toldOnce = () => warnings(warn).filter((line) => line.includes('another script')).length === 1;
      try {
        return await body(clock, writeOver, toldOnce);
      } finally {
        clearInterval(writer);
        clock.restore();
      }
    }

    const writes: [string, string][] = [
      ['garbage', '{"version":2,"state":'],
      ['wrong types', '{"version":"2","state":42,"changedAt":"now","history":{}}'],
      ['null', 'null'],
      ['another format', '{"sessions":[]}'],
    ];
    for (const [name, text] of writes) {
      it(`${name}, during a rest: a start is refused, and after a reload too`, () =>
        run('another script writes over the key', (warn) =>
          underForeignWrites(warn, async (clock, writeOver, toldOnce) => {
            const first = await timer();
            first.start();
            await clock.tickAsync(15 * MINUTE);
            writeOver(text);
            await clock.tickAsync(1000);
            first.start();
            const refusedBefore = first.state === 'done';
            await clock.tickAsync(1000);
            const second = await reload(first, timer);
            await clock.tickAsync(1000);
            second.start();
            const bypass = !refusedBefore || second.state === 'running';
            second.remove();
            return { lost: second.nextSessionAt === null && !bypass, silent: !toldOnce(), bypass };
          })
        ));
    }

    it('garbage, during a session: it ends on time, counted, and a reload keeps its rest', () =>
      run('another script writes over the key', (warn) =>
        underForeignWrites(warn, async (clock, writeOver, toldOnce) => {
          const first = await timer();
          first.start();
          await clock.tickAsync(15 * MINUTE - 10_000);
          writeOver('null');
          await clock.tickAsync(10_000);
          const second = await reload(first, timer);
          second.start();
          const bypass = second.state === 'running';
          const lost = second.state !== 'done' && !bypass;
          second.remove();
          return { lost, silent: !toldOnce(), bypass };
        })
      ));
    it('garbage, then another tab starts a session: this tab sees it, though it keeps a copy of its own', () =>
      run('another script writes over the key', (warn) =>
        underForeignWrites(warn, async (clock, writeOver, toldOnce) => {
          const first = await timer();
          const stopWriting = writeOver('null');
          await clock.tickAsync(1000);
          // Its saves find the garbage: told, and from now on each save keeps a copy in this tab.
          first.start();
          first.reset();
          stopWriting();
          await clock.tickAsync(MINUTE);
          const now = Date.now();
          const running = {
            status: 'running',
            mode: 'cold',
            durationMs: 15 * MINUTE,
            startedAt: now,
            endsAt: now + 15 * MINUTE,
          };
          localStorage.setItem(
            KEY,
            JSON.stringify({ version: 2, widget: 'timer', state: running, changedAt: now, history: [] })
          );
          dispatchEvent(new StorageEvent('storage', { key: KEY }));
          await first.updateComplete;
          // Unseen, this tab would let a second session start over the other tab's.
          const seen = first.state === 'running';
          first.remove();
          return { lost: !seen, silent: !toldOnce() };
        })
      ));
  });

  describe('two kinds of widget on one storage-key: one warning, both kept', () => {
    const pairs: [Kind, Kind][] = [
      ['checklist', 'timer'],
      ['timer', 'checklist'],
      ['checklist', 'quiz'],
      ['quiz', 'checklist'],
      ['timer', 'quiz'],
      ['quiz', 'timer'],
    ];
    for (const [a, b] of pairs) {
      it(`${a} then ${b}, each acting in turn, then both reloaded`, () =>
        run('two kinds on one storage-key', async (warn) => {
          const clock = fakeClock();
          try {
            let first: HTMLElement = await kinds[a].open();
            let second: HTMLElement = await kinds[b].open();
            await kinds[a].act(first, clock);
            await kinds[b].act(second, clock);
            first.remove();
            second.remove();
            // Reloaded in either order: the page may connect them the other way round.
            second = await reload<HTMLElement>(second, kinds[b].open);
            first = await reload<HTMLElement>(first, kinds[a].open);
            const lost = !kinds[a].kept(first) || !kinds[b].kept(second);
            first.remove();
            second.remove();
            const told = warnings(warn).filter((line) => line.includes(`storage-key="${KEY}"`)).length >= 1;
            return { lost, silent: !told };
          } finally {
            clock.restore();
          }
        }));
    }
  });
});

/**
 * A fresh page in an iframe, as a reload gives: the widgets' modules load anew, in the order the page's
 * script says, and each chunk in `late` (a module of src/, e.g. 'quiz/quiz-check') waits until released.
 */
class Page {
  readonly frame = document.createElement('iframe');
  /** `define`: the module that defines the page's widgets, e.g. 'quiz/define'. */
  constructor(define: string, script: string, late: string[] = []) {
    const url = (module: string) => new URL(`../../src/${module}.ts`, import.meta.url).href;
    const imports = Object.fromEntries(
      late.map((module) => [
        url(module),
        `data:text/javascript,${encodeURIComponent(
          `window.waiting = { ...window.waiting, ${JSON.stringify(module)}: true };
          await new Promise((release) => (window.release = { ...window.release, ${JSON.stringify(module)}: release }));
          export * from ${JSON.stringify(`${url(module)}?late`)};`
        )}`,
      ])
    );
    this.frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script type="importmap">${JSON.stringify({ imports })}</script>
      <script type="module">
        const define = ${JSON.stringify(url(define))};
        ${script}
      </script></body></html>`;
    document.body.append(this.frame);
  }
  get window(): Window & { waiting?: Record<string, boolean>; release?: Record<string, () => void> } {
    return this.frame.contentWindow as never;
  }
  element<T extends HTMLElement>(selector: string): T {
    return this.frame.contentDocument!.querySelector<T>(selector)!;
  }
  /** Waits until the page asks for `module`, then lets it load. */
  async release(module: string): Promise<void> {
    await waitFor(() => this.window.release?.[module], `the page to ask for ${module}`, 5000);
    this.window.release![module]();
  }
  remove(): void {
    this.frame.remove();
  }
}

/** The quiz's stored attempt: the first of three questions answered, the second shown. */
const ATTEMPT = {
  version: 2,
  order: ['tf', 'one', 'many'],
  options: [
    ['true', 'false'],
    ['heat', 'cold'],
    ['walk', 'stretch', 'bed'],
  ],
  answers: [['true'], null, null],
  index: 1,
};
const STEPS = [
  { id: 'a', title: 'Walk' },
  { id: 'b', title: 'Stretch' },
  { id: 'c', title: 'Rest' },
];

describe('robustness: a stored attempt and ticks whatever the order of definition, content and chunks', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  const questions = JSON.stringify(QUESTIONS);
  const steps = JSON.stringify(STEPS);
  /** How the page adds its widget: `content` is the property's name and value, as JSON. */
  const orders = (tag: string, property: string, content: string) => {
    /** Defined first, then the property set on a new element before it joins the page. */
    const propertyFirst = `await import(define);
        const widget = document.createElement('${tag}');
        widget.setAttribute('persist', ''); widget.setAttribute('storage-key', '${KEY}');
        widget.${property} = ${content};
        document.body.append(widget);`;
    return {
      'content set before the element is defined': {
        script: `const widget = document.createElement('${tag}');
        widget.setAttribute('persist', ''); widget.setAttribute('storage-key', '${KEY}');
        widget.${property} = ${content};
        document.body.append(widget);
        await import(define);`,
        late: [],
      },
      'persist and content set before the element is defined': {
        script: `const widget = document.createElement('${tag}');
        widget.persist = true; widget.storageKey = '${KEY}';
        widget.${property} = ${content};
        document.body.append(widget);
        await import(define);`,
        late: [],
      },
      'content set after the first render': {
        script: `await import(define);
        const widget = document.createElement('${tag}');
        widget.setAttribute('persist', ''); widget.setAttribute('storage-key', '${KEY}');
        document.body.append(widget);
        await widget.updateComplete;
        widget.${property} = ${content};`,
        late: [],
      },
      'a JSON child, its check code late': {
        script: `await import(define);
        const widget = document.createElement('${tag}');
        widget.setAttribute('persist', ''); widget.setAttribute('storage-key', '${KEY}');
        widget.innerHTML = '<script type="application/json">' + JSON.stringify(${content}) + '<' + '/script>';
        document.body.append(widget);`,
        late: ['check'],
      },
      'the property, its check code late': {
        script: propertyFirst,
        late: ['check'],
      },
      'the property, the storage code late': {
        script: propertyFirst,
        late: ['storage'],
      },
      'the property, its check code later than the storage code': {
        script: propertyFirst,
        late: ['storage', 'check'],
      },
    };
  };

  const widgets = [
    {
      tag: 'spasm-quiz',
      folder: 'quiz',
      chunks: { check: 'quiz/quiz-check', storage: 'quiz/quiz-storage' },
      store: () => localStorage.setItem(KEY, JSON.stringify(ATTEMPT)),
      orders: orders('spasm-quiz', 'questions', questions),
      kept: (quiz: HTMLElement) => partText(quiz, 'position') === 'Question 2 of 3' && (quiz as SpasmQuiz).score === 1,
    },
    {
      tag: 'spasm-checklist',
      folder: 'checklist',
      chunks: { check: 'checklist/checklist-check', storage: 'checklist/checklist-storage' },
      store: () => localStorage.setItem(KEY, JSON.stringify({ version: 1, ticked: ['a', 'c'] })),
      orders: orders('spasm-checklist', 'steps', steps),
      kept: (list: HTMLElement) => (list as SpasmChecklist).done === 2 && (list as SpasmChecklist).total === 3,
    },
  ];

  for (const widget of widgets) {
    for (const [name, { script, late }] of Object.entries(widget.orders)) {
      it(`${widget.tag}: ${name}`, () =>
        run('order of definition, content and chunks', async () => {
          widget.store();
          const chunks = late.map((chunk) => widget.chunks[chunk as 'check' | 'storage']);
          const page = new Page(`${widget.folder}/define`, script, chunks);
          try {
            for (const chunk of chunks) await page.release(chunk);
            const shown = () => page.element<HTMLElement>(widget.tag);
            await waitFor(
              () => shown()?.shadowRoot?.querySelector('[part~="base"]') && partText(shown(), 'title'),
              `<${widget.tag}> to render`,
              5000
            );
            // Whatever is still on its way (a chunk, the content's check) arrives: real module loads, which took
            // over 1.5 s in Firefox on a loaded CI; a widget that keeps the progress ends the wait at once.
            await waitFor(() => widget.kept(shown()), 'the stored progress', 5000).catch(() => undefined);
            const kept = widget.kept(shown());
            // A user who then acts keeps it too: storage was never written over with a fresh state.
            const stored = localStorage.getItem(KEY);
            return { lost: !kept || stored === null, silent: false };
          } finally {
            page.remove();
          }
        }));
    }
  }

  it('spasm-checklist: persist set before the element is defined, the default steps', () =>
    run('order of definition, content and chunks', async () => {
      localStorage.setItem(KEY, JSON.stringify({ version: 1, ticked: ['stop', 'move'] }));
      const page = new Page(
        'checklist/define',
        `const widget = document.createElement('spasm-checklist');
        widget.persist = true; widget.storageKey = '${KEY}';
        document.body.append(widget);
        await import(define);`
      );
      try {
        const shown = () => page.element<SpasmChecklist>('spasm-checklist');
        await waitFor(() => shown()?.shadowRoot?.querySelector('[part~="steps"]'), 'the steps', 5000);
        await waitFor(() => shown().done === 2, 'the stored ticks', 5000).catch(() => undefined);
        return { lost: shown().done !== 2, silent: false };
      } finally {
        page.remove();
      }
    }));

  it('spasm-quiz: an answer checked after a late resume is saved with the stored ones', () =>
    run('order of definition, content and chunks', async () => {
      localStorage.setItem(KEY, JSON.stringify(ATTEMPT));
      const page = new Page('quiz/define', widgetsScript(), ['quiz/quiz-check']);
      try {
        await page.release('quiz/quiz-check');
        const shown = () => page.element<SpasmQuiz>('spasm-quiz');
        await waitFor(() => partText(shown(), 'position') === 'Question 2 of 3', 'the stored attempt', 5000);
        await choose(shown(), 'cold');
        await press(shown(), 'check-button');
        const stored = JSON.parse(localStorage.getItem(KEY)!) as typeof ATTEMPT;
        return { lost: JSON.stringify(stored.answers) !== JSON.stringify([['true'], ['cold'], null]), silent: false };
      } finally {
        page.remove();
      }
    }));

  function widgetsScript(): string {
    return `await import(define);
      const widget = document.createElement('spasm-quiz');
      widget.setAttribute('persist', ''); widget.setAttribute('storage-key', '${KEY}');
      widget.questions = ${questions};
      document.body.append(widget);`;
  }
});
