import sinon from 'sinon';

/** 09:00 local time on a fixed day, so clock times and "today" are predictable. */
export const MORNING = new Date(2026, 10, 22, 9, 0, 0).getTime();
export const MINUTE = 60_000;

/** A controllable clock: Date and timers are faked; promises (Lit's updates) are not. */
export function fakeClock(now = MORNING): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now,
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
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

/** Visible text of a shadow-DOM part, whitespace folded. */
export function partText(host: Element, part: string): string {
  const element = host.shadowRoot?.querySelector(`[part~="${part}"]`);
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part<T extends Element = HTMLElement>(host: Element, part: string): T {
  const element = host.shadowRoot?.querySelector<T>(`[part~="${part}"]`);
  if (!element) throw new Error(`no part "${part}" in <${host.localName}>`);
  return element;
}

/**
 * Waits until a widget has rendered in its language: a locale module loads
 * asynchronously, then the widget renders again.
 */
export async function settled(element: { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 5; i++) await element.updateComplete;
}
