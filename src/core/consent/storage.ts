import Cookies from 'js-cookie';

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

/**
 * The value of the page's cookie `name`, decoded as js-cookie decodes what it wrote, or
 * undefined. The loader reads the fallback cookie with this, without js-cookie's bytes.
 */
export function readCookie(name: string, cookies = document.cookie): string | undefined {
  for (const pair of cookies ? cookies.split('; ') : []) {
    const at = pair.indexOf('=') >>> 0;
    try {
      if (decodeURIComponent(pair.slice(0, at)) !== name) continue;
      const value = pair.slice(at + 1);
      return (value[0] === '"' ? value.slice(1, -1) : value).replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
    } catch {
      // A malformed pair is skipped, as js-cookie skips it.
    }
  }
  return undefined;
}

/**
 * The stored value under `key`: localStorage, else the fallback cookie. Never throws. (The
 * loader's read-only view of {@link createDefaultStorage}; memory is empty on a new page.)
 */
export function readStored(key: string): string | null {
  try {
    const value = localStorage.getItem(key);
    if (value != null) return value;
  } catch {
    // Storage disabled: the cookie may hold it.
  }
  try {
    return readCookie(key) ?? null;
  } catch {
    return null;
  }
}

/** A first-party cookie of the same name, through js-cookie; throws when the browser refuses it. */
export function cookieBackend(expiresDays = 180): KeyValueStorage {
  return {
    get: (key) => readCookie(key),
    set(key, value) {
      Cookies.set(key, value, { sameSite: 'Lax', secure: location.protocol === 'https:', expires: expiresDays });
      if (readCookie(key) !== value) throw Error('cookie refused');
    },
    remove: (key) => Cookies.remove(key),
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
 * works; a write lands in the first backend that accepts it and clears the key from the
 * others, so no stale copy can come back. Never throws.
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
      const i = backends.findIndex((b) => attempt(() => (b.set(key, value), true)));
      backends.forEach((b, j) => i >= 0 && j !== i && attempt(() => b.remove(key)));
    },
    remove: (key) => backends.forEach((b) => attempt(() => b.remove(key))),
  };
}

/** The default chain: localStorage, then a first-party cookie, then memory. */
export function createDefaultStorage(expiresDays?: number): KeyValueStorage {
  return createFallbackStorage([localStorageBackend(), cookieBackend(expiresDays), memoryBackend()]);
}
