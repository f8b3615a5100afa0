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
  WidgetAttributes,
  WidgetElement,
  WidgetEventName,
  WidgetEvents,
  WidgetProperties,
  WidgetPropertyAttributes,
  WidgetTag,
} from './widget-types.js';

/** A handler per event, its prop named by `Prefix` and the event (`on:` → `on:spasm-timer-complete`), as Svelte types DOM events. */
type Handlers<Tag extends WidgetTag, Prefix extends string> = {
  [Name in WidgetEventName<Tag> as `${Prefix}${Name}`]?:
    ((event: WidgetEvents<Tag>[Name] & { currentTarget: EventTarget & WidgetElement<Tag> }) => unknown) | null;
};

/** A widget's attributes in Svelte: its properties, attributes and events, and the element's HTML attributes. */
export type SvelteWidgetAttributes<Tag extends WidgetTag> = WidgetProperties<Tag> &
  WidgetAttributes<Tag> &
  WidgetPropertyAttributes<Tag> &
  Handlers<Tag, 'on'> &
  Handlers<Tag, 'on:'> &
  Omit<HTMLAttributes<WidgetElement<Tag>>, keyof WidgetProperties<Tag>>;

type SvelteWidgets = { [Tag in WidgetTag]: SvelteWidgetAttributes<Tag> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Svelte's own interface.
  interface SvelteHTMLElements extends SvelteWidgets {}
}
