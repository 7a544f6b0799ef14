/** The banner's interface as a part the loader imports when it must be shown: Lit, `<cookie-consent>`, its dialog. */
import { defineConsentUi } from './consent-ui-define.js';

defineConsentUi();
