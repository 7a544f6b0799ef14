import type { ConsentCategory, ConsentConfig, CookieInfo, LocalText } from './consent-types.js';
import { localText as textIn } from '../i18n/translate.js';
import { isHttpUrl, isLinkUrl } from '../url.js';
import { DEFAULT_CONSENT_MODE_MAP } from './consent-mode-map.js';

export { isHttpUrl, isLinkUrl };

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
  layout?: string;
  categories?: unknown;
  /** Text overrides, usually keyed by language (see the README). */
  messages?: unknown;
  /** Category id → the Consent Mode types it grants; replaces SPEC's default for the categories it names. */
  consentModeMap?: unknown;
}

export type Layout = 'bar' | 'box' | 'center';

export interface ResolvedConsentOptions extends ConsentConfig {
  policyUrl?: string;
  consentEndpoint?: string;
  gpc: 'respect' | 'ignore';
  consentMode: boolean;
  /** SPEC's default map with the site's `consentModeMap` over it. */
  consentModeMap: Record<string, readonly string[]>;
  lang?: string;
  layout: Layout;
}

type Errors = string[];

/**
 * Parses the `<script type="application/json" data-privacy-elements>` block. Never
 * throws: a malformed block gives no options and one error naming the problem.
 */
export function parseConfigBlock(text: string | null | undefined, errors: Errors = []): ConsentOptions {
  if (!text?.trim()) return {};
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    errors.push('the config block must be one JSON object');
  } catch (e) {
    errors.push(`the config block is not valid JSON (${(e as Error).message})`);
  }
  return {};
}

const text = (v: unknown) => typeof v === 'string' || typeof v === 'number';

/** A value as an error message shows it: JSON cut at 80 characters, else its type; never throws (cycles, BigInt). */
function shown(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    if (s !== undefined) return s.length > 80 ? `${s.slice(0, 77)}…` : s;
  } catch {
    // a cycle or a BigInt
  }
  return typeof v;
}

/** Names every object inherits (`__proto__`, `constructor`, `toString`…): never a category id or a map key. */
export const isReservedId = (id: string) => id in Object.prototype;

/** At most this many categories, essential included (a proof of consent holds at most 32, SPEC's backend). */
export const MAX_CATEGORIES = 32;

/** Each option with a single value: its attribute (named in errors), whether a value is valid, its default. */
type Rules = Record<string, [string, (v: unknown) => boolean, unknown?]>;

/** The options the record, the gate and Consent Mode depend on: all the script-tag loader checks. */
const RECORD_RULES = {
  storageKey: ['storage-key', (v) => !!v && text(v), 'cookie-consent'],
  revision: ['revision', text, '1'],
  expiresDays: ['expires-days', (v) => text(v) && +(v as number) > 0 && +(v as number) < Infinity, 180],
  consentEndpoint: ['consent-endpoint', (v) => typeof v === 'string' && isHttpUrl(v)],
  gpc: ['gpc', (v) => v === 'respect' || v === 'ignore', 'respect'],
} satisfies Rules;

/** The options only the interface uses. */
const DISPLAY_RULES = {
  policyUrl: ['policy-url', (v) => typeof v === 'string' && isLinkUrl(v)],
  lang: ['lang', text],
  layout: ['layout', (v) => v === 'bar' || v === 'box' || v === 'center', 'bar'],
} satisfies Rules;

/**
 * The single-valued options from layers, the first layer that defines a key winning; an
 * invalid value gives the default and `invalid(attribute, value)`.
 */
function scalars(layers: ConsentOptions[], invalid: (attribute: string, value: unknown) => void, rules: Rules) {
  const pick = (key: keyof ConsentOptions): unknown => layers.map((l) => l[key]).find((v) => v != null);
  const options = { consentMode: pick('consentMode') === true } as Omit<ResolvedConsentOptions, 'categories'>;
  // Category id → Consent Mode types; an entry that is not an array of type names is dropped.
  const map = pick('consentModeMap');
  const plain = !!map && typeof map === 'object' && !Array.isArray(map);
  if (map != null && !plain) invalid('consentModeMap', map);
  options.consentModeMap = { ...DEFAULT_CONSENT_MODE_MAP };
  for (const [id, types] of plain ? Object.entries(map) : []) {
    if (!isReservedId(id) && Array.isArray(types) && types.every((t) => typeof t === 'string' && /^\w+$/.test(t))) options.consentModeMap[id] = types;
    else invalid(`consentModeMap.${id}`, types);
  }
  for (const [key, [attribute, valid, fallback]] of Object.entries(rules)) {
    const v = pick(key as keyof ConsentOptions);
    const ok = v != null && valid(v);
    if (v != null && !ok) invalid(attribute, v);
    (options as Record<string, unknown>)[key] = ok ? (typeof v === 'number' ? String(v) : v) : fallback;
  }
  options.expiresDays = Number(options.expiresDays);
  return { options, categories: pick('categories') };
}

/**
 * Resolves the configuration from option layers, the first layer that defines a key
 * winning (properties and attributes, then the config block). An invalid value falls
 * back to the default and adds an error naming the attribute; categories are cleaned
 * up by {@link normalizeCategories}. Never throws.
 */
export function resolveConsentOptions(layers: ConsentOptions[], errors: Errors = []): ResolvedConsentOptions {
  const { options, categories } = scalars(layers, (attribute, v) => errors.push(`"${attribute}" is invalid: ${shown(v)}`), { ...RECORD_RULES, ...DISPLAY_RULES });
  return { ...options, categories: normalizeCategories(categories, errors) };
}

