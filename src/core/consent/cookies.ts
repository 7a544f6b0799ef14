import Cookies from 'js-cookie';
import type { CookieInfo } from './consent-types.js';

/** The page's cookies as far as script can see and delete them. */
export interface CookieJar {
  names(): string[];
  remove(name: string, attributes: { domain?: string; path?: string }): void;
}

export const documentCookieJar: CookieJar = {
  names: () => Object.keys(Cookies.get()),
  remove: (name, attributes) => Cookies.remove(name, attributes),
};

/** Whether a cookie name is listed by exact name or matched by a pattern. */
export function matchesCookie(name: string, cookies: CookieInfo[]): boolean {
  return cookies.some((c) => c.name === name || (c.pattern != null && new RegExp(c.pattern).test(name)));
}

/**
 * The domains a cookie visible on `hostname` may have been set for: the host and each
 * parent (`a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`). An IP
 * address or a single-label host has none beyond the host-only cookie.
 */
export function cookieDomains(hostname: string): string[] {
  const labels = hostname.split('.');
  if (labels.length < 2 || /^[\d.]+$|:/.test(hostname)) return [];
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}

/** The paths a cookie visible at `pathname` may have been set for: `/`, `/a`, `/a/b`, … */
export function cookiePaths(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  return ['/', ...parts.map((_, i) => '/' + parts.slice(0, i + 1).join('/'))];
}

/**
 * Deletes every cookie the page can see whose name a category lists, host-only and on
 * each parent domain, on each path above the page. Returns the names it found.
 */
export function deleteCookies(cookies: CookieInfo[], jar: CookieJar = documentCookieJar, where: { hostname: string; pathname: string } = location): string[] {
  const names = jar.names().filter((n) => matchesCookie(n, cookies));
  for (const name of names) {
    for (const domain of [undefined, ...cookieDomains(where.hostname)]) {
      for (const path of cookiePaths(where.pathname)) jar.remove(name, { domain, path });
    }
  }
  return names;
}
