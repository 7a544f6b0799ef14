/** `privacy-elements/rights-request-form.js`: registers `<rights-request-form>` only. */
import './elements/rights-request-form/define.js';
export { RightsRequestForm } from './elements/rights-request-form/rights-request-form.js';
export type { RightsRequestSubmitDetail, RightsRequestSuccessDetail, RightsRequestErrorDetail } from './elements/rights-request-form/rights-request-form.js';
