/** `privacy-elements/cookie-consent.js`: registers `<cookie-consent>` only. */
import './elements/cookie-consent/define.js';
export { CookieConsent } from './elements/cookie-consent/with-runtime.js';
export type { ConsentReadyDetail, ConsentChangeDetail, CategoryInput } from './elements/cookie-consent/cookie-consent.js';
