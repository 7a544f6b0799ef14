import type { ConsentMessages, Locale, PolicyMessages, RightsMessages } from '../core/i18n/messages.js';
import { resolveLocale } from '../core/i18n/resolve-locale.js';
import * as en from './en.js';

/** Built-in languages and their direction. More are added here, one file each. */
export const LANGUAGES: Readonly<Record<string, Locale['dir']>> = { en: 'ltr' };

export const consentMessages: Readonly<Record<string, ConsentMessages>> = { en: en.consent };
export const policyMessages: Readonly<Record<string, PolicyMessages>> = { en: en.policy };
export const rightsMessages: Readonly<Record<string, RightsMessages>> = { en: en.rights };

/** The best-matching built-in language for candidates such as `lang` attributes and `navigator.language`. */
export function pickLocale(candidates: Array<string | null | undefined>): Locale {
  const lang = resolveLocale(candidates, Object.keys(LANGUAGES));
  return { lang, dir: LANGUAGES[lang] ?? 'ltr' };
}

/** The language candidates of an element: its own `lang`, the nearest `[lang]`, `<html lang>`, the browser's. */
export function langCandidates(el: Element, own?: string | null): Array<string | null | undefined> {
  return [own ?? el.getAttribute('lang'), el.parentElement?.closest('[lang]')?.getAttribute('lang'), el.ownerDocument.documentElement.lang, globalThis.navigator?.language];
}
