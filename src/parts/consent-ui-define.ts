import { CookieConsent, type RuntimeFactory } from '../elements/cookie-consent/cookie-consent.js';
import { define } from '../elements/shared/define.js';

/**
 * Registers `<cookie-consent>` for the script-tag loader: the element takes the runtime the
 * loader already runs (no second copy of the record rules, and none of their bytes here).
 * Called once the loader has started, so `PrivacyElements.__runtimeFor` is there.
 */
export function defineConsentUi(): void {
  CookieConsent.runtimeFor = (host, own, store) =>
    (globalThis as { PrivacyElements?: { __runtimeFor?: RuntimeFactory } }).PrivacyElements!.__runtimeFor!(host, own, store);
  define('cookie-consent', CookieConsent);
}
