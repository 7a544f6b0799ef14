import { define } from '../shared/define.js';
import { PrivacyPolicy } from './privacy-policy.js';

define('privacy-policy', PrivacyPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-policy': PrivacyPolicy;
  }
}
