import { resolveLocale } from '../core/i18n/resolve-locale.js';

/** The languages built in. English is always at hand; the others are loaded when needed. */
export const BUILT_IN = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl'] as const;

/**
 * The best available language for candidates (most specific first), English when none is.
 * Without the language loader, so the banner's runtime can use it on its own.
 */
export function pickLanguage(candidates: Array<string | null | undefined>, supplied: readonly string[] = []): string {
  return resolveLocale(candidates, [...BUILT_IN, ...supplied]);
}
