/** Element classes and the core API; registers nothing. */
export { CookieConsent } from './elements/cookie-consent/cookie-consent.js';
export type { ConsentReadyDetail, ConsentChangeDetail } from './elements/cookie-consent/cookie-consent.js';
export { define } from './elements/shared/define.js';
export { locales, messagesFor } from './locales/index.js';
export * from './integrations/consent-mode.js';
export { createScriptGate, type ScriptGate } from './integrations/script-gate.js';
export { gpcEnabled } from './integrations/gpc.js';
export * from './core/index.js';
