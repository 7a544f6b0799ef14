import type { Plural } from './messages.js';

/** Fills `{name}` placeholders; a placeholder without a value stays as written. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));
}

/** The plural form for `count` in `lang` (`Intl.PluralRules`), with `{count}` filled. */
export function plural(forms: Plural, count: number, lang: string): string {
  let rule: Intl.LDMLPluralRule = 'other';
  try {
    rule = new Intl.PluralRules(lang).select(count);
  } catch {
    // An unknown tag: `other` still reads right.
  }
  return format(forms[rule] ?? forms.other, { count });
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * `base` with `overrides` laid over it, key by key and level by level. Only a value of
 * the base's own kind is taken — a non-blank string for a string, an object for an
 * object — so a typo, a number or `null` in a site's config leaves the built-in text on
 * screen rather than `undefined`, a blank button or an object. Keys the base does not
 * have are ignored, except plural forms: a layer with its own `other` brings its
 * language's forms (`few`, `many`) whole.
 */
export function mergeMessages<T extends object>(base: T, ...overrides: unknown[]): T {
  return overrides.reduce<unknown>(mergeOne, base) as T;
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

function mergeOne(base: unknown, layer: unknown): unknown {
  if (typeof base === 'string') return typeof layer === 'string' && layer.trim() ? layer : base;
  if (!isObject(base) || !isObject(layer)) return base;
  // Plural forms differ by language (Polish has `few` and `many`, English neither): a layer's forms replace the base's.
  const plural = 'other' in base && Object.keys(base).every((k) => PLURAL_FORMS.includes(k));
  if (plural && typeof layer.other === 'string' && layer.other.trim()) {
    return Object.fromEntries(PLURAL_FORMS.filter((k) => typeof layer[k] === 'string' && (layer[k] as string).trim()).map((k) => [k, layer[k]]));
  }
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base)) if (Object.hasOwn(layer, key)) out[key] = mergeOne(base[key], layer[key]);
  return out;
}

/** A language tag as a `messages` key: `de`, `pt-BR`, `zh-Hant`. */
const LANG_KEY = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * A site's `messages` value, by language. Keyed by language (`{ "de": {…}, "sv": {…} }`)
 * it is returned as is; a plain set of texts (`{ acceptAll: "…" }`) applies to whatever
 * language is shown, under the key `*`.
 */
export function messagesByLanguage(messages: unknown): Record<string, Record<string, unknown>> {
  if (!isObject(messages)) return {};
  const keys = Object.keys(messages);
  const keyed = keys.length > 0 && keys.every((k) => LANG_KEY.test(k) && isObject(messages[k]));
  if (!keyed) return { '*': messages };
  return Object.fromEntries(keys.map((k) => [k.toLowerCase(), messages[k] as Record<string, unknown>]));
}

/** The languages a site supplies texts for through `messages` (not `*`). */
export const suppliedLanguages = (...sets: Array<Record<string, unknown>>): string[] => sets.flatMap((s) => Object.keys(s).filter((k) => k !== '*'));

/**
 * The entries of `sets` that apply to `lang`, in the order they are laid over the built-in
 * texts: set by set (the later set wins: the config block, then the element's property),
 * and within a set the plain texts, the language (`pt`), the regional tag (`pt-br`).
 */
export function overridesFor(lang: string, ...sets: Array<Record<string, Record<string, unknown>>>): Array<Record<string, unknown>> {
  const tag = lang.toLowerCase();
  const keys = ['*', tag.split('-')[0], tag].filter((k, i, all) => all.indexOf(k) === i);
  return sets.flatMap((set) => keys.map((k) => set[k]).filter((v): v is Record<string, unknown> => !!v));
}

/** A text given as a string or per language (`{ "en": "Analytics", "de": "Statistik" }`): the language's, else `en`, else the first. */
export function localText(value: unknown, lang: string): string | undefined {
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && !!e[1].trim());
  const map = new Map(entries.map(([k, v]) => [k.toLowerCase(), v]));
  const tag = lang.toLowerCase();
  return map.get(tag) ?? map.get(tag.split('-')[0]) ?? map.get('en') ?? entries[0]?.[1];
}
