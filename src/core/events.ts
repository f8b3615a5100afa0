/**
 * Every widget event bubbles and crosses shadow roots, so a host can listen
 * on the widget, an ancestor or `document`. Fired only on user action or
 * elapsed time, never from a property set.
 */
export function emit<Detail>(target: EventTarget, type: string, detail: Detail): void {
  target.dispatchEvent(new CustomEvent<Detail>(type, { detail, bubbles: true, composed: true }));
}
