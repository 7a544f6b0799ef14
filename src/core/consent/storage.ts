import Cookies from 'js-cookie';

/**
 * A place the consent record can be kept. Backends may throw; the fallback chain
 * turns that into "try the next one".
 */
export interface KeyValueStorage {
  readonly kind: string;
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** localStorage, looked up lazily: reading `window.localStorage` itself can throw. */
export function localStorageBackend(
  getStorage: () => Storage | null | undefined = () => (globalThis as { localStorage?: Storage }).localStorage,
): KeyValueStorage {
  const storage = (): Storage => {
    const s = getStorage();
    if (!s) throw new Error('localStorage is not available');
    return s;
  };
  return {
    kind: 'localStorage',
    get: (key) => storage().getItem(key),
    set: (key, value) => storage().setItem(key, value),
    remove: (key) => storage().removeItem(key),
  };
}

export interface CookieBackendOptions {
  /** Lifetime of the cookie in days. */
  expiresDays?: number;
  /** Only send over https; defaults to true on https pages. */
  secure?: boolean;
}

/** A first-party cookie of the same name, through js-cookie. */
export function cookieBackend(options: CookieBackendOptions = {}): KeyValueStorage {
  const secure = options.secure ?? (globalThis as { location?: Location }).location?.protocol === 'https:';
  return {
    kind: 'cookie',
    get: (key) => Cookies.get(key) ?? null,
    set: (key, value) => {
      Cookies.set(key, value, { path: '/', sameSite: 'Lax', secure, expires: options.expiresDays ?? 180 });
      // Browsers drop cookies silently (disabled, too large): check it stuck.
      if (Cookies.get(key) !== value) throw new Error('the cookie was not stored');
    },
    remove: (key) => Cookies.remove(key, { path: '/' }),
  };
}

/** Last resort: the record lives as long as the page. */
export function memoryBackend(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    kind: 'memory',
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
    remove: (key) => void values.delete(key),
  };
}

/**
 * Tries each backend in order. Reads return the first value found in a backend that
 * works; a write lands in the first backend that accepts it and clears the key from
 * the others, so no stale copy can come back later. Never throws.
 */
export function createFallbackStorage(
  backends: KeyValueStorage[],
  onError?: (backend: KeyValueStorage, error: unknown) => void,
): KeyValueStorage & { readonly active: string } {
  let active = backends[0]?.kind ?? 'none';
  const attempt = <T>(backend: KeyValueStorage, fn: () => T): { ok: true; value: T } | { ok: false } => {
    try {
      return { ok: true, value: fn() };
    } catch (error) {
      onError?.(backend, error);
      return { ok: false };
    }
  };
  return {
    kind: 'fallback',
    get active() {
      return active;
    },
    get(key) {
      for (const b of backends) {
        const r = attempt(b, () => b.get(key));
        if (r.ok && r.value != null) return r.value;
      }
      return null;
    },
    set(key, value) {
      const index = backends.findIndex((b) => attempt(b, () => b.set(key, value)).ok);
      if (index === -1) return;
      active = backends[index].kind;
      backends.forEach((b, i) => {
        if (i !== index) attempt(b, () => b.remove(key));
      });
    },
    remove(key) {
      for (const b of backends) attempt(b, () => b.remove(key));
    },
  };
}

/** The default chain: localStorage, then a first-party cookie, then memory. */
export function createDefaultStorage(options: CookieBackendOptions = {}): KeyValueStorage & { readonly active: string } {
  return createFallbackStorage([localStorageBackend(), cookieBackend(options), memoryBackend()]);
}
