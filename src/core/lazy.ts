/**
 * Something loaded when first needed, once per page: the one way a widget
 * defers a part that few pages use (a checker of host content, a storage
 * module, the printed plan, the timer's alerts and calendar file).
 */
export interface Lazy<T> {
  /** What loaded, once it has; undefined until then. */
  readonly value: T | undefined;
  /**
   * Starts the load unless one is under way or done, and resolves with what
   * loaded. A failed load is forgotten, so the next call tries again
   * (offline, or a chunk a filter blocked).
   */
  load(): Promise<T>;
}

export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let loading: Promise<T> | undefined;
  const loaded: { value: T | undefined; load(): Promise<T> } = {
    value: undefined,
    load() {
      loading ??= load().then(
        (value) => (loaded.value = value),
        (error: unknown) => {
          loading = undefined;
          throw error;
        }
      );
      return loading;
    },
  };
  return loaded;
}

/** A widget that shows a part: rendered again once the part has loaded. */
type PartHost = { requestUpdate(): void };

/** The module of a part with messages of its own: `ready` loads them in a language. */
export interface PartModule {
  ready(locale: string): Promise<unknown>;
}

/**
 * A lazily loaded part with messages of its own (the sources panel, the
 * checklist's emergency card and steps' "How to do it", the quiz's
 * explanations): the module once per page, its messages once per widget and
 * language, as a widget's language may change.
 */
export interface LazyPart<M extends PartModule> {
  /** The module, once it and its messages in a first language have loaded. */
  readonly module: M | undefined;
  /**
   * Loads the part for `widget` in `locale`, then renders the widget again.
   * Never rejects: when it can't load, the part stays as it was, and the
   * next call tries again.
   */
  load(widget: PartHost, locale: string): Promise<void>;
}

export function lazyPart<M extends PartModule>(importModule: () => Promise<M>): LazyPart<M> {
  const module = lazy(importModule);
  /** Per widget, the language asked for and its load. */
  const loads = new WeakMap<PartHost, [locale: string, done: Promise<void>]>();
  const part: { module: M | undefined } & Pick<LazyPart<M>, 'load'> = {
    module: undefined,
    load(widget, locale) {
      const asked = loads.get(widget);
      if (asked?.[0] === locale) return asked[1];
      const done = module
        .load()
        .then(async (loaded) => {
          await loaded.ready(locale);
          part.module = loaded;
          widget.requestUpdate();
        })
        .catch(() => void loads.delete(widget));
      loads.set(widget, [locale, done]);
      return done;
    },
  };
  return part;
}
