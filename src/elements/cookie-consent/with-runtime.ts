/**
 * The element with a runtime of its own: what every npm entry gives. (The script-tag
 * bundles do not use this element: their loader runs the runtime and draws the same first
 * layer and dialog without Lit.)
 */
import { ConsentRuntime } from '../../integrations/consent-runtime.js';
import { CookieConsent } from './cookie-consent.js';

CookieConsent.runtimeFor ??= (host, own, store) => new ConsentRuntime(host, own, store);

export { CookieConsent };
