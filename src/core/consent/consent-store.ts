import { randomUUID } from '../uuid.js';
import type { ConsentChange, ConsentConfig, ConsentMethod, ConsentRecord, ConsentSource } from './consent-types.js';
import { changedCategories, createRecord, isGranted, readRecord } from './record.js';
import { createDefaultStorage, type KeyValueStorage } from './storage.js';
import { deleteCookies, type CookieJar } from './cookies.js';
import { consentChannel } from './channel.js';

/** Thrown for a call the configuration cannot honour, e.g. an unknown category id. */
export class ConsentError extends Error {}

/** Tells the store when another document changed the stored record; returns a stop function. */
export type WatchStorage = (key: string, onChange: () => void) => () => void;

/** The default watcher: the `storage` event other same-origin documents (tabs) receive, and the consent channel. */
export const watchLocalStorage: WatchStorage = (key, onChange) => {
  const listener = (e: StorageEvent) => (e.key === key || e.key === null) && onChange();
  addEventListener('storage', listener);
  const channel = consentChannel(key);
  if (channel) channel.onmessage = () => onChange();
  return () => {
    removeEventListener('storage', listener);
    channel?.close();
  };
};

/** Tells other tabs that the record under `key` changed (they read it again). */
function announce(key: string): void {
  const channel = consentChannel(key);
  try {
    channel?.postMessage(1);
  } catch {
    // nobody to tell
  }
  channel?.close();
}

export interface ConsentStoreOptions {
  config: ConsentConfig;
  storage?: KeyValueStorage;
  now?: () => number;
  uuid?: () => string;
  cookieJar?: CookieJar;
  watch?: WatchStorage;
  /**
   * The record to start from instead of reading storage (the script-tag loader's, when the
   * store takes over from it); a later {@link ConsentStore.refresh} reports what changed since.
   */
  initial?: ConsentRecord | null;
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
  /** Re-reads storage (another tab wrote); returns the change if there was one. */
  refresh(source?: ConsentSource): ConsentChange | null;
  subscribe(listener: (change: ConsentChange) => void): () => void;
  /** Starts following decisions made in other tabs. */
  connect(): void;
  disconnect(): void;
}

export function createConsentStore({
  config,
  storage = createDefaultStorage(config.expiresDays),
  now = Date.now,
  uuid = randomUUID,
  cookieJar,
  watch = watchLocalStorage,
  initial,
}: ConsentStoreOptions): ConsentStore {
  const listeners = new Set<(change: ConsentChange) => void>();
  const load = () => readRecord(storage.get(config.storageKey), config, now());
  const granted = (id: string) => isGranted(config, record, id);
  let unwatch: (() => void) | undefined;
  let record = initial === undefined ? load() : initial;

  /** Moves to `next` and tells the listeners; denied categories lose their cookies. */
  const change = (next: ConsentRecord | null, source: ConsentSource): ConsentChange => {
    const result = { record: next, changed: changedCategories(config, record, next), source };
    record = next;
    for (const c of config.categories) if (!granted(c.id) && c.cookies.length) deleteCookies(c.cookies, cookieJar);
    listeners.forEach((listener) => listener(result));
    return result;
  };
  const decide = (method: ConsentMethod, choices: (id: string) => boolean, source: ConsentSource) => {
    const next = createRecord(config, method, Object.fromEntries(config.categories.map((c) => [c.id, choices(c.id)])), now(), uuid());
    storage.set(config.storageKey, JSON.stringify(next));
    if (watch === watchLocalStorage) announce(config.storageKey);
    return change(next, source);
  };

  return {
    config,
    get record() {
      return record;
    },
    hasConsent: granted,
    acceptAll: (source = 'api') => decide('accept-all', () => true, source),
    rejectAll: (source = 'api') => decide('reject-all', () => false, source),
    setConsent(choices, source = 'api') {
      const unknown = Object.keys(choices ?? {}).filter((id) => !config.categories.some((c) => c.id === id));
      if (unknown.length || typeof choices !== 'object') {
        throw new ConsentError(`unknown category "${unknown.join('", "')}"; configured: ${config.categories.map((c) => c.id).join(', ')}`);
      }
      return decide('custom', (id) => (id in choices ? choices[id] === true : granted(id)), source);
    },
    applyGpc: () => (record ? null : decide('gpc', () => false, 'gpc')),
    reset() {
      storage.remove(config.storageKey);
      if (watch === watchLocalStorage) announce(config.storageKey);
      change(null, 'api');
    },
    refresh(source = 'external') {
      const next = load();
      return next?.id === record?.id ? null : change(next, source);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect() {
      unwatch ??= watch(config.storageKey, () => this.refresh());
    },
    disconnect() {
      unwatch?.();
      unwatch = undefined;
    },
  };
}
