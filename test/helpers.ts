import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { LitElement } from 'lit';
/** 09:00 local time on a fixed day, so clock times and "today" are predictable. */
export const MORNING = new Date(2026, 10, 22, 9, 0, 0).getTime();
export const MINUTE = 60_000;

/** A controllable clock: Date and timers are faked; promises (Lit's updates) are not. */
export function fakeClock(now = MORNING): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now,
    toFake: ['Date', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
}

/**
 * Waits until a timer's time is named in words: after the first paint that
 * follows its first render (spasm-timer.ts `#timeInWords`). With a fake
 * `clock`, ticks it for the task that comes after the frame.
 */
export async function timeNamedInWords(timer: LitElement, clock?: sinon.SinonFakeTimers): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (clock) await clock.tickAsync(0);
  else await new Promise((resolve) => setTimeout(resolve));
  await timer.updateComplete;
}

/** Captures console.warn calls; restore with `sinon.restore()`. */
export function captureWarnings(): sinon.SinonStub {
  return sinon.stub(console, 'warn');
}

/** The text of a warning call, whatever its arguments. */
export function warningText(stub: sinon.SinonStub, call = 0): string {
  return stub.getCall(call).args.map(String).join(' ');
}

/** Pretends the page is hidden or visible, as switching tabs does. */
export function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function restorePageVisibility(): void {
  delete (document as unknown as Record<string, unknown>).hidden;
  delete (document as unknown as Record<string, unknown>).visibilityState;
}

/**
 * A widget test's clean start, for `beforeEach`: no state stored by an earlier
 * test, and the fake clock at `now`. Undo it with `cleanUp(clock)`.
 */
export function cleanStart(now = MORNING): sinon.SinonFakeTimers {
  localStorage.clear();
  return fakeClock(now);
}

/**
 * Puts back, for `afterEach`, what a widget test may change: the fake `clock`
 * if it has one, sinon's fakes, the page's visibility, and the stored state.
 */
export function cleanUp(clock?: sinon.SinonFakeTimers): void {
  clock?.restore();
  sinon.restore();
  restorePageVisibility();
  localStorage.clear();
}

/** Text as a reader gets it: whitespace folded, ends trimmed. */
const folded = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Visible text of a shadow-DOM part, whitespace folded. */
export function partText(host: Element, part: string): string {
  return folded(host.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent);
}

export function part<T extends Element = HTMLElement>(host: Element, part: string): T {
  const element = host.shadowRoot?.querySelector<T>(`[part~="${part}"]`);
  if (!element) throw new Error(`no part "${part}" in <${host.localName}>`);
  return element;
}

/** The polite live regions in a widget's shadow DOM: `role="status"` or `aria-live="polite"`. */
export function liveRegions(host: Element): Element[] {
  return [...(host.shadowRoot?.querySelectorAll('[role="status"], [aria-live="polite"]') ?? [])];
}

/** What the widget's live region says now, whitespace folded. */
export function liveRegionText(host: Element): string {
  const [region] = liveRegions(host);
  if (!region) throw new Error(`no live region in <${host.localName}>`);
  return folded(region.textContent);
}

/** The detail type of a widget event, from the `GlobalEventHandlersEventMap` each widget declares. */
type DetailOf<Name extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/** One recorded event: its name and its detail, typed by name. */
export type RecordedEvent<Name extends keyof GlobalEventHandlersEventMap> = {
  [Each in Name]: { type: Each; detail: DetailOf<Each> };
}[Name];

/** Records every event of `types` on `target`, in the order they fire, from now on. */
export function recordEvents<Name extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  types: readonly Name[]
): RecordedEvent<Name>[] {
  const events: RecordedEvent<Name>[] = [];
  for (const type of types) {
    target.addEventListener(type, (event) =>
      events.push({ type, detail: (event as CustomEvent).detail } as RecordedEvent<Name>)
    );
  }
  return events;
}

/**
 * Expects every shown element matching `selector` in the widget's shadow DOM to be
 * a tap target of at least 44 by 44 CSS pixels (WCAG 2.5.5), and at least `atLeast`
 * of them. Elements with no box (display: none, as the timer's mode switch while
 * a session runs) are not targets.
 */
export function expectTapTargets(host: Element, selector: string, atLeast = 1): void {
  const targets = [...(host.shadowRoot?.querySelectorAll(selector) ?? [])].filter(
    (target) => target.getClientRects().length > 0
  );
  expect(targets.length, `tap targets "${selector}" in <${host.localName}>`).to.be.at.least(atLeast);
  for (const target of targets) {
    const { width, height } = target.getBoundingClientRect();
    const name = `${target.localName} "${folded(target.textContent)}"`;
    expect(width, `width of ${name}`).to.be.at.least(44);
    expect(height, `height of ${name}`).to.be.at.least(44);
  }
}

/**
 * Runs axe on `element` and expects no violations. axe schedules its work with
 * timers: under a fake `clock`, the clock is run in small steps until it is done.
 */
export async function expectAccessible(element: Element, clock?: sinon.SinonFakeTimers): Promise<void> {
  if (!clock) {
    await expect(element).to.be.accessible();
    return;
  }
  let finished = false;
  const check = Promise.resolve(expect(element).to.be.accessible()).finally(() => (finished = true));
  while (!finished) await clock.tickAsync(5);
  await check;
}

/**
 * One turn of the event loop: a task posted through a MessageChannel, after every
 * pending microtask (Lit updates, promise callbacks). Not a timer, so a fake clock
 * neither stops nor counts it, and network responses (module loads) get their turn.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The real monotonic clock, kept before any test fakes `performance`. */
const realNow = performance.now.bind(performance);

/**
 * Waits until `condition()` holds, checking after every turn of the event loop;
 * fails with `message` after `within` ms of real time. The bound reads the
 * real `performance.now()`, so it works under fake timers too; what needs
 * the fake clock to move must be ticked instead.
 */
export async function waitFor(condition: () => unknown, message: string, within = 2000): Promise<void> {
  const start = realNow();
  while (!condition()) {
    if (realNow() - start > within) throw new Error(`Timed out after ${within} ms waiting for ${message}`);
    await nextTask();
  }
}

/**
 * Waits until a widget has rendered in `locale` and has no update pending: its
 * locale module loads asynchronously, and lang changes reach it through a
 * MutationObserver. The rendered locale is the `lang` of its `base` part.
 */
export async function renderedIn(
  element: HTMLElement & { isUpdatePending: boolean },
  locale: string,
  within?: number
): Promise<void> {
  await waitFor(
    () =>
      !element.isUpdatePending && element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === locale,
    `<${element.localName}> to render in "${locale}"`,
    within
  );
}

/**
 * Adopts the media rules of `element`'s shadow root for which `matches` holds
 * as plain rules: how a test puts a widget under print media or reduced
 * motion in Firefox, where WebDriver BiDi can't emulate media (Chromium does
 * it with emulateMedia). Returns how many rules it adopted.
 */
export function adoptMediaRules(element: Element, matches: (rule: CSSMediaRule) => boolean): number {
  const root = element.shadowRoot!;
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && matches(rule))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return rules.length;
}
