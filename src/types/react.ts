/**
 * The widgets' tags in React 19's JSX, for `import type {} from
 * 'spasm-widgets/types/react'`: React 19 sets a custom element's props as
 * properties when the element has them (`steps`, `minutes`) and listens to
 * `on<event name>` props (`onspasm-timer-complete`), so both are typed here,
 * with `class` and the usual HTML props (`className`, `style`, `id`, `ref`).
 *
 * React 18 does neither (objects become attributes, custom events are
 * dropped): there, use the components of `spasm-widgets/react`. So do pages
 * React 19 hydrates from server HTML, which drops both (React issue 35446).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  WidgetAttributes,
  WidgetElement,
  WidgetEventName,
  WidgetEvents,
  WidgetProperties,
  WidgetTag,
} from './widget-types.js';

/** A widget's props in React 19: its properties, attributes and events, and the element's HTML props. */
export type ReactWidgetProps<Tag extends WidgetTag> = WidgetProperties<Tag> &
  WidgetAttributes<Tag> & {
    [Name in WidgetEventName<Tag> as `on${Name}`]?: (event: WidgetEvents<Tag>[Name]) => void;
  } & { class?: string } & Omit<
    DetailedHTMLProps<HTMLAttributes<WidgetElement<Tag>>, WidgetElement<Tag>>,
    keyof WidgetProperties<Tag>
  >;

type ReactWidgets = { [Tag in WidgetTag]: ReactWidgetProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own interface.
    interface IntrinsicElements extends ReactWidgets {}
  }
}
