/** Element classes and the core API; registers nothing. */
export { CookieConsent } from './elements/cookie-consent/with-runtime.js';
export { ConsentRuntime, type ConsentInterface, type ConsentView } from './integrations/consent-runtime.js';
export type { ConsentReadyDetail, ConsentChangeDetail } from './elements/cookie-consent/cookie-consent.js';
export { PrivacyPolicy } from './elements/privacy-policy/privacy-policy.js';
export type { PolicyLoadDetail, PolicyErrorDetail } from './elements/privacy-policy/privacy-policy.js';
export { RightsRequestForm } from './elements/rights-request-form/rights-request-form.js';
export type { RightsRequestSubmitDetail, RightsRequestSuccessDetail, RightsRequestErrorDetail } from './elements/rights-request-form/rights-request-form.js';
export { define } from './elements/shared/define.js';
export * as en from './locales/en.js';
export { BUILT_IN, loadTexts, pickLanguage, isRtl } from './locales/index.js';
export * from './integrations/consent-mode.js';
export { createScriptGate, type ScriptGate, type ScriptGateOptions } from './integrations/script-gate.js';
export { gpcEnabled } from './integrations/gpc.js';
export * from './core/index.js';
