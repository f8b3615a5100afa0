/**
 * Every widget event bubbles and crosses shadow roots, so a host can listen
 * on the widget, an ancestor or `document`. Fired only on user action or
 * elapsed time, never from a property set.
 *
 * Typed against `GlobalEventHandlersEventMap`, where each widget declares
 * its events: a misspelt name or a wrong detail does not compile.
 */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: EventDetail<K>
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
