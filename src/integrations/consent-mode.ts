import { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAP } from '../core/consent/consent-mode-map.js';

export { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAP };

/**
 * Google Consent Mode v2: `gtag('consent', 'default' | 'update', …)`. When the page has
 * no `gtag`, calls are queued in `window.dataLayer` exactly as gtag's snippet does, one
 * `arguments` object per call, so gtag.js picks them up when it loads.
 */
export type ConsentModeState = Record<string, 'granted' | 'denied'>;

/**
 * The state of every type for the granted categories: a type is granted when a granted
 * category maps to it, else denied. The seven v2 types always, and any other type the map
 * names. `map` is the site's `consentModeMap` over SPEC's default (a category the site maps
 * replaces its default mapping).
 */
export function consentModeState(
  categoryIds: string[],
  hasConsent: (id: string) => boolean,
  map: Readonly<Record<string, readonly string[]>> = DEFAULT_CONSENT_MODE_MAP,
): ConsentModeState {
  const granted = new Set<string>();
  for (const id of categoryIds) if (hasConsent(id)) map[id]?.forEach((t) => granted.add(t));
  const types = new Set([...CONSENT_MODE_TYPES, ...Object.values(map).flat()]);
  return Object.fromEntries([...types].map((t) => [t, granted.has(t) ? 'granted' : 'denied']));
}

interface GtagWindow {
  gtag?: (...args: unknown[]) => void;
  dataLayer?: unknown[];
}

/** Calls `gtag(…)`, or queues the call in `dataLayer` as an `arguments` object. */
export function gtag(win: GtagWindow, ...args: unknown[]): void {
  if (typeof win.gtag === 'function') return win.gtag(...args);
  const layer = (win.dataLayer ||= []);
  (function (..._: unknown[]) {
    // gtag.js reads `arguments` objects from the dataLayer, not arrays.
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  })(...args);
}

export function consentModeDefault(state: ConsentModeState, win: GtagWindow = globalThis as GtagWindow, waitForUpdate = 500): void {
  gtag(win, 'consent', 'default', { ...state, wait_for_update: waitForUpdate });
}

export function consentModeUpdate(state: ConsentModeState, win: GtagWindow = globalThis as GtagWindow): void {
  gtag(win, 'consent', 'update', state);
}

/**
 * For tag managers, after each decision's `update`: one `consent_update` object in
 * `window.dataLayer` with the record's categories, method and id (SPEC).
 */
export function consentUpdateEvent(record: { id: string; method: string; categories: Record<string, boolean> }, win: GtagWindow = globalThis as GtagWindow): void {
  (win.dataLayer ||= []).push({ event: 'consent_update', consent: { ...record.categories }, consentMethod: record.method, consentId: record.id });
}
