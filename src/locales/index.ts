import type { Messages } from '../core/i18n/messages.js';
import { resolveLocale } from '../core/i18n/resolve-locale.js';
import { en } from './en.js';

/** Built-in languages. More are added here, one file each. */
export const locales: Readonly<Record<string, Messages>> = { en };

/** The messages for the best-matching built-in language. */
export function messagesFor(candidates: Array<string | null | undefined>): Messages {
  return locales[resolveLocale(candidates, Object.keys(locales))] ?? en;
}
