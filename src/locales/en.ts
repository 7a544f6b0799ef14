import type { Messages } from '../core/i18n/messages.js';

export const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  consent: {
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
  },
};
