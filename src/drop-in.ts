/** `dist/privacy-elements.min.js`: every element, the auto banner and `window.PrivacyElements`. */
import './define-all.js';
import * as api from './index.js';
import { addBanner, consentApi, expose } from './drop-in-common.js';
import { localesBeside } from './locales/load-json.js';

const script = document.currentScript as HTMLScriptElement | null;
localesBeside(script?.src);
expose({ ...api, consent: consentApi(document) });
addBanner(document, script);
