/**
 * The widgets' tags in Solid's JSX, for `import type {} from
 * 'spasm-widgets/types/solid'`: Solid sets a custom element's props as
 * properties (`steps`, `minutes`) and listens to custom events with `on:`
 * (`on:spasm-timer-complete`), so both are typed here, with the element's
 * HTML props (`class`, `style`, `id`, `ref`).
 */
import type { JSX } from 'solid-js';
import type { WidgetElement, WidgetEventName, WidgetEvents, WidgetJsxProps, WidgetTag } from './widget-types.js';

/**
 * Each event's `on:` handler as Solid types its own: a function whose event
 * knows its `currentTarget`, or a handler object with listener options.
 */
type SolidHandlers<Tag extends WidgetTag> = {
  [Name in WidgetEventName<Tag>]: JSX.EventHandlerWithOptionsUnion<WidgetElement<Tag>, WidgetEvents<Tag>[Name]>;
};

/** A widget's props in Solid: its properties, attributes and events, and the element's HTML props. */
export type SolidWidgetProps<Tag extends WidgetTag> = WidgetJsxProps<
  Tag,
  'on:',
  JSX.HTMLAttributes<WidgetElement<Tag>>,
  SolidHandlers<Tag>
>;

type SolidWidgets = { [Tag in WidgetTag]: SolidWidgetProps<Tag> };

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Solid's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Solid's own interface.
    interface IntrinsicElements extends SolidWidgets {}
  }
}
