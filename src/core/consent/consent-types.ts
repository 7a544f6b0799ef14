/** One cookie a category sets: an exact `name`, or a `pattern` (RegExp source) matched against names. */
export interface CookieInfo {
  name?: string;
  pattern?: string;
  provider?: string;
  purpose?: string;
  duration?: string;
}

export interface ConsentCategory {
  id: string;
  label: string;
  description: string;
  /** Always granted; the visitor cannot switch it off. */
  required: boolean;
  cookies: CookieInfo[];
}

export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** The stored record, exactly SPEC's shape. */
export interface ConsentRecord {
  schema: 1;
  id: string;
  revision: string;
  timestamp: string;
  expires: string;
  method: ConsentMethod;
  categories: Record<string, boolean>;
}

/** What the store needs to know about the site's consent setup. */
export interface ConsentConfig {
  storageKey: string;
  revision: string;
  expiresDays: number;
  categories: ConsentCategory[];
}

/** Where a decision came from, for listeners that care. */
export type ConsentSource = 'visitor' | 'api' | 'gpc' | 'external';

export interface ConsentChange {
  record: ConsentRecord | null;
  /** Ids of the categories whose granted state differs from before. */
  changed: string[];
  source: ConsentSource;
}
