/**
 * Google Consent Mode v2: `gtag('consent', 'default' | 'update', …)`. When the page has
 * no `gtag`, calls are queued in `window.dataLayer` exactly as gtag's snippet does, one
 * `arguments` object per call, so gtag.js picks them up when it loads.
 */
export type ConsentModeState = Record<string, 'granted' | 'denied'>;

const ADS = 'ad_storage ad_user_data ad_personalization';
const FUNCTIONAL = 'functionality_storage personalization_storage';

/** Which Consent Mode types each category id grants (space-separated). */
export const CATEGORY_TYPES: Readonly<Record<string, string>> = {
  analytics: 'analytics_storage',
  marketing: ADS,
  functional: FUNCTIONAL,
};

/** All seven Consent Mode v2 types. */
export const CONSENT_MODE_TYPES = `${ADS} analytics_storage ${FUNCTIONAL} security_storage`.split(' ');

/** The state of all seven types for the granted categories; `security_storage` is always granted. */
export function consentModeState(categoryIds: string[], hasConsent: (id: string) => boolean): ConsentModeState {
  const granted = new Set(['security_storage']);
  for (const id of categoryIds) if (hasConsent(id)) CATEGORY_TYPES[id]?.split(' ').forEach((t) => granted.add(t));
  return Object.fromEntries(CONSENT_MODE_TYPES.map((t) => [t, granted.has(t) ? 'granted' : 'denied']));
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
