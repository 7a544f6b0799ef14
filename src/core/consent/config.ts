import type { ConsentCategory, ConsentConfig, CookieInfo } from './consent-types.js';

/** Options as a site sets them: each key is the camelCase form of an attribute. */
export interface ConsentOptions {
  storageKey?: string;
  revision?: string;
  expiresDays?: number;
  policyUrl?: string;
  consentEndpoint?: string;
  gpc?: 'respect' | 'ignore';
  consentMode?: boolean;
  lang?: string;
  categories?: unknown;
}

export interface ResolvedConsentOptions {
  storageKey: string;
  revision: string;
  expiresDays: number;
  policyUrl?: string;
  consentEndpoint?: string;
  gpc: 'respect' | 'ignore';
  consentMode: boolean;
  lang?: string;
  categories: unknown;
}

/** Texts used for categories the site names without a label or description. */
export interface CategoryDefaults {
  [id: string]: { label: string; description: string } | undefined;
}

export const DEFAULTS = {
  storageKey: 'cookie-consent',
  revision: '1',
  expiresDays: 180,
  gpc: 'respect',
} as const;

const KEYS: ReadonlyArray<keyof ConsentOptions> = [
  'storageKey',
  'revision',
  'expiresDays',
  'policyUrl',
  'consentEndpoint',
  'gpc',
  'consentMode',
  'lang',
  'categories',
];

/**
 * Parses the `<script type="application/json" data-privacy-elements>` block. Never
 * throws: a malformed block gives no options and one error naming the problem.
 */
export function parseConfigBlock(text: string | null | undefined): { options: ConsentOptions; errors: string[] } {
  if (text == null || text.trim() === '') return { options: {}, errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { options: {}, errors: [`the config block is not valid JSON (${(e as Error).message})`] };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { options: {}, errors: ['the config block must be one JSON object'] };
  }
  const options: Record<string, unknown> = {};
  for (const key of KEYS) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined && v !== null) options[key] = v;
  }
  return { options: options as ConsentOptions, errors: [] };
}

/**
 * Merges option layers, the first layer that defines a key winning (properties and
 * attributes, then the config block), and checks each value. Invalid values fall back
 * to the default with an error.
 */
export function resolveConsentOptions(layers: ConsentOptions[]): { options: ResolvedConsentOptions; errors: string[] } {
  const errors: string[] = [];
  const pick = <K extends keyof ConsentOptions>(key: K): ConsentOptions[K] => {
    for (const layer of layers) if (layer[key] !== undefined && layer[key] !== null) return layer[key];
    return undefined;
  };
  const text = (key: 'storageKey' | 'revision' | 'policyUrl' | 'consentEndpoint' | 'lang'): string | undefined => {
    const v = pick(key);
    if (v === undefined) return undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    errors.push(`"${key}" must be a string`);
    return undefined;
  };

  let expiresDays: number = DEFAULTS.expiresDays;
  const rawDays = pick('expiresDays');
  if (rawDays !== undefined) {
    const n = typeof rawDays === 'string' ? Number(rawDays) : rawDays;
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) expiresDays = n;
    else errors.push(`"expires-days" must be a positive number of days, not ${JSON.stringify(rawDays)}`);
  }

  let gpc: 'respect' | 'ignore' = DEFAULTS.gpc;
  const rawGpc = pick('gpc');
  if (rawGpc !== undefined) {
    if (rawGpc === 'respect' || rawGpc === 'ignore') gpc = rawGpc;
    else errors.push(`"gpc" must be "respect" or "ignore", not ${JSON.stringify(rawGpc)}`);
  }

  const storageKey = text('storageKey') || DEFAULTS.storageKey;
  const revision = text('revision') ?? DEFAULTS.revision;
  const consentEndpoint = text('consentEndpoint');
  if (consentEndpoint !== undefined && !isHttpUrl(consentEndpoint)) {
    errors.push(`"consent-endpoint" must be an http or https URL, not ${JSON.stringify(consentEndpoint)}`);
  }
  return {
    options: {
      storageKey,
      revision,
      expiresDays,
      policyUrl: text('policyUrl'),
      consentEndpoint: consentEndpoint !== undefined && isHttpUrl(consentEndpoint) ? consentEndpoint : undefined,
      gpc,
      consentMode: pick('consentMode') === true,
      lang: text('lang'),
      categories: pick('categories'),
    },
    errors,
  };
}

