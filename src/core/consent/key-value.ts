/**
 * Key-value storage with fallbacks, for the consent record and the form's drafts: no
 * cookies here (see `storage.ts`), so a part that needs only this does not carry js-cookie.
 */

/** A place the consent record can be kept. Backends may throw; the fallback chain moves on. */
export interface KeyValueStorage {
  get(key: string): string | null | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** localStorage, looked up on each use: reading `window.localStorage` itself can throw. */
export function localStorageBackend(getStorage: () => Storage | null | undefined = () => localStorage): KeyValueStorage {
  const s = (): Storage => getStorage() ?? (null as unknown as Storage); // null → TypeError on use
  return {
    get: (key) => s().getItem(key),
    set: (key, value) => s().setItem(key, value),
    remove: (key) => s().removeItem(key),
  };
}

/** Last resort: the record lives as long as the page. */
export function memoryBackend(values = new Map<string, string>()): KeyValueStorage {
  return {
    get: (key) => values.get(key),
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * Tries each backend in order. A read returns the first value found in a backend that
 * works; a write lands in the first backend that accepts it and gives it back, and clears
 * the key from the others, so no stale copy can come back. Never throws.
 */
export function createFallbackStorage(backends: KeyValueStorage[]): KeyValueStorage {
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn() ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    get: (key) => {
      for (const b of backends) {
        const value = attempt(() => b.get(key));
        if (value != null) return value;
      }
      return null;
    },
    set(key, value) {
      // A backend that takes a write but cannot give it back (reads throw, or it dropped it) did not keep it.
      const i = backends.findIndex((b) => attempt(() => (b.set(key, value), b.get(key) === value)));
      backends.forEach((b, j) => i >= 0 && j !== i && attempt(() => b.remove(key)));
    },
    remove: (key) => backends.forEach((b) => attempt(() => b.remove(key))),
  };
}
