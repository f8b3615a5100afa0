/**
 * Opt-in persistence. Widgets store nothing unless the host sets `persist`.
 * Storage can throw on every access (private mode, blocked cookies, quota),
 * so each operation is guarded and a failure degrades, with one warning per
 * key, never an exception: a save localStorage refuses (it is full) is kept
 * in this tab's sessionStorage instead, so a reload of the tab still has it.
 */
export interface Store {
  /**
   * What localStorage holds (`saved`), and this tab's copy of the widget's last save (`tabCopy`), which
   * exists only while localStorage refuses saves or another script writes over the key.
   */
  read(): { saved: unknown; tabCopy: unknown };
  /**
   * Saves `value` in localStorage; with `inTabToo`, in this tab's sessionStorage as well (another script
   * writes over the key). Returns false when localStorage refused it: then it is kept in this tab only.
   */
  write(value: unknown, inTabToo?: boolean): boolean;
}

/**
 * The store of `key`. `onFailure` hears the first failure only: the operation, the error, and whether the
 * tab keeps the value instead (a write to sessionStorage that worked).
 */
export function localStore(
  key: string,
  onFailure: (operation: string, error: unknown, keptInTab: boolean) => void
): Store {
  let reported = false;
  const fail = (operation: string, error: unknown, keptInTab = false) => {
    if (reported) return;
    reported = true;
    onFailure(operation, error, keptInTab);
  };
  /** The text under `key` in `area`; null when there is none or it cannot be read. */
  const get = (area: () => Storage): string | null => {
    try {
      return area().getItem(key);
    } catch (error) {
      fail('read', error);
      return null;
    }
  };
  const inTab = () => window.sessionStorage;
  /** The value of stored `text`; undefined when there is none. */
  const parsed = (text: string | null): unknown => {
    if (text === null) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Unparseable text is returned as-is: the caller's validation reports it.
      return text;
    }
  };
  return {
    read() {
      return { saved: parsed(get(() => window.localStorage)), tabCopy: parsed(get(inTab)) };
    },
    write(value, inTabToo = false) {
      const text = JSON.stringify(value);
      let refused: unknown;
      try {
        window.localStorage.setItem(key, text);
      } catch (error) {
        refused = error ?? 'refused';
        // The older save left there would be read before the tab's newer copy (and removing frees room).
        try {
          window.localStorage.removeItem(key);
        } catch {
          // Blocked altogether: there is nothing to read there either.
        }
      }
      let keptInTab = false;
      try {
        // Once localStorage takes it again, the tab's copy would only hide other tabs' saves.
        if (refused === undefined && !inTabToo) inTab().removeItem(key);
        else inTab().setItem(key, text);
        keptInTab = true;
      } catch {
        // No sessionStorage either: the widget works on with what it holds.
      }
      if (refused !== undefined) fail('write', refused, keptInTab);
      return refused === undefined;
    },
  };
}
