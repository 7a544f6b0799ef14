/**
 * A random v4 UUID. `crypto.randomUUID` exists only in secure contexts, so plain-http
 * pages fall back to `crypto.getRandomValues`, which every browser and Node offer.
 */
export function randomUUID(): string {
  const c = globalThis.crypto;
  return c.randomUUID?.() ?? '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (d) => (+d ^ (c.getRandomValues(new Uint8Array(1))[0] & (15 >> (+d / 4)))).toString(16));
}
