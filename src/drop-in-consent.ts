/** `dist/cookie-consent.min.js`: the banner only, the auto banner and `window.PrivacyElements.consent`. */
import './elements/cookie-consent/define.js';
import { CookieConsent } from './elements/cookie-consent/cookie-consent.js';
import { addBanner, consentApi, expose } from './drop-in-common.js';
import { localesBeside } from './locales/load-json.js';

const script = document.currentScript as HTMLScriptElement | null;
localesBeside(script?.src);
expose({ CookieConsent, consent: consentApi(document) });
addBanner(document, script);
