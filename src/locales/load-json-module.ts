/**
 * How the script-tag bundles' parts (`dist/parts/*.js`, modules) get a built-in language:
 * `fetch` of one JSON file per language and element from `dist/locales/`, found from the
 * part's own address. A German visitor downloads German only.
 */
const base = new URL('../locales/', import.meta.url).href;

export async function loadLanguage(lang: string, part: string): Promise<unknown> {
  const url = `${base}${lang}.${part}.json`;
  // The loader may have started this download already, beside the interface's (a fetch of the same address).
  const early = (globalThis as { PrivacyElements?: { __texts?: Record<string, Promise<Response>> } }).PrivacyElements?.__texts?.[url];
  const response = await (early ?? fetch(url, { credentials: 'same-origin' }));
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}
