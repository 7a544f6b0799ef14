/**
 * The banner's interface as a part the loader imports when something must be shown: Lit,
 * `<cookie-consent>`, its dialog. The loader defines the element once the runtime it
 * attaches to is running.
 */
export { defineConsentUi } from './consent-ui-define.js';
