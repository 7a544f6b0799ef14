/**
 * `dist/cookie-consent.min.js`: the banner in one file — the same loader as the full
 * bundle, with the interface inside rather than fetched, so a first visit needs no second
 * request. Texts of other languages come from `dist/locales/`.
 */
import { startConsent } from './loader/consent-loader.js';
import { defineConsentUi } from './parts/consent-ui-define.js';
import { localesBeside } from './locales/load-json.js';

const script = document.currentScript as HTMLScriptElement | null;
localesBeside(script?.src);
startConsent(document, script, async () => undefined);
defineConsentUi();
