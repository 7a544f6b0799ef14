import type { PolicyMessages } from '../../core/i18n/messages.js';

/** English texts of <privacy-policy>, the fallback of every language (carried by the element itself). */
export const policy: PolicyMessages = {
  loading: 'Loading the privacy policy…',
  contents: 'Contents',
  loadFailed: 'The privacy policy could not be loaded.',
  reasons: {
    network: 'The network request failed.',
    timeout: 'The server did not answer in time.',
    http: 'The server answered with status {status}.',
    'content-type': 'The address does not point to plain text, Markdown or a policy document.',
    'too-large': 'The file is larger than 2 MB.',
    'invalid-json': 'The file is not a valid policy document.',
  },
  empty: 'This privacy policy has no text yet.',
  triedUrl: 'Address:',
};
