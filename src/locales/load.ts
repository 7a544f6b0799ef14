/**
 * How the npm build gets a built-in language: a dynamic import per language, which a
 * site's bundler turns into one small chunk each, fetched only by visitors who read it.
 * The script-tag bundles replace this module with `load-json.ts` (see rollup.config.mjs).
 */
const languages: Record<string, () => Promise<Record<string, unknown>>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pt: () => import('./pt.js'),
  pl: () => import('./pl.js'),
};

export async function loadLanguage(lang: string, part: string): Promise<unknown> {
  const load = languages[lang];
  if (!load) throw new Error(`no built-in language "${lang}"`);
  return (await load())[part];
}
