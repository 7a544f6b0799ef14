/** Registers every element of the library. */
import './elements/cookie-consent/define.js';
import './elements/privacy-policy/define.js';
