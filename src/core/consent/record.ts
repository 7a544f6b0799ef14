import type { ConsentCategory, ConsentConfig, ConsentMethod, ConsentRecord } from './consent-types.js';

/** What the record rules need of the configuration: its revision, lifetime and categories. */
export type RecordRules = Pick<ConsentConfig, 'revision' | 'expiresDays'> & { categories: Array<Pick<ConsentCategory, 'id' | 'required'>> };

export const SCHEMA = 1;
const DAY = 864e5;

/** Why a stored value is not a valid record. */
export type VoidReason = 'missing' | 'unparsable' | 'schema' | 'revision' | 'malformed' | 'expired' | 'too-old' | 'category-missing';

/**
 * Checks a stored value against every rule that makes a record void and returns the
 * record, or the reason it is void. Never throws, whatever the input.
 */
export function checkRecord(raw: string | null | undefined, config: RecordRules, now: number): ConsentRecord | VoidReason {
  if (!raw) return 'missing';
  let r: ConsentRecord;
  try {
    r = JSON.parse(raw);
  } catch {
    return 'unparsable';
  }
  if (!r || typeof r !== 'object') return 'unparsable';
  if (r.schema !== SCHEMA) return 'schema';
  if (String(r.revision) !== config.revision) return 'revision';
  const granted = r.categories;
  const timestamp = Date.parse(r.timestamp);
  const expires = Date.parse(r.expires);
  if (
    typeof r.id !== 'string' ||
    !/^(accept-all|reject-all|custom|gpc)$/.test(r.method) ||
    !(Number.isFinite(timestamp) && Number.isFinite(expires)) ||
    typeof granted !== 'object' ||
    !granted
  ) {
    return 'malformed';
  }
  if (expires <= now) return 'expired';
  if (now - timestamp > config.expiresDays * DAY) return 'too-old';
  return config.categories.every((c) => typeof granted[c.id] === 'boolean') ? r : 'category-missing';
}

/** The valid record in a stored value, or null. */
export function readRecord(raw: string | null | undefined, config: RecordRules, now: number): ConsentRecord | null {
  const r = checkRecord(raw, config, now);
  return typeof r === 'object' ? r : null;
}

/** A new record for a decision; required categories are always granted. */
export function createRecord(config: RecordRules, method: ConsentMethod, choices: Record<string, boolean>, now: number, id: string): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) categories[c.id] = c.required || choices[c.id] === true;
  // A clock a page broke (NaN, Infinity) must not make a decision throw: the system clock instead.
  if (!Number.isFinite(new Date(now + config.expiresDays * DAY).getTime())) now = Date.now();
  return {
    schema: SCHEMA,
    id,
    revision: config.revision,
    timestamp: new Date(now).toISOString(),
    expires: new Date(now + config.expiresDays * DAY).toISOString(),
    method,
    categories,
  };
}

/** Granted state of a category under a record; required categories are always granted. */
export function isGranted(config: RecordRules, record: ConsentRecord | null, id: string): boolean {
  return !!config.categories.find((c) => c.id === id)?.required || record?.categories[id] === true;
}

/**
 * Ids of the categories whose granted state differs between two records. Before the
 * first decision every optional category counts as denied.
 */
export function changedCategories(config: RecordRules, before: ConsentRecord | null, after: ConsentRecord | null): string[] {
  return config.categories.filter((c) => isGranted(config, before, c.id) !== isGranted(config, after, c.id)).map((c) => c.id);
}
