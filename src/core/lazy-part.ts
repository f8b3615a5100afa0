import type { ReactiveElement } from 'lit';

/** The module of a part that loads when first used: `ready` loads its messages in a language. */
export interface PartModule {
  ready(locale: string): Promise<unknown>;
}

export interface LazyPart<M extends PartModule> {
  /** The module, once loaded. */
  module?: M;
  /**
   * Loads the part for `widget` in `locale`, then renders the widget again.
   * Never rejects: offline or with a blocked chunk the part stays as it was,
   * and the next call tries again.
   */
  load(widget: ReactiveElement, locale: string): Promise<void>;
}

/**
 * A part of a widget that loads when first used (the checklist's emergency
 * card and steps' "how", the quiz's explanations): its module once per page,
 * its messages once per widget and language, as a widget's language may
 * change. The sources panel has its own smaller loader in spasm-element.ts,
 * as the timer has no other such part.
 */
export function lazyPart<M extends PartModule>(importModule: () => Promise<M>): LazyPart<M> {
  /** Per widget, the language asked for and its load. */
  const loads = new WeakMap<ReactiveElement, [locale: string, done: Promise<void>]>();
  const part: LazyPart<M> = {
    load(widget, locale) {
      const load = loads.get(widget);
      if (load?.[0] === locale) return load[1];
      const done = importModule().then(
        async (module) => {
          await module.ready(locale);
          part.module = module;
          widget.requestUpdate();
        },
        () => void loads.delete(widget)
      );
      loads.set(widget, [locale, done]);
      return done;
    },
  };
  return part;
}
