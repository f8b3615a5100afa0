/**
 * The widgets' tags in Vue templates, for `import type {} from
 * 'spasm-widgets/types/vue'`: each tag is a global component as Vue's guide
 * types a custom element ("Non-Vue Web Components and TypeScript"), so
 * vue-tsc checks `:steps`, `:minutes` and the rest against the widget's
 * properties, and types the event in `@spasm-timer-complete`. Vue sets a
 * prop as a property when the element has it, so a number is bound
 * (`:minutes="15"`), never written as text.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  WidgetAttributes,
  WidgetElement,
  WidgetEventHandlers,
  WidgetProperties,
  WidgetTag,
} from './widget-types.js';

/**
 * A widget as a Vue component type: the element, plus `$props` and `$emit`,
 * which Vue reads the template's props and events from. Neither exists on
 * the element itself.
 */
export type VueWidget<Tag extends WidgetTag> = new () => WidgetElement<Tag> & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: HTMLAttributes & WidgetProperties<Tag> & VueAttributes<Tag> & PublicProps;
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: EmitFn<WidgetEventHandlers<Tag>>;
};

/** `emergency-number` → `emergencyNumber`: vue-tsc checks an attribute by its camel-case name. */
type Camel<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : Name;

/** The attributes no property stands for, by the names vue-tsc checks them by. */
type VueAttributes<Tag extends WidgetTag> = { [Name in keyof WidgetAttributes<Tag> & string as Camel<Name>]?: string };

type VueWidgets = { [Tag in WidgetTag]: VueWidget<Tag> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Vue's own interface.
  interface GlobalComponents extends VueWidgets {}
}
