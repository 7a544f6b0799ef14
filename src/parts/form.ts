/** `<rights-request-form>` for the script-tag loader, loaded when the page has one. */
import '../elements/rights-request-form/define.js';
