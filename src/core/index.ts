/** `privacy-elements/core`: DOM-free logic, usable on a server or in a worker. */
export type { CategoryInput, ConsentCategory, ConsentChange, ConsentConfig, ConsentMethod, ConsentRecord, ConsentSource, CookieInfo } from './consent/consent-types.js';
export { checkRecord, readRecord, createRecord, isGranted, changedCategories, SCHEMA, type VoidReason } from './consent/record.js';
export {
  parseConfigBlock,
  resolveConsentOptions,
  normalizeCategories,
  isHttpUrl,
  isLinkUrl,
  type ConsentOptions,
  type ResolvedConsentOptions,
  type Layout,
} from './consent/config.js';
export { createConsentStore, ConsentError, watchLocalStorage, type ConsentStore, type ConsentStoreOptions, type WatchStorage } from './consent/consent-store.js';
export { createFallbackStorage, createDefaultStorage, localStorageBackend, cookieBackend, memoryBackend, type KeyValueStorage } from './consent/storage.js';
export { deleteCookies, matchesCookie, cookieDomains, documentCookieJar, type CookieJar } from './consent/cookies.js';
export { sendConsentProof, postConsentProof, unsentKey, type ConsentProof, type ProofDelivery } from './consent/consent-proof.js';
export { CONSENT_MODE_TYPES, DEFAULT_CONSENT_MODE_MAP } from './consent/consent-mode-map.js';
export type { Locale, ConsentMessages, PolicyMessages, RightsMessages, Plural, CategoryText, FieldError } from './i18n/messages.js';
export { resolveLocale } from './i18n/resolve-locale.js';
export { format, plural, mergeMessages, messagesByLanguage, localText } from './i18n/translate.js';
export { randomUUID } from './uuid.js';
export * from './policy/index.js';
export * from './rights-request/index.js';
