/**
 * What every widget story is built from: the element for a story's args, its
 * language and content; the rendered element for a play function; the themed
 * page wrapper. The toolbar's language comes from the wrapper in
 * .storybook/preview.ts.
 */
import { nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';

export type WidgetTag = 'spasm-timer' | 'spasm-checklist' | 'spasm-quiz';

export interface WidgetOptions {
  /** The widget's own `lang`; without it, the toolbar's wrapper sets the language. */
  lang?: string;
  /** Properties to set, such as custom `steps` or `questions`. */
  properties?: Record<string, unknown>;
  /** Content as a host page writes it: this, as JSON in a child `<script type="application/json">`. */
  json?: unknown;
}

/**
 * Sets each entry of `attributes` as an attribute (`true`: present; `false`,
 * `undefined` or `''`: absent) and each entry of `properties` as a property.
 * Only strings, numbers and booleans are attributes: the action handlers
 * Storybook adds to the args for its Actions panel are skipped.
 */
class ApplyDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('apply() goes on an element');
  }

  render(_attributes: object, _properties?: Record<string, unknown>) {
    return nothing;
  }

  override update(part: ElementPart, [attributes, properties]: Parameters<this['render']>) {
    const { element } = part;
    for (const [name, value] of Object.entries(attributes)) {
      if (!['string', 'number', 'boolean', 'undefined'].includes(typeof value)) continue;
      if (value === false || value === undefined || value === '') element.removeAttribute(name);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    Object.assign(element, properties);
    return nothing;
  }
}

const apply = directive(ApplyDirective);

/**
 * A widget for a story: `args` are named after the element's attributes, so
 * Storybook's controls set attributes, as a host page's HTML does.
 */
export function widget(
  tag: WidgetTag,
  args: object = {},
  { lang, properties, json }: WidgetOptions = {}
): TemplateResult {
  const name = unsafeStatic(tag);
  const content =
    json === undefined
      ? nothing
      : html`<script type="application/json">
          ${JSON.stringify(json, null, 2)}
        </script>`;
  return html`<${name} ${apply({ ...args, lang }, properties)}>${content}</${name}>`;
}

/** The story's rendered widget, once it has rendered: for play functions. */
export async function rendered<Tag extends WidgetTag>(
  canvas: HTMLElement,
  tag: Tag
): Promise<HTMLElementTagNameMap[Tag]> {
  const element = canvas.querySelector(tag);
  if (!element) throw new Error(`the story rendered no <${tag}>`);
  await element.updateComplete;
  return element;
}

/**
 * A page-like wrapper that themes the widgets inside it through their public
 * custom properties only; `extra` adds a widget's own (e.g. its mode colours).
 * Every pairing keeps WCAG AA contrast.
 */
export const themed = (content: TemplateResult, extra = ''): TemplateResult =>
  html`<div
    style="
      --spasm-color-accent: #0b5d5b;
      --spasm-color-surface: #fdf6ec;
      --spasm-color-text: #1f2933;
      --spasm-color-urgent: #8b1a1a;
      --spasm-focus-ring: 3px dashed #0b5d5b;
      --spasm-radius: 1.25rem;
      --spasm-spacing: 1.5rem;
      max-inline-size: 36rem;
      font-family: Georgia, serif;
      ${extra}
    "
  >
    ${content}
  </div>`;

/** Waits up to 2 s for `condition`: a part that loads when first used (the emergency card, the sources panel). */
export async function until(condition: () => unknown, what: string): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (!condition()) throw new Error(`no ${what} within 2 s`);
}
