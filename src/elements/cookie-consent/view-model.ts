import type { ConsentCategory, CookieInfo } from '../../core/consent/consent-types.js';

export interface CategoryView {
  id: string;
  label: string;
  description: string;
  required: boolean;
  checked: boolean;
  cookies: Array<{ name: string; provider: string; purpose: string; duration: string }>;
}

/** How a cookie is named in the table: its exact name, or its pattern made readable (`^_ga_` → `_ga_*`). */
export function cookieLabel(cookie: CookieInfo): string {
  if (cookie.name !== undefined) return cookie.name;
  const source = cookie.pattern ?? '';
  const anchoredStart = source.startsWith('^');
  const anchoredEnd = source.endsWith('$') && !source.endsWith('\\$');
  const body = source.slice(anchoredStart ? 1 : 0, anchoredEnd ? -1 : undefined).replace(/\.\*/g, '*');
  const readable = body.replace(/\\(.)/g, '$1');
  // Anything beyond literals and `.*` is shown as the pattern itself.
  if (/[[\](){}|+?^$]/.test(body.replace(/\\./g, ''))) return source;
  const start = anchoredStart || readable.startsWith('*') ? '' : '*';
  const end = anchoredEnd || readable.endsWith('*') ? '' : '*';
  return `${start}${readable}${end}`;
}

/** The preferences dialog's rows: each category with the switch state the visitor sees. */
export function categoryViews(categories: ConsentCategory[], choices: Record<string, boolean>): CategoryView[] {
  return categories.map((c) => ({
    id: c.id,
    label: c.label,
    description: c.description,
    required: c.required,
    checked: c.required || choices[c.id] === true,
    cookies: c.cookies.map((cookie) => ({
      name: cookieLabel(cookie),
      provider: cookie.provider ?? '',
      purpose: cookie.purpose ?? '',
      duration: cookie.duration ?? '',
    })),
  }));
}
