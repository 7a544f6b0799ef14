/** Google Consent Mode v2's types and SPEC's default `consentModeMap` (DOM-free; the calls are in `integrations/consent-mode.ts`). */

const ADS = 'ad_storage ad_user_data ad_personalization';
const FUNCTIONAL = 'functionality_storage personalization_storage';

/** Which Consent Mode types each category grants: SPEC's default `consentModeMap`. */
export const DEFAULT_CONSENT_MODE_MAP: Readonly<Record<string, readonly string[]>> = {
  essential: ['security_storage'],
  analytics: ['analytics_storage'],
  functional: FUNCTIONAL.split(' '),
  marketing: ADS.split(' '),
};

/** All seven Consent Mode v2 types. */
export const CONSENT_MODE_TYPES = `${ADS} analytics_storage ${FUNCTIONAL} security_storage`.split(' ');
