/**
 * Bench only, never shipped: the banner as one classic script with everything inside (Lit,
 * the runtime, the interface), as `cookie-consent.min.js` was before the loader. `npm run
 * bench` builds it to compare a first visit's time to a visible banner.
 */
import { localesBeside } from '../locales/load-json.js';
import '../cookie-consent.js';

const script = document.currentScript as HTMLScriptElement | null;
localesBeside(script?.src);
const add = () => document.querySelector('cookie-consent') ?? document.body.prepend(document.createElement('cookie-consent'));
if (document.body) add();
else addEventListener('DOMContentLoaded', add, { once: true });