/** What the loader needs of the configuration (see {@link quickConsentOptions}). */
export interface QuickConsentOptions extends Pick<
  ResolvedConsentOptions,
  'storageKey' | 'revision' | 'expiresDays' | 'consentEndpoint' | 'gpc' | 'consentMode' | 'consentModeMap'
> {
  categories: Array<Pick<ConsentCategory, 'id' | 'required'>>;
}

/**
 * What the record, the gate and Consent Mode depend on, as {@link resolveConsentOptions} gives
 * it when nothing there is wrong, without the error messages (the script-tag loader's view);
 * null when something is: then the full runtime reads the configuration and says what.
 * Categories carry only their id and `required`. (Options only the interface uses are
 * checked when the interface or the full runtime loads.)
 */
export function quickConsentOptions(layers: ConsentOptions[]): QuickConsentOptions | null {
  let ok = true;
  const { options, categories: raw } = scalars(layers, () => (ok = false), RECORD_RULES);
  if (raw !== undefined && !Array.isArray(raw)) return null;
  const entries = (raw ?? [{ id: 'analytics' }]) as Array<{ id?: unknown; required?: unknown }>;
  const categories = [{ id: 'essential', required: true }];
  if (entries.length > MAX_CATEGORIES) return null;
  for (const e of entries) {
    const id = typeof e?.id === 'string' ? e.id.trim() : '';
    if (!id || isReservedId(id) || (e.id !== 'essential' && categories.some((c) => c.id === id))) return null;
    if (e.id !== 'essential') categories.push({ id, required: e.required === true });
  }
  return ok ? { ...options, categories } : null;
}

/**
 * Turns whatever the site configured into a clean category list: `essential` first and
 * always required; essential + analytics when the site configures none. A bad entry is
 * skipped with an error. Never throws.
 */
export function normalizeCategories(raw: unknown, errors: Errors = []): ConsentCategory[] {
  if (raw !== undefined && !Array.isArray(raw)) errors.push('"categories" must be an array');
  let entries: unknown[] = Array.isArray(raw) ? raw : [{ id: 'analytics' }];
  if (entries.length > MAX_CATEGORIES) {
    errors.push(`"categories" has ${entries.length} entries; only the first ${MAX_CATEGORIES} are used`);
    entries = entries.slice(0, MAX_CATEGORIES);
  }
  const categories: ConsentCategory[] = [];
  const add = (e: Record<string, unknown>, i: number) => {
    const id = typeof e?.id === 'string' ? e.id.trim() : '';
    if (id && isReservedId(id)) return errors.push(`categories[${i}]: "${id}" is a reserved name; choose another id`);
    if (!id || categories.some((c) => c.id === id)) return errors.push(`categories[${i}] needs a unique string "id"`);
    categories.push({
      id,
      label: localText(e.label, `category "${id}" "label"`, errors),
      description: localText(e.description, `category "${id}" "description"`, errors),
      required: id === 'essential' || e.required === true,
      cookies: (Array.isArray(e.cookies) ? e.cookies : []).filter((c: CookieInfo, j) => {
        if (c && typeof c.name !== 'string' && typeof c.pattern === 'string' && isPattern(c.pattern) && !isSafePattern(c.pattern)) {
          errors.push(
            `category "${id}" cookies[${j}] "pattern" ${JSON.stringify(c.pattern)} could take exponential time (a repeated group that repeats inside, or a back-reference)`,
          );
          return false;
        }
        const ok = c && (typeof c.name === 'string' || (typeof c.pattern === 'string' && isPattern(c.pattern)));
        if (!ok) errors.push(`category "${id}" cookies[${j}] needs a "name" or a valid "pattern"`);
        return ok;
      }),
    });
  };
  add({ id: 'essential', ...(entries.find((e) => (e as { id?: unknown })?.id === 'essential') as object) }, 0);
  entries.forEach((e, i) => (e as { id?: unknown })?.id !== 'essential' && add(e as Record<string, unknown>, i));
  return categories;
}

/** A string, or an object of strings keyed by language; anything else is dropped with an error. */
function localText(v: unknown, what: string, errors: Errors): LocalText | undefined {
  if (v == null || v === '') return undefined;
  if (textIn(v, 'en') !== undefined) return v as LocalText;
  errors.push(`${what} must be a string or an object of strings keyed by language`);
  return undefined;
}

function isPattern(source: string): boolean {
  try {
    return !!new RegExp(source);
  } catch {
    return false;
  }
}

/**
 * Whether a cookie pattern runs in time linear enough to test against every cookie name on
 * each page view: at most 200 characters, no back-reference, and no repeated group with a
 * repetition or an alternation inside (`(a+)+$`, `(a|aa)*$`, `(.*a){20}` backtrack
 * exponentially on a long name). Patterns sites write (`^_ga_`, `^(_ga|_gid)$`, `^_hj.*`) pass.
 */
export function isSafePattern(source: string): boolean {
  if (source.length > 200 || /\\[1-9k]/.test(source)) return false;
  // Per open group: whether it holds a repetition or an alternation.
  const groups: boolean[] = [];
  const mark = () => groups.length && (groups[groups.length - 1] = true);
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      // A character class: skip to its unescaped end.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') {
      groups.push(false);
      if (source[i + 1] === '?') i++; // (?: (?= (?<name> are not quantifiers
    } else if (c === ')') {
      const complex = groups.pop() ?? false;
      // `*`, `+`, `{n,}`, `{n,m}` or `{n}` with n > 1 after the group.
      const q = /^(?:[*+]|\{(\d+)(,\d*)?\})/.exec(source.slice(i + 1));
      const repeated = !!q && (!q[1] || !!q[2] || +q[1] > 1);
      if (complex && repeated) return false;
      if (complex || repeated) mark();
    } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === '|') mark();
  }
  return true;
}
