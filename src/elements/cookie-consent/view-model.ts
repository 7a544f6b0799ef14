import type { ConsentCategory, CookieInfo } from '../../core/consent/consent-types.js';

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

/** The preferences dialog's rows: each category with the switch state the visitor sees. */
export function categoryViews(categories: ConsentCategory[], choices: Record<string, boolean>): CategoryView[] {
  return categories.map((c) => ({
    id: c.id,
    label: c.label,
    description: c.description,
    required: c.required,
    checked: c.required || choices[c.id] === true,
    cookies: c.cookies.map((k) => [cookieLabel(k), k.provider ?? '', k.purpose ?? '', k.duration ?? '']),
  }));
}
