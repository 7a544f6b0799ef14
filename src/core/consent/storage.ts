import Cookies from 'js-cookie';
import { createFallbackStorage, localStorageBackend, memoryBackend, type KeyValueStorage } from './key-value.js';

export { createFallbackStorage, localStorageBackend, memoryBackend, type KeyValueStorage };

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

/** The default chain: localStorage, then a first-party cookie, then memory. */
export function createDefaultStorage(expiresDays?: number): KeyValueStorage {
  return createFallbackStorage([localStorageBackend(), cookieBackend(expiresDays), memoryBackend()]);
}
