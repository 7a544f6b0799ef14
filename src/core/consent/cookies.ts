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

/** Whether a cookie name is covered by one of a category's cookie entries. */
export function matchesCookie(name: string, cookies: CookieInfo[]): boolean {
  return cookies.some((c) => {
    if (c.name !== undefined && c.name === name) return true;
    if (c.pattern === undefined) return false;
    try {
      return new RegExp(c.pattern).test(name);
    } catch {
      return false;
    }
  });
}

/**
 * The domains a cookie visible on `hostname` may have been set for: the host itself and
 * each parent domain (`a.b.example.com` → `a.b.example.com`, `b.example.com`,
 * `example.com`). An IP address or a single-label host has only itself.
 */
export function cookieDomains(hostname: string): string[] {
  if (!hostname || /^[\d.]+$/.test(hostname) || hostname.includes(':') || !hostname.includes('.')) return [];
  const labels = hostname.split('.');
  const domains: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) domains.push(labels.slice(i).join('.'));
  return domains;
}

/** The paths a cookie visible at `pathname` may have been set for: `/`, `/a`, `/a/b`, … */
export function cookiePaths(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  const paths = ['/'];
  for (let i = 1; i <= parts.length; i++) paths.push('/' + parts.slice(0, i).join('/'));
  return paths;
}

/**
 * Deletes every cookie the page can see whose name a category lists, on the current
 * host and its parent domains and on each path above the page. Returns the names found.
 */
export function deleteCookies(
  cookies: CookieInfo[],
  options: { jar?: CookieJar; hostname?: string; pathname?: string } = {},
): string[] {
  const jar = options.jar ?? documentCookieJar;
  const location = (globalThis as { location?: Location }).location;
  const hostname = options.hostname ?? location?.hostname ?? '';
  const paths = cookiePaths(options.pathname ?? location?.pathname ?? '/');
  const domains: Array<string | undefined> = [undefined, ...cookieDomains(hostname)];
  const names = jar.names().filter((n) => matchesCookie(n, cookies));
  for (const name of names) {
    for (const domain of domains) for (const path of paths) jar.remove(name, { domain, path });
  }
  return names;
}
