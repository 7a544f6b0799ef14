/** A text as one string, or per language: `{ "en": "Analytics", "de": "Statistik" }`. */
export type LocalText = string | Readonly<Record<string, string>>;

/**
 * One cookie a category sets: an exact `name`, or a `pattern` (RegExp source) matched
 * against names. Its provider, purpose and duration are a string or per language.
 */
export interface CookieInfo {
  name?: string;
  pattern?: string;
  provider?: LocalText;
  purpose?: LocalText;
  duration?: LocalText;
}

export interface ConsentCategory {
  id: string;
  /** The site's label; absent: the built-in label of the language shown, else the id. */
  label?: LocalText;
  /** The site's description; absent: the built-in one, if any. */
  description?: LocalText;
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

/**
 * A category as a site writes it (the `categories` property or the config block): only
 * `id` is needed; `essential` is always required. The banner cleans it up into a
 * {@link ConsentCategory}.
 */
export interface CategoryInput {
  id: string;
  label?: LocalText;
  description?: LocalText;
  required?: boolean;
  cookies?: CookieInfo[];
}
