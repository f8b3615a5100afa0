/**
 * The widgets' tags in Solid's JSX, for `import type {} from
 * 'spasm-widgets/types/solid'`: Solid sets a custom element's props as
 * properties (`steps`, `minutes`) and listens to custom events with `on:`
 * (`on:spasm-timer-complete`), so both are typed here, with the element's
 * HTML props (`class`, `style`, `id`, `ref`).
 */
import type { JSX } from 'solid-js';
import type {
  WidgetAttributes,
  WidgetElement,
  WidgetEventName,
  WidgetEvents,
  WidgetProperties,
  WidgetTag,
} from './widget-types.js';

/** A widget's props in Solid: its properties, attributes and events, and the element's HTML props. */
export type SolidWidgetProps<Tag extends WidgetTag> = WidgetProperties<Tag> &
  WidgetAttributes<Tag> & {
    [Name in WidgetEventName<Tag> as `on:${Name}`]?: JSX.EventHandlerWithOptionsUnion<
      WidgetElement<Tag>,
      WidgetEvents<Tag>[Name]
    >;
  } & Omit<JSX.HTMLAttributes<WidgetElement<Tag>>, keyof WidgetProperties<Tag>>;

type SolidWidgets = { [Tag in WidgetTag]: SolidWidgetProps<Tag> };

declare module 'solid-js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Solid's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Solid's own interface.
    interface IntrinsicElements extends SolidWidgets {}
  }
}
