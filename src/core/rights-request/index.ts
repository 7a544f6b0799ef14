export { REQUEST_TYPES, FIELD_NAMES, LIMITS, type RequestType, type RequestFields, type RightsRequestPayload } from './request-types.js';
export { typesFor, regimeOf, GDPR_COUNTRIES, US_PRIVACY_STATES, type Regime } from './jurisdictions.js';
export { validateRequest, EMAIL, type FieldError } from './validate.js';
export { createRequestClient, encodeRequest, parseRetryAfter, type RequestClient, type RequestClientOptions, type RequestOutcome, type Encoding } from './request-client.js';
export { createDraftStore, draftKey, DRAFT_MAX_AGE, type Draft, type DraftStore } from './drafts.js';
