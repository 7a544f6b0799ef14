/** `<privacy-policy>` for the script-tag loader, loaded when the page has one. */
import '../elements/privacy-policy/define.js';
