import { define } from '../shared/define.js';
import { RightsRequestForm } from './rights-request-form.js';

define('rights-request-form', RightsRequestForm);

declare global {
  interface HTMLElementTagNameMap {
    'rights-request-form': RightsRequestForm;
  }
}
