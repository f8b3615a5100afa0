/**
 * A row of radio buttons, the timer's one way to offer a choice: the cold/heat
 * switch and the answers to "When did the spasm start?".
 */
import { html, type TemplateResult } from 'lit';

export interface RadioRow<T extends string> {
  /** The inputs' `name`. */
  name: string;
  options: readonly T[];
  /** Whether `option` is the one checked. */
  checked(option: T): boolean;
  /** What the label shows beside the input. */
  label(option: T): unknown;
  /** The user checked an option: arrow keys check each they pass. */
  onChange(event: Event): void;
}

/** One label per option, each with its radio input. */
export function radioButtons<T extends string>({
  name,
  options,
  checked,
  label,
  onChange,
}: RadioRow<T>): TemplateResult[] {
  return options.map(
    (option) =>
      html`<label>
        <input type="radio" name=${name} .value=${option as string} .checked=${checked(option)} @change=${onChange} />
        ${label(option)}
      </label>`
  );
}
