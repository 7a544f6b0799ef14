/** `dist/cookie-consent.min.js`: the banner's loader (the interface comes from `dist/parts/` when shown). */
import { partLoader, startConsent } from './loader/consent-loader.js';

const script = document.currentScript as HTMLScriptElement | null;
startConsent(document, script, partLoader(script));
