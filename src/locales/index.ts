import type { ConsentMessages, PolicyMessages, RightsMessages } from '../core/i18n/messages.js';
import { loadLanguage } from './load.js';

export { BUILT_IN, pickLanguage } from './built-in.js';

/** Languages written right to left (a site may supply their texts through `messages`). */
const RTL = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|ug|ur|yi)(-|$)/i;
export const isRtl = (lang: string): boolean => RTL.test(lang);

/** The texts of one element. */
export interface Parts {
  consent: ConsentMessages;
  policy: PolicyMessages;
  rights: RightsMessages;
}
export type Part = keyof Parts;

// English is not here: each element imports its own English texts (`en.ts`), so a bundle with the banner only carries the banner's.
const loaded = new Map<string, Parts[Part]>();
const loading = new Map<string, Promise<Parts[Part] | undefined>>();

/** A built-in language's texts for one element if already loaded (English is never loaded: the elements carry it). */
export function builtInTexts<P extends Part>(lang: string, part: P): Parts[P] | undefined {
  return loaded.get(`${lang}.${part}`) as Parts[P] | undefined;
}

/**
 * Loads a built-in language's texts for one element, once per page however many elements
 * ask. Resolves `undefined` when the file cannot be had; the element then stays English.
 */
export function loadTexts<P extends Part>(lang: string, part: P): Promise<Parts[P] | undefined> {
  const key = `${lang}.${part}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = loadLanguage(lang, part).then(
      (texts) => {
        loaded.set(key, texts as Parts[P]);
        return texts as Parts[P];
      },
      (error: unknown) => {
        console.warn(`privacy-elements: the ${lang} texts could not be loaded (${(error as Error)?.message ?? error}); showing English`);
        return undefined;
      },
    );
    loading.set(key, promise);
  }
  return promise as Promise<Parts[P] | undefined>;
}
