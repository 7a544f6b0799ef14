import type { ConsentRecord } from './core/consent/consent-types.js';

import { CookieConsent } from './elements/cookie-consent/cookie-consent.js';

export interface ConsentApi {
  readonly record: ConsentRecord | null;
  show(): void;
  showPreferences(): Promise<void>;
  acceptAll(): void;
  rejectAll(): void;
  setConsent(choices: Record<string, boolean>): void;
  hasConsent(id: string): boolean;
  reset(): void;
}

/** `window.PrivacyElements.consent`: the methods of the page's banner (none on the page: `hasConsent` is false). */
export function consentApi(doc: Document): ConsentApi {
  const banner = () => doc.querySelector('cookie-consent');
  const api = {
    get record() {
      return banner()?.record ?? null;
    },
  } as Record<string, unknown>;
  for (const method of ['show', 'showPreferences', 'acceptAll', 'rejectAll', 'setConsent', 'hasConsent', 'reset'] as const) {
    api[method] = (...args: unknown[]) => (banner()?.[method] as ((...a: unknown[]) => unknown) | undefined)?.apply(banner(), args) ?? (method === 'hasConsent' ? false : undefined);
  }
  return api as unknown as ConsentApi;
}

/**
 * Adds a `<cookie-consent>` when the page has none, configured from the script tag's
 * `data-*` attributes (and the page's config block, which the element reads itself),
 * unless the tag says `data-banner="off"`. Placed first in `<body>` so it is among the
 * first stops of the Tab key; it is an overlay, so nothing on the page moves.
 */
export function addBanner(doc: Document, script: HTMLScriptElement | null): void {
  if (script?.dataset.banner === 'off') return;
  const add = () => {
    if (doc.querySelector('cookie-consent')) return;
    const banner = doc.createElement('cookie-consent');
    // Every attribute of the element may come from the tag (`data-policy-url` → `policy-url`).
    for (const name of [...CookieConsent.observedAttributes, 'lang']) {
      const value = script?.getAttribute(`data-${name}`);
      if (value != null) banner.setAttribute(name, value);
    }
    doc.body.prepend(banner);
  };
  if (doc.body) add();
  else doc.addEventListener('DOMContentLoaded', add, { once: true });
}

type Global = { PrivacyElements?: Record<string, unknown> };

/** Merges into `window.PrivacyElements`, so both script bundles may load on one page. */
export function expose(api: Record<string, unknown>): void {
  const g = globalThis as Global;
  g.PrivacyElements = Object.assign(g.PrivacyElements ?? {}, api);
}
