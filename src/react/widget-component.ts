/**
 * A widget as a React component, made with @lit/react's `createComponent`:
 * its props set the element's properties (arrays, numbers) and its `on…`
 * props listen to its events, in React 18 as in 19. React itself does
 * neither in 18 (objects become attributes, custom events are dropped) and
 * drops both while hydrating server HTML in 19 (React issue 35446): the
 * component sets them in a layout effect, on the client, after the element
 * exists. On the server it renders the tag and its plain attributes only.
 *
 * The props come from the widget's own API (src/generated/widget-api.ts,
 * from custom-elements.json): each settable property, and one `on<Name>`
 * prop per event `<tag>-<name>` (`spasm-timer-complete` → `onComplete`),
 * whose handler gets the event with its typed `detail`.
 */
import { createComponent } from '@lit/react';
import type React from 'react';
import { defineElement } from '../core/define.js';
import { widgetApi } from '../generated/widget-api.js';
import type {
  WidgetElement,
  WidgetEventName,
  WidgetEvents,
  WidgetProperties,
  WidgetTag,
} from '../types/widget-types.js';

export type { WidgetTag };

/** `start-day` → `startDay`. */
type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : Name;
/** `spasm-timer-complete` on `spasm-timer` → `onComplete`. */
type EventProp<Tag extends string, Event extends string> = Event extends `${Tag}-${infer Name}`
  ? `on${Capitalize<Camel<Name>>}`
  : never;

/** The element's settable properties, each optional. */
export type WidgetPropertyProps<Tag extends WidgetTag> = WidgetProperties<Tag>;
/** An `on<Name>` handler per event, given the event as the widget declares it (`CustomEvent<Detail>`). */
export type WidgetEventProps<Tag extends WidgetTag> = {
  [Event in WidgetEventName<Tag> as EventProp<Tag, Event>]?: (event: WidgetEvents<Tag>[Event]) => void;
};
/** A widget component's props: its properties, its events, and the element's HTML attributes. */
export type WidgetProps<Tag extends WidgetTag> = WidgetPropertyProps<Tag> &
  WidgetEventProps<Tag> &
  Omit<React.HTMLAttributes<WidgetElement<Tag>>, keyof WidgetPropertyProps<Tag> | keyof WidgetEventProps<Tag>> &
  React.RefAttributes<WidgetElement<Tag>>;
export type WidgetComponent<Tag extends WidgetTag> = React.ForwardRefExoticComponent<WidgetProps<Tag>>;

/** The prop of an event: `spasm-timer-complete` on `spasm-timer` → `onComplete`. */
export function eventProp(tag: string, event: string): string {
  const name = event.slice(tag.length + 1);
  return `on${name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

/**
 * The component of the widget `tag` for the React module `react`; registers
 * the element (see `defineElement`), where there is a registry: a server
 * without one renders the tag alone.
 */
export function widgetComponent<Tag extends WidgetTag>(
  react: typeof React,
  tag: Tag,
  elementClass: new () => WidgetElement<Tag>
): WidgetComponent<Tag> {
  if (typeof customElements !== 'undefined') defineElement(tag, elementClass);
  const events = Object.fromEntries(widgetApi[tag].events.map((event) => [eventProp(tag, event), event]));
  return createComponent({
    react,
    tagName: tag,
    elementClass,
    events,
    // Not the class's own name: a minifier may rename it.
    displayName: widgetApi[tag].className,
  }) as unknown as WidgetComponent<Tag>;
}
