/** `privacy-elements/privacy-policy.js`: registers `<privacy-policy>` only. */
import './elements/privacy-policy/define.js';
export { PrivacyPolicy } from './elements/privacy-policy/privacy-policy.js';
export type { PolicyLoadDetail, PolicyErrorDetail } from './elements/privacy-policy/privacy-policy.js';
