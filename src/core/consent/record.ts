import type { ConsentConfig, ConsentMethod, ConsentRecord } from './consent-types.js';

export const SCHEMA = 1;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a stored value is not a valid record; `null` from {@link readRecord} in every case. */
export type VoidReason =
  | 'missing'
  | 'unparsable'
  | 'schema'
  | 'revision'
  | 'expired'
  | 'too-old'
  | 'category-missing'
  | 'malformed';

export interface RecordCheck {
  record: ConsentRecord | null;
  reason?: VoidReason;
}

const METHODS: ReadonlySet<string> = new Set(['accept-all', 'reject-all', 'custom', 'gpc']);

/**
 * Reads a stored value. Every rule that makes a record void yields `record: null`
 * with the reason; this never throws, whatever the input.
 */
export function checkRecord(raw: string | null | undefined, config: ConsentConfig, now: number): RecordCheck {
  if (raw == null || raw === '') return { record: null, reason: 'missing' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { record: null, reason: 'unparsable' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { record: null, reason: 'unparsable' };
  const r = value as Record<string, unknown>;
  if (r.schema !== SCHEMA) return { record: null, reason: 'schema' };
  if (String(r.revision) !== config.revision) return { record: null, reason: 'revision' };
  const timestamp = typeof r.timestamp === 'string' ? Date.parse(r.timestamp) : NaN;
  const expires = typeof r.expires === 'string' ? Date.parse(r.expires) : NaN;
  const categories = r.categories;
  if (
    typeof r.id !== 'string' ||
    !METHODS.has(r.method as string) ||
    Number.isNaN(timestamp) ||
    Number.isNaN(expires) ||
    !categories ||
    typeof categories !== 'object' ||
    Array.isArray(categories)
  ) {
    return { record: null, reason: 'malformed' };
  }
  if (expires <= now) return { record: null, reason: 'expired' };
  if (now - timestamp > config.expiresDays * DAY_MS) return { record: null, reason: 'too-old' };
  const granted = categories as Record<string, unknown>;
  for (const c of config.categories) {
    if (typeof granted[c.id] !== 'boolean') return { record: null, reason: 'category-missing' };
  }
  return { record: value as ConsentRecord };
}

export function readRecord(raw: string | null | undefined, config: ConsentConfig, now: number): ConsentRecord | null {
  return checkRecord(raw, config, now).record;
}

/** A new record for a decision; required categories are always granted. */
export function createRecord(
  config: ConsentConfig,
  method: ConsentMethod,
  choices: Record<string, boolean>,
  now: number,
  id: string,
): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const c of config.categories) categories[c.id] = c.required || choices[c.id] === true;
  return {
    schema: SCHEMA,
    id,
    revision: config.revision,
    timestamp: new Date(now).toISOString(),
    expires: new Date(now + config.expiresDays * DAY_MS).toISOString(),
    method,
    categories,
  };
}

/** Granted state of a category under a record; required categories are always granted. */
export function isGranted(config: ConsentConfig, record: ConsentRecord | null, id: string): boolean {
  const category = config.categories.find((c) => c.id === id);
  if (category?.required) return true;
  return record?.categories[id] === true;
}

/**
 * Ids of the categories whose granted state differs between two records. Before the
 * first decision every non-required category counts as denied.
 */
export function changedCategories(
  config: ConsentConfig,
  before: ConsentRecord | null,
  after: ConsentRecord | null,
): string[] {
  return config.categories
    .filter((c) => !c.required && isGranted(config, before, c.id) !== isGranted(config, after, c.id))
    .map((c) => c.id);
}
