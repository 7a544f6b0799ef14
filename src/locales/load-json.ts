/**
 * How the script-tag bundles get a built-in language: `fetch` of one JSON file per
 * language and element from the `locales/` folder beside the script (`dist/locales/de.consent.json`).
 * A fetch works under a strict Content-Security-Policy and Trusted Types, where an added
 * `<script>` would not; and a German visitor downloads German only.
 */
let base: string | undefined;

/** Called by the script-tag entry with its own address (`document.currentScript.src`). */
export function localesBeside(scriptSrc: string | undefined): void {
  base = scriptSrc ? new URL('locales/', scriptSrc).href : undefined;
}

export async function loadLanguage(lang: string, part: string): Promise<unknown> {
  if (!base) throw new Error('the script’s own address is unknown');
  const url = `${base}${lang}.${part}.json`;
  // The loader may have started this download already.
  const early = (globalThis as { PrivacyElements?: { __texts?: Record<string, Promise<unknown>> } }).PrivacyElements?.__texts?.[url];
  if (early) return early;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}
