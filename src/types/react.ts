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
import type { WidgetElement, WidgetJsxProps, WidgetTag } from './widget-types.js';

/**
 * A widget's props in React 19: its properties, attributes and events, and
 * the element's HTML props, with `class` besides: React 19 passes it to a
 * custom element as it is, though its HTML props only name `className`.
 */
export type ReactWidgetProps<Tag extends WidgetTag> = WidgetJsxProps<
  Tag,
  'on',
  DetailedHTMLProps<HTMLAttributes<WidgetElement<Tag>>, WidgetElement<Tag>> & { class?: string }
>;

type ReactWidgets = { [Tag in WidgetTag]: ReactWidgetProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own interface.
    interface IntrinsicElements extends ReactWidgets {}
  }
}
