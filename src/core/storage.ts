/**
 * Opt-in persistence. Widgets store nothing unless the host sets `persist`.
 * Storage can throw on every access (private mode, blocked cookies, quota),
 * so each operation is guarded and a failure degrades to "not persisted"
 * with one warning per element, never an exception.
 */
export interface Store {
  read(): unknown;
  write(value: unknown): void;
}

export function localStore(key: string, onFailure: (operation: string, error: unknown) => void): Store {
  let reported = false;
  const fail = (operation: string, error: unknown) => {
    if (reported) return;
    reported = true;
    onFailure(operation, error);
  };
  const storage = (): Storage => window.localStorage;
  return {
    read() {
      let text: string | null;
      try {
        text = storage().getItem(key);
      } catch (error) {
        fail('read', error);
        return undefined;
      }
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // Unparseable text is returned as-is: the caller's validation reports it.
        return text;
      }
    },
    write(value) {
      try {
        storage().setItem(key, JSON.stringify(value));
      } catch (error) {
        fail('write', error);
      }
    },
  };
}
