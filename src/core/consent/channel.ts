/**
 * The channel a decision is announced on to other tabs. A record kept in the fallback cookie
 * (localStorage disabled or full) fires no `storage` event; this message does. Null where
 * BroadcastChannel is missing.
 */
export function consentChannel(key: string): BroadcastChannel | null {
  try {
    return new BroadcastChannel(`privacy-elements:${key}`);
  } catch {
    return null;
  }
}
