import type { ConsentRecord } from './consent-types.js';

export interface ConsentProof extends ConsentRecord {
  page: string;
  locale: string;
}

/**
 * POSTs a decision to the site's `consent-endpoint` as proof of consent, without
 * blocking the visitor: `keepalive` lets it finish when the page unloads, and a
 * failure is reported through `onError`, never thrown.
 */
export function sendConsentProof(
  endpoint: string,
  proof: ConsentProof,
  options: { fetch?: typeof fetch; onError?: (error: unknown) => void } = {},
): Promise<boolean> {
  const doFetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!doFetch) return Promise.resolve(false);
  return doFetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(proof),
    credentials: 'same-origin',
    keepalive: true,
  }).then(
    (response) => {
      if (!response.ok) options.onError?.(new Error(`${endpoint} answered ${response.status}`));
      return response.ok;
    },
    (error) => {
      options.onError?.(error);
      return false;
    },
  );
}
