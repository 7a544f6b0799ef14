/**
 * The banner's interface for the script-tag loader: Lit, `<cookie-consent>` and its
 * dialog. The element takes the runtime the loader already runs (no second copy of the
 * record rules, and none of their bytes here).
 */
import { CookieConsent, type RuntimeFactory } from '../elements/cookie-consent/cookie-consent.js';
import { define } from '../elements/shared/define.js';

const loader = (globalThis as { PrivacyElements?: { __runtimeFor?: RuntimeFactory } }).PrivacyElements;
CookieConsent.runtimeFor = (host, own, store) => loader!.__runtimeFor!(host, own, store);
define('cookie-consent', CookieConsent);