/** True for a URL (absolute, or relative to `base`) whose scheme is http or https. */
export function isHttpUrl(url: string, base = 'http://localhost/'): boolean {
  try {
    const { protocol } = new URL(url, (globalThis as { location?: Location }).location?.href ?? base);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Turns whatever the site configured into a clean category list: `essential` first and
 * required, `analytics` present unless the site configured its own list; bad entries are
 * skipped with an error each. Never throws.
 */
export function normalizeCategories(
  raw: unknown,
  defaults: CategoryDefaults,
): { categories: ConsentCategory[]; errors: string[] } {
  const errors: string[] = [];
  const categories: ConsentCategory[] = [];
  const seen = new Set<string>();
  const entries: unknown[] =
    raw === undefined ? [{ id: 'essential' }, { id: 'analytics' }] : Array.isArray(raw) ? raw : [];
  if (raw !== undefined && !Array.isArray(raw)) errors.push('"categories" must be an array of category objects');

  entries.forEach((entry, i) => {
    if (!entry || typeof entry !== 'object' || typeof (entry as { id?: unknown }).id !== 'string' || !(entry as { id: string }).id.trim()) {
      errors.push(`categories[${i}] needs a string "id"`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const id = (e.id as string).trim();
    if (seen.has(id)) {
      errors.push(`category "${id}" is configured twice`);
      return;
    }
    seen.add(id);
    const fallback = defaults[id];
    categories.push({
      id,
      label: typeof e.label === 'string' && e.label ? e.label : fallback?.label ?? id,
      description: typeof e.description === 'string' ? e.description : fallback?.description ?? '',
      required: id === 'essential' || e.required === true,
      cookies: normalizeCookies(e.cookies, id, errors),
    });
  });

  if (!seen.has('essential')) {
    const fallback = defaults.essential;
    categories.unshift({
      id: 'essential',
      label: fallback?.label ?? 'essential',
      description: fallback?.description ?? '',
      required: true,
      cookies: [],
    });
  }
  // Essential first, in the order the site gave otherwise.
  categories.sort((a, b) => Number(b.id === 'essential') - Number(a.id === 'essential'));
  return { categories, errors };
}

function normalizeCookies(raw: unknown, categoryId: string, errors: string[]): CookieInfo[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.push(`category "${categoryId}": "cookies" must be an array`);
    return [];
  }
  const cookies: CookieInfo[] = [];
  raw.forEach((c, i) => {
    const where = `category "${categoryId}" cookies[${i}]`;
    if (!c || typeof c !== 'object') return errors.push(`${where} must be an object`);
    const { name, pattern, provider, purpose, duration } = c as Record<string, unknown>;
    if (typeof name !== 'string' && typeof pattern !== 'string') return errors.push(`${where} needs a "name" or a "pattern"`);
    if (typeof pattern === 'string' && !isValidPattern(pattern)) return errors.push(`${where}: "pattern" ${JSON.stringify(pattern)} is not a valid regular expression`);
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    cookies.push({ name: str(name), pattern: str(pattern), provider: str(provider), purpose: str(purpose), duration: str(duration) });
  });
  return cookies;
}

function isValidPattern(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** The store's view of resolved options. */
export function toConsentConfig(options: ResolvedConsentOptions, categories: ConsentCategory[]): ConsentConfig {
  return {
    storageKey: options.storageKey,
    revision: options.revision,
    expiresDays: options.expiresDays,
    categories,
  };
}
