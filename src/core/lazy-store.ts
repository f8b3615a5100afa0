/**
 * Opt-in persistence whose code loads only when a widget has `persist`:
 * `open(key)` imports the widget's storage module and adopts what it finds.
 * `sync()` runs before each update, so the render that first needs the
 * stored state already has it (no flash of a fresh widget).
 */
export interface LazyStore<S> {
  /** The open store, if `persist` is on and it has loaded. */
  readonly store: S | undefined;
  /** Opens the store for `key`, or closes it for `undefined`; does nothing if that one is open. */
  sync(key: string | undefined): Promise<void>;
}

export function lazyStore<S>(open: (key: string) => Promise<S>): LazyStore<S> {
  let openKey: string | undefined;
  let store: S | undefined;
  return {
    get store() {
      return store;
    },
    async sync(key) {
      if (key === openKey) return;
      openKey = key;
      store = undefined;
      if (key === undefined) return;
      const opened = await open(key);
      // Only if the key did not change while the module loaded.
      if (openKey === key) store = opened;
    },
  };
}
