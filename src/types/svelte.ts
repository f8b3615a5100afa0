/**
 * The widgets' tags in Svelte markup, for `import type {} from
 * 'spasm-widgets/types/svelte'` (in `src/app.d.ts` or any `.d.ts` the
 * project includes): Svelte's own way to type custom elements, an entry per
 * tag in `SvelteHTMLElements`. Svelte sets a prop as a property when the
 * element has it (`steps`, `minutes`), so a number is bound
 * (`minutes={15}`), never written as text (an attribute named otherwise
 * than its property, `heading-level="3"`, is text); events are typed both as Svelte 5
 * event attributes (`onspasm-timer-complete`) and as `on:` directives.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type {
  WidgetElement,
  WidgetEventName,
  WidgetEvents,
  WidgetJsxProps,
  WidgetPropertyAttributes,
  WidgetTag,
} from './widget-types.js';

/** Each event's handler as Svelte types DOM events': its event knows its `currentTarget`, and `null` sets none. */
type SvelteHandlers<Tag extends WidgetTag> = {
  [Name in WidgetEventName<Tag>]:
    ((event: WidgetEvents<Tag>[Name] & { currentTarget: EventTarget & WidgetElement<Tag> }) => unknown) | null;
};

/**
 * A widget's attributes in Svelte: its properties, attributes and events
 * (each as an `on` attribute and an `on:` directive), and the element's HTML
 * attributes; and, as Svelte checks attributes by their own name, the
 * attributes named otherwise than their property (`heading-level`).
 */
export type SvelteWidgetAttributes<Tag extends WidgetTag> = WidgetJsxProps<
  Tag,
  'on' | 'on:',
  HTMLAttributes<WidgetElement<Tag>>,
  SvelteHandlers<Tag>
> &
  WidgetPropertyAttributes<Tag>;

type SvelteWidgets = { [Tag in WidgetTag]: SvelteWidgetAttributes<Tag> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Svelte's own interface.
  interface SvelteHTMLElements extends SvelteWidgets {}
}
