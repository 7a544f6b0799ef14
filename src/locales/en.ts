import type { ConsentMessages, PolicyMessages } from '../core/i18n/messages.js';

/** English. Each element's texts are a separate object, so a bundle carries only its own. */
export const consent: ConsentMessages = {
    bannerTitle: 'Cookies on this site',
    bannerText: 'We use essential cookies to run this site and, if you agree, analytics cookies to see how it is used. You can change your choice at any time.',
    gpcText: 'Your browser sent a Global Privacy Control signal, so we turned off all cookies that are not essential.',
    policyLink: 'Privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    dismiss: 'OK',
    dialogTitle: 'Cookie preferences',
    saveChoices: 'Save choices',
    close: 'Close',
    alwaysOn: 'Always on',
    cookieName: 'Cookie',
    cookieProvider: 'Provider',
    cookiePurpose: 'Purpose',
    cookieDuration: 'Duration',
    categories: {
      essential: { label: 'Essential', description: 'Needed for the site to work, such as remembering this choice.' },
      analytics: { label: 'Analytics', description: 'Help us understand how the site is used so we can improve it.' },
    },
};

export const policy: PolicyMessages = {
    loading: 'Loading the privacy policy…',
    contents: 'Contents',
    loadFailed: 'The privacy policy could not be loaded.',
    reasons: {
      network: 'The network request failed.',
      timeout: 'The server did not answer in time.',
      http: (status) => `The server answered with status ${status}.`,
      'content-type': 'The address does not point to plain text, Markdown or a policy document.',
      'too-large': 'The file is larger than 2 MB.',
      'invalid-json': 'The file is not a valid policy document.',
    },
    empty: 'This privacy policy has no text yet.',
};
