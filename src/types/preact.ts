/**
 * The widgets' tags in Preact's JSX, for `import type {} from
 * 'spasm-widgets/types/preact'`: Preact sets a prop as a property when the
 * element has it (`steps`, `minutes`), else as an attribute, and listens to
 * `on<event name>` props (`onspasm-timer-complete`), so both are typed here,
 * with the element's HTML props (`class`, `style`, `id`, `ref`).
 */
import type { HTMLAttributes } from 'preact';
import type { WidgetElement, WidgetJsxProps, WidgetTag } from './widget-types.js';

/** A widget's props in Preact: its properties, attributes and events, and the element's HTML props. */
export type PreactWidgetProps<Tag extends WidgetTag> = WidgetJsxProps<Tag, 'on', HTMLAttributes<WidgetElement<Tag>>>;

type PreactWidgets = { [Tag in WidgetTag]: PreactWidgetProps<Tag> };

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Preact's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Preact's own interface.
    interface IntrinsicElements extends PreactWidgets {}
  }
}
