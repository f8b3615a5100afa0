/**
 * The widgets' API as types for framework templates: the facts every
 * framework module beside this one (react.ts, preact.ts, solid.ts, vue.ts,
 * svelte.ts) builds its element types from, and the one mapping from them to
 * JSX-style props (`WidgetJsxProps`) that React, Preact, Solid and Svelte
 * apply with their own event-prop names and HTML attributes. The names come from src/generated/widget-api.ts
 * (written from custom-elements.json by `npm run generate`), the types from
 * the element classes, so a new property or event is typed in every
 * framework with the next build.
 */
import type { widgetApi } from '../generated/widget-api.js';
import type * as widgets from '../index.js';

type WidgetApi = typeof widgetApi;

/** A widget's tag: `spasm-checklist`, `spasm-timer` or `spasm-quiz`. */
export type WidgetTag = keyof WidgetApi;

/** The widget's class, by its name in the table (`SpasmTimer`). */
export type WidgetElement<Tag extends WidgetTag> = InstanceType<(typeof widgets)[WidgetApi[Tag]['className']]>;

/** The properties a page may set (`steps`, `minutes`), each optional, typed as the class declares them. */
export type WidgetProperties<Tag extends WidgetTag> = Partial<
  Pick<WidgetElement<Tag>, Extract<WidgetApi[Tag]['properties'][number], keyof WidgetElement<Tag>>>
>;

/** The attributes no property stands for (`emergency-number`, `country`): text the widget reads itself. */
export type WidgetAttributes<Tag extends WidgetTag> = {
  [Name in WidgetApi[Tag]['attributes'][number]]?: string;
};

/** An attribute's text for a property's values: `${number}` for a number, the literals for a union of them; a boolean's is there or not. */
type AttributeText<Value> = [NonNullable<Value>] extends [boolean] ? true : `${NonNullable<Value> & (string | number)}`;

/**
 * The attributes named otherwise than their property (`rest-minutes` for
 * `restMinutes`), as text of the property's values: for templates that
 * check attributes by their own name (Svelte's).
 */
export type WidgetPropertyAttributes<Tag extends WidgetTag> = {
  [Name in keyof WidgetApi[Tag]['propertyAttributes']]?: AttributeText<
    WidgetElement<Tag>[WidgetApi[Tag]['propertyAttributes'][Name] & keyof WidgetElement<Tag>]
  >;
};

/** The names of the events the widget fires (`spasm-timer-complete`). */
export type WidgetEventName<Tag extends WidgetTag> = WidgetApi[Tag]['events'][number];

/** Each event the widget fires, by name, as `GlobalEventHandlersEventMap` declares it (`CustomEvent<Detail>`). */
export type WidgetEvents<Tag extends WidgetTag> = {
  [Name in WidgetEventName<Tag>]: Name extends keyof GlobalEventHandlersEventMap
    ? GlobalEventHandlersEventMap[Name]
    : never;
};

/** A handler for each event, by event name, given the event as the widget fires it: the handler most frameworks type. */
export type WidgetEventHandlers<Tag extends WidgetTag> = {
  [Name in WidgetEventName<Tag>]: (event: WidgetEvents<Tag>[Name]) => void;
};

/**
 * A handler prop per event, named by the framework's prefix: `on` gives
 * `onspasm-timer-complete` (React 19, Preact, Svelte 5), `on:` gives
 * `on:spasm-timer-complete` (Solid, Svelte's directive); a union gives both.
 */
type EventProps<
  Tag extends WidgetTag,
  EventPrefix extends string,
  Handlers extends Record<WidgetEventName<Tag>, unknown>,
> = {
  [Name in WidgetEventName<Tag> as `${EventPrefix}${Name}`]?: Handlers[Name];
};

/**
 * A widget's props where a framework types an element's props as one object
 * (React 19, Preact, Solid, Svelte), so that each framework's module only
 * says what differs: how its handler props are named (`EventPrefix`, see
 * `EventProps`), its own props for an HTML element (`ElementProps`: `class`,
 * `style`, `ref`), and, where it types handlers its own way, each event's
 * handler (`Handlers`). A name the widget has a property for is typed by the
 * property, not by the framework's wider type for that name.
 */
export type WidgetJsxProps<
  Tag extends WidgetTag,
  EventPrefix extends string,
  ElementProps,
  Handlers extends Record<WidgetEventName<Tag>, unknown> = WidgetEventHandlers<Tag>,
> = WidgetProperties<Tag> &
  WidgetAttributes<Tag> &
  EventProps<Tag, EventPrefix, Handlers> &
  Omit<ElementProps, keyof WidgetProperties<Tag>>;
