import { expect } from '@open-wc/testing';
import Cookies from 'js-cookie';
import { cookieBackend, createFallbackStorage, localStorageBackend, memoryBackend, type KeyValueStorage } from '../../src/core/consent/storage.js';
import { createConsentStore } from '../../src/core/consent/consent-store.js';
import { clearCookies, config } from '../support/fixtures.js';

const KEY = 'test-consent';

/** A Storage whose methods fail the way browsers fail. */
function failingStorage(fail: { get?: boolean; set?: boolean }): Storage {
  const real = window.localStorage;
  return {
    getItem: (k: string) => {
      if (fail.get) throw new DOMException('The operation is insecure.', 'SecurityError');
      return real.getItem(k);
    },
    setItem: (k: string, v: string) => {
      if (fail.set) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      real.setItem(k, v);
    },
    removeItem: (k: string) => real.removeItem(k),
  } as Storage;
}

function chain(local: KeyValueStorage, cookie: KeyValueStorage = cookieBackend(), memory = memoryBackend()) {
  return createFallbackStorage([local, cookie, memory]);
}

describe('consent storage', () => {
  beforeEach(() => {
    localStorage.clear();
    clearCookies();
  });
  after(() => {
    localStorage.clear();
    clearCookies();
  });

  it('keeps the record in localStorage when it works, and nowhere else', () => {
    const s = chain(localStorageBackend());
    s.set(KEY, '{"a":1}');
    expect(localStorage.getItem(KEY)).to.equal('{"a":1}');
    expect(Cookies.get(KEY)).to.equal(undefined);
    expect(s.get(KEY)).to.equal('{"a":1}');
  });

  it('falls back to a first-party cookie when getItem throws', () => {
    const s = chain(localStorageBackend(() => failingStorage({ get: true, set: true })));
    s.set(KEY, '{"a":2}');
    expect(Cookies.get(KEY)).to.equal('{"a":2}');
    expect(s.get(KEY)).to.equal('{"a":2}');
  });

  it('falls back to a cookie when setItem throws QuotaExceededError, and drops the stale localStorage copy', () => {
    localStorage.setItem(KEY, '{"old":true}');
    const s = chain(localStorageBackend(() => failingStorage({ set: true })));
    s.set(KEY, '{"new":true}');
    expect(Cookies.get(KEY)).to.equal('{"new":true}');
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(s.get(KEY)).to.equal('{"new":true}');
  });

  it('falls back to a cookie when localStorage is null', () => {
    const s = chain(localStorageBackend(() => null));
    s.set(KEY, 'v');
    expect(s.get(KEY)).to.equal('v');
    expect(Cookies.get(KEY)).to.equal('v');
  });

  it('falls back to memory when cookies are refused too', () => {
    const refused: KeyValueStorage = {
      get: () => undefined,
      set: () => {
        throw new Error('cookies disabled');
      },
      remove: () => {},
    };
    const s = chain(
      localStorageBackend(() => null),
      refused,
    );
    s.set(KEY, 'in-memory');
    expect(s.get(KEY)).to.equal('in-memory');
  });

  it('removes the key from every backend', () => {
    const s = chain(localStorageBackend());
    localStorage.setItem(KEY, 'a');
    Cookies.set(KEY, 'b');
    s.remove(KEY);
    expect(s.get(KEY)).to.equal(null);
    expect(Cookies.get(KEY)).to.equal(undefined);
  });

  it('lets a consent store keep working when localStorage throws on every call', () => {
    const storage = chain(localStorageBackend(() => failingStorage({ get: true, set: true })));
    const store = createConsentStore({ config: config(), storage });
    store.acceptAll();
    expect(store.hasConsent('analytics')).to.equal(true);
    // A new page load reads the record back from the cookie.
    const again = createConsentStore({ config: config(), storage: chain(localStorageBackend(() => failingStorage({ get: true }))) });
    expect(again.record?.method).to.equal('accept-all');
  });
});
