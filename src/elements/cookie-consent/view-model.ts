import type { ConsentCategory, CookieInfo } from '../../core/consent/consent-types.js';
import type { ConsentMessages } from '../../core/i18n/messages.js';
import { localText } from '../../core/i18n/translate.js';

export interface CategoryView {
  id: string;
  label: string;
  description: string;
  required: boolean;
  checked: boolean;
  /** Table rows: name, provider, purpose, duration. */
  cookies: string[][];
}

/** How a cookie is named in the table: its exact name, or its pattern (`^_ga_` → `_ga_…`). */
export function cookieLabel(cookie: CookieInfo): string {
  const pattern = cookie.pattern ?? '';
  return cookie.name ?? (/^\^[\w-]+$/.test(pattern) ? `${pattern.slice(1)}…` : pattern);
}

/**
 * The preferences dialog's rows: each category with the switch state the visitor sees,
 * in the language shown — the site's text for that language (else its English, else its
 * first), else the built-in text for a usual category, else the id.
 */
export function categoryViews(categories: ConsentCategory[], choices: Record<string, boolean>, t: ConsentMessages, lang: string): CategoryView[] {
  const builtIn = t.categories as Record<string, { label: string; description: string } | undefined>;
  return categories.map((c) => ({
    id: c.id,
    label: localText(c.label, lang) ?? builtIn[c.id]?.label ?? c.id,
    description: localText(c.description, lang) ?? builtIn[c.id]?.description ?? '',
    required: c.required,
    checked: c.required || choices[c.id] === true,
    cookies: c.cookies.map((k) => [cookieLabel(k), localText(k.provider, lang) ?? '', localText(k.purpose, lang) ?? '', localText(k.duration, lang) ?? '']),
  }));
}
