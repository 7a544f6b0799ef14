import { define } from '../shared/define.js';
import { CookieConsent } from './with-runtime.js';

define('cookie-consent', CookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
