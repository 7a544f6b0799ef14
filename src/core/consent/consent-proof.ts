import type { ConsentRecord } from './consent-types.js';

export interface ConsentProof extends ConsentRecord {
  page: string;
  locale: string;
}

/**
 * POSTs a decision to the site's `consent-endpoint` as proof of consent, without
 * blocking the visitor: `keepalive` lets it finish when the page unloads. Resolves to
 * an error message when it failed, never rejects.
 */
export function sendConsentProof(endpoint: string, proof: ConsentProof, doFetch: typeof fetch = fetch): Promise<string | null> {
  return doFetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(proof),
    credentials: 'same-origin',
    keepalive: true,
  }).then(
    (r) => (r.ok ? null : `${endpoint} answered ${r.status}`),
    (e) => `${endpoint}: ${e}`,
  );
}
