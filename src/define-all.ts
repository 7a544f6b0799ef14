/** Registers every element of the library. */
import './elements/cookie-consent/define.js';
import './elements/privacy-policy/define.js';
import './elements/rights-request-form/define.js';
