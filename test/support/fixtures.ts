import type { ConsentCategory, ConsentConfig } from '../../src/core/consent/consent-types.js';

export const ESSENTIAL: ConsentCategory = { id: 'essential', label: 'Essential', description: '', required: true, cookies: [] };
export const ANALYTICS: ConsentCategory = {
  id: 'analytics',
  label: 'Analytics',
  description: '',
  required: false,
  cookies: [{ name: '_ga' }, { pattern: '^_ga_' }],
};
export const MARKETING: ConsentCategory = { id: 'marketing', label: 'Marketing', description: '', required: false, cookies: [{ name: 'ads_id' }] };

export function config(overrides: Partial<ConsentConfig> = {}): ConsentConfig {
  return { storageKey: 'test-consent', revision: '1', expiresDays: 180, categories: [ESSENTIAL, ANALYTICS], ...overrides };
}

export const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.parse('2026-11-23T10:00:00.000Z');

/** A controllable clock. */
export function clock(start = NOW) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** Deletes every cookie the page can see (host-only, path /). */
export function clearCookies(): void {
  for (const c of document.cookie.split(';')) {
    const name = c.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

export function cookieNames(): string[] {
  return document.cookie
    .split(';')
    .map((c) => c.split('=')[0].trim())
    .filter(Boolean);
}
