type Global = { PrivacyElements?: Record<string, unknown> };

/** Merges into `window.PrivacyElements`, so both script bundles (and the parts) may add to it. */
export function expose(api: Record<string, unknown>): void {
  const g = globalThis as Global;
  g.PrivacyElements = Object.assign(g.PrivacyElements ?? {}, api);
}
