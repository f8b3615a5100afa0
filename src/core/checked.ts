import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * `?checked=${checkedState(on)}`: a checkbox's or radio's state, both live
 * (set on the element at each render, as `.checked=${on}` would, also after
 * the user changed it) and in the HTML a server renders, where a `.checked`
 * binding would be written as `checked="false"`, which checks the box.
 */
class CheckedState extends Directive {
  render(on: boolean): boolean {
    return on;
  }

  override update(part: AttributePart, [on]: [boolean]): boolean {
    (part.element as HTMLInputElement).checked = on;
    return on;
  }
}

export const checkedState = directive(CheckedState);
