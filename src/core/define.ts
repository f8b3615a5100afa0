import { thrownText, warnInput } from './warn.js';

/**
 * Registers a custom element without ever throwing. Embeds routinely load a
 * library twice (a CDN script plus an npm bundle): the same class again is a
 * no-op, another class under our name gets a warning and the first one stays.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === constructor) return;
  if (existing) {
    warnInput(name, 'customElements.define', name, 'already defined by another copy of the library', 'the first copy');
    return;
  }
  try {
    customElements.define(name, constructor);
  } catch (error) {
    warnInput(name, 'customElements.define', name, `could not be defined (${thrownText(error)})`, 'nothing');
  }
}
