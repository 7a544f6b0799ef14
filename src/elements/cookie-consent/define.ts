import { define } from '../shared/define.js';
import { CookieConsent } from './cookie-consent.js';

define('cookie-consent', CookieConsent);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsent;
  }
}
