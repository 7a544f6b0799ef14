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
  return postConsentProof(endpoint, proof, doFetch).then((r) => r.problem);
}

/** How long a proof may take before it is kept for a later page load. */
export const PROOF_TIMEOUT_MS = 10_000;

export interface ProofDelivery {
  /** Why it failed, or null when the endpoint took it. */
  problem: string | null;
  /** Worth sending again later: the network failed, or the server answered 408, 429 or 5xx. */
  retry: boolean;
}

/** {@link sendConsentProof}, also saying whether a failure is worth another try on a later page load (network error, timeout, 408, 429, 5xx). */
export function postConsentProof(endpoint: string, proof: ConsentProof, doFetch: typeof fetch = fetch): Promise<ProofDelivery> {
  return doFetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(proof),
    credentials: 'same-origin',
    keepalive: true,
    // A server that never answers counts as a failure to send again later.
    signal: AbortSignal.timeout?.(PROOF_TIMEOUT_MS),
  }).then(
    (r) => ({ problem: r.ok ? null : `${endpoint} answered ${r.status}`, retry: r.status >= 500 || r.status === 408 || r.status === 429 }),
    (e) => ({ problem: `${endpoint}: ${e}`, retry: true }),
  );
}

/** Where proofs of consent that could not be delivered wait for a later page load (localStorage). */
export const unsentKey = (storageKey: string): string => `${storageKey}:unsent`;
