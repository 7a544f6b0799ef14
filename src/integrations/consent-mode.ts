/**
 * Google Consent Mode v2: `gtag('consent', 'default' | 'update', …)`. When the page has
 * no `gtag`, calls are queued in `window.dataLayer` exactly as gtag's snippet does, one
 * `arguments` object per call, so gtag.js picks them up when it loads.
 */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];
export type ConsentModeState = Record<ConsentModeType, 'granted' | 'denied'>;

const ADS: ConsentModeType[] = ['ad_storage', 'ad_user_data', 'ad_personalization'];
const FUNCTIONAL: ConsentModeType[] = ['functionality_storage', 'personalization_storage'];

/** Which Consent Mode types each category id grants. */
export const CATEGORY_TYPES: Readonly<Record<string, ConsentModeType[]>> = {
  analytics: ['analytics_storage'],
  statistics: ['analytics_storage'],
  marketing: ADS,
  advertising: ADS,
  ads: ADS,
  functional: FUNCTIONAL,
  preferences: FUNCTIONAL,
  personalization: ['personalization_storage'],
};

/** The state of all seven types; `security_storage` is always granted. */
export function consentModeState(categoryIds: string[], hasConsent: (id: string) => boolean): ConsentModeState {
  const state = Object.fromEntries(CONSENT_MODE_TYPES.map((t) => [t, 'denied'])) as ConsentModeState;
  state.security_storage = 'granted';
  for (const id of categoryIds) {
    if (!hasConsent(id)) continue;
    for (const type of CATEGORY_TYPES[id] ?? []) state[type] = 'granted';
  }
  return state;
}

interface GtagWindow {
  gtag?: (...args: unknown[]) => void;
  dataLayer?: unknown[];
}

function gtag(win: GtagWindow, ...args: unknown[]): void {
  if (typeof win.gtag === 'function') {
    win.gtag(...args);
    return;
  }
  const layer = (win.dataLayer = win.dataLayer || []);
  // gtag.js reads `arguments` objects from the dataLayer, not arrays.
  (function queue(..._: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  })(...args);
}

export function consentModeDefault(state: ConsentModeState, win: GtagWindow = globalThis as GtagWindow, waitForUpdate = 500): void {
  gtag(win, 'consent', 'default', { ...state, wait_for_update: waitForUpdate });
}

export function consentModeUpdate(state: ConsentModeState, win: GtagWindow = globalThis as GtagWindow): void {
  gtag(win, 'consent', 'update', { ...state });
}
