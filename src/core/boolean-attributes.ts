import type { LitElement } from 'lit';
import { warnInput } from './warn.js';

/**
 * `persist="false"`, `sound="off"`: HTML counts a boolean attribute's
 * presence, not its value, so the widget is on, which the host may not
 * expect. Says so when `name` is one of the element's boolean attributes.
 * Loaded only when an attribute's value reads as "off" (spasm-element.ts).
 */
export function warnOffLookingBoolean(element: LitElement, name: string, value: string): void {
  for (const [property, options] of (element.constructor as typeof LitElement).elementProperties) {
    const attribute = typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase();
    if (options.type === Boolean && attribute === name)
      warnInput(
        element.localName,
        name,
        value,
        'a boolean attribute is on whatever its value (remove it to turn it off)',
        'on'
      );
  }
}
