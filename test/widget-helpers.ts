/**
 * What the checklist's and the quiz's tests share: a widget given host
 * content either way a host can give it, and the checks of what it makes of
 * bad or hostile content.
 */
import { expect, fixture, html, unsafeStatic } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type sinon from 'sinon';
import { warningText } from './helpers.js';

/** Text as a reader gets it: whitespace folded, ends trimmed. */
export const folded = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A `tag` widget with host content: text goes in a child
 * `<script type="application/json">`, anything else is set as `property`.
 */
export async function withHostContent<T extends LitElement>(
  tag: string,
  property: string,
  content: unknown
): Promise<T> {
  const widget =
    typeof content === 'string'
      ? await fixture<T>(
          html`<${unsafeStatic(tag)}
            ><script type="application/json">
              ${content}
            </script></${unsafeStatic(tag)}
          >`
        )
      : await fixture<T>(html`<${unsafeStatic(tag)} .${unsafeStatic(property)}=${content}></${unsafeStatic(tag)}>`);
  await widget.updateComplete;
  return widget;
}

/** Exactly one warning, about `input` of `widget` (`<spasm-quiz> questions=…`), that says `problem`. */
export function expectOneWarning(warn: sinon.SinonStub, widget: Element, input: string, problem: RegExp): void {
  expect(warn.callCount).to.equal(1);
  expect(warningText(warn)).to.match(new RegExp(`^<${widget.localName}> ${input}=`));
  expect(warningText(warn)).to.match(problem);
}

/**
 * Host text shows as text, never as markup: `payload` is an image whose
 * error handler would set `window[flag]`.
 */
export const hostilePayload = (flag: string): string => `<img src=x onerror="window.${flag} = 1">`;

export async function expectNoMarkupRan(widget: Element, flag: string): Promise<void> {
  // An image's error handler would have run by then.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(widget.shadowRoot!.querySelector('img')).to.equal(null);
  expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
}

/** A content check kept the items with `ids` and reported problems matching `problems`, in order. */
export function expectReport(
  report: { items: { id: string }[]; problems: string[] },
  ids: string[],
  problems: RegExp[]
): void {
  expect(report.items.map((item) => item.id)).to.deep.equal(ids);
  expect(report.problems).to.have.length(problems.length);
  problems.forEach((pattern, index) => expect(report.problems[index]).to.match(pattern));
}
