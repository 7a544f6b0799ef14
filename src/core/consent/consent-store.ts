import { randomUUID } from '../uuid.js';
import type { ConsentChange, ConsentConfig, ConsentMethod, ConsentRecord, ConsentSource } from './consent-types.js';
import { changedCategories, createRecord, isGranted, readRecord } from './record.js';
import { createDefaultStorage, type KeyValueStorage } from './storage.js';
import { deleteCookies, type CookieJar } from './cookies.js';

/** Thrown for a call the configuration cannot honour, e.g. an unknown category id. */
export class ConsentError extends Error {
  override name = 'ConsentError';
}

/** Tells the store when another document changed the stored record. */
export type WatchStorage = (key: string, onChange: () => void) => () => void;

/** The default watcher: the `storage` event other same-origin documents fire. */
export const watchLocalStorage: WatchStorage = (key, onChange) => {
  const target = globalThis as unknown as Window;
  if (typeof target.addEventListener !== 'function') return () => {};
  const listener = (e: StorageEvent) => {
    if (e.key === key || e.key === null) onChange();
  };
  target.addEventListener('storage', listener);
  return () => target.removeEventListener('storage', listener);
};

export interface ConsentStoreOptions {
  config: ConsentConfig;
  storage?: KeyValueStorage;
  now?: () => number;
  uuid?: () => string;
  cookieJar?: CookieJar;
  watch?: WatchStorage;
}

export interface ConsentStore {
  readonly config: ConsentConfig;
  /** The valid record, or null while the visitor has not decided. */
  readonly record: ConsentRecord | null;
  hasConsent(id: string): boolean;
  acceptAll(source?: ConsentSource): ConsentChange;
  rejectAll(source?: ConsentSource): ConsentChange;
  /** A custom decision; categories not named keep their state. Throws {@link ConsentError} on unknown ids. */
  setConsent(choices: Record<string, boolean>, source?: ConsentSource): ConsentChange;
  /** Global Privacy Control: with no valid record, stores one denying every optional category. */
  applyGpc(): ConsentChange | null;
  /** Forgets the decision and deletes optional categories' cookies; the visitor is asked again. */
  reset(): void;
  /** Re-reads storage (e.g. after another tab wrote); returns the change if there was one. */
  refresh(source?: ConsentSource): ConsentChange | null;
  subscribe(listener: (change: ConsentChange) => void): () => void;
  /** Starts following decisions made in other tabs. */
  connect(): void;
  disconnect(): void;
}

export function createConsentStore(options: ConsentStoreOptions): ConsentStore {
  const { config } = options;
  const storage = options.storage ?? createDefaultStorage({ expiresDays: config.expiresDays });
  const now = options.now ?? Date.now;
  const uuid = options.uuid ?? randomUUID;
  const watch = options.watch ?? watchLocalStorage;
  const listeners = new Set<(change: ConsentChange) => void>();
  let unwatch: (() => void) | null = null;
  let record = load();

  function load(): ConsentRecord | null {
    return readRecord(storage.get(config.storageKey), config, now());
  }

  function emit(change: ConsentChange) {
    for (const listener of [...listeners]) listener(change);
  }

  function deleteDeniedCookies(next: ConsentRecord | null) {
    for (const c of config.categories) {
      if (!c.required && !isGranted(config, next, c.id) && c.cookies.length) {
        deleteCookies(c.cookies, { jar: options.cookieJar });
      }
    }
  }

  function decide(method: ConsentMethod, choices: Record<string, boolean>, source: ConsentSource): ConsentChange {
    const before = record;
    record = createRecord(config, method, choices, now(), uuid());
    storage.set(config.storageKey, JSON.stringify(record));
    deleteDeniedCookies(record);
    const change: ConsentChange = { record, changed: changedCategories(config, before, record), source };
    emit(change);
    return change;
  }

  const all = (granted: boolean) => Object.fromEntries(config.categories.map((c) => [c.id, granted]));

  return {
    config,
    get record() {
      return record;
    },
    hasConsent: (id) => isGranted(config, record, id),
    acceptAll: (source = 'api') => decide('accept-all', all(true), source),
    rejectAll: (source = 'api') => decide('reject-all', all(false), source),
    setConsent(choices, source = 'api') {
      if (!choices || typeof choices !== 'object') throw new ConsentError('setConsent() takes an object such as { analytics: true }');
      const unknown = Object.keys(choices).filter((id) => !config.categories.some((c) => c.id === id));
      if (unknown.length) {
        const known = config.categories.map((c) => `"${c.id}"`).join(', ');
        throw new ConsentError(`unknown category ${unknown.map((id) => `"${id}"`).join(', ')} (configured: ${known})`);
      }
      const merged: Record<string, boolean> = {};
      for (const c of config.categories) merged[c.id] = c.id in choices ? choices[c.id] === true : isGranted(config, record, c.id);
      return decide('custom', merged, source);
    },
    applyGpc() {
      if (record) return null;
      return decide('gpc', all(false), 'gpc');
    },
    reset() {
      record = null;
      storage.remove(config.storageKey);
      deleteDeniedCookies(null);
    },
    refresh(source = 'external') {
      const before = record;
      const next = load();
      if ((before?.id ?? null) === (next?.id ?? null)) return null;
      record = next;
      const change: ConsentChange = { record, changed: changedCategories(config, before, record), source };
      emit(change);
      return change;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect() {
      unwatch ??= watch(config.storageKey, () => this.refresh('external'));
    },
    disconnect() {
      unwatch?.();
      unwatch = null;
    },
  };
}
