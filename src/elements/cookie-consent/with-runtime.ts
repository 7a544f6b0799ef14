/**
 * The element with a runtime of its own: what every npm entry gives. (The script-tag
 * loader instead hands the element the runtime it already runs.)
 */
import { ConsentRuntime } from '../../integrations/consent-runtime.js';
import { CookieConsent } from './cookie-consent.js';

CookieConsent.runtimeFor ??= (host, own, store) => new ConsentRuntime(host, own, store);

export { CookieConsent };
