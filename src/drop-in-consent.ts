/**
 * `dist/cookie-consent.min.js`: the banner only — the same small loader as the full bundle,
 * without the policy display and the form. The runtime and the interface come from
 * `dist/parts/` when a page view needs them; texts of other languages from `dist/locales/`.
 */
import { partLoader, startConsent } from './loader/consent-loader.js';

const script = document.currentScript as HTMLScriptElement | null;
startConsent(document, script, partLoader(script));
