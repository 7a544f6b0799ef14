import type { KeyValueStorage } from '../consent/key-value.js';
import type { RequestFields } from './request-types.js';

export interface Draft {
  fields: Partial<RequestFields>;
  /** Set once a request was sent and not confirmed: a resend keeps the same id. */
  requestId?: string;
  /** The visitor ticked "this information is correct / I am who I say". */
  confirmed?: boolean;
  savedAt: number;
}

export const DRAFT_MAX_AGE = 7 * 24 * 60 * 60 * 1000;

export interface DraftStore {
  load(): Draft | null;
  save(draft: Omit<Draft, 'savedAt'>): void;
  /** Saves after the visitor pauses typing. */
  saveSoon(draft: Omit<Draft, 'savedAt'>): void;
  /** Saves now what {@link saveSoon} was waiting to save (the page is being left or hidden). */
  flush(): void;
  clear(): void;
}

/** The key of a form's draft: scoped to the page (path) and the form. */
export function draftKey(page: string, form: string): string {
  return `rights-request-draft:${page}:${form}`;
}

/**
 * What the visitor typed, kept until the request is confirmed (so a reload or a lost
 * connection loses nothing) and never longer than seven days.
 */
export function createDraftStore({
  storage,
  key,
  now = Date.now,
  delay = 400,
  maxAge = DRAFT_MAX_AGE,
}: {
  storage: KeyValueStorage;
  key: string;
  now?: () => number;
  delay?: number;
  maxAge?: number;
}): DraftStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: Omit<Draft, 'savedAt'> | undefined;
  const store: DraftStore = {
    load() {
      let draft: Draft | null = null;
      try {
        draft = JSON.parse(storage.get(key) ?? 'null');
      } catch {
        // unreadable: treated as none
      }
      if (!draft || typeof draft !== 'object' || typeof draft.savedAt !== 'number' || !draft.fields || now() - draft.savedAt > maxAge) {
        if (draft) storage.remove(key);
        return null;
      }
      return draft;
    },
    save(draft) {
      clearTimeout(timer);
      waiting = undefined;
      storage.set(key, JSON.stringify({ ...draft, savedAt: now() }));
    },
    saveSoon(draft) {
      clearTimeout(timer);
      waiting = draft;
      timer = setTimeout(() => store.save(draft), delay);
    },
    flush() {
      if (waiting) store.save(waiting);
    },
    clear() {
      clearTimeout(timer);
      waiting = undefined;
      storage.remove(key);
    },
  };
  return store;
}
