import type { Messages } from '../core/i18n/messages.js';

export const en: Messages = {
  lang: 'en',
  dir: 'ltr',
  consent: {
    bannerTitle: 'Cookies on this site',
    bannerText:
      'We use essential cookies to make this site work. With your permission we also use analytics cookies to understand how the site is used. You can change your choice at any time.',
    gpcText:
      'Your browser sent a Global Privacy Control signal, so we have turned off all cookies that are not essential. You can review this choice.',
    policyLink: 'Privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    dismiss: 'OK',
    dialogTitle: 'Cookie preferences',
    dialogText: 'Choose which cookies this site may use. Essential cookies are needed for the site to work and are always on.',
    saveChoices: 'Save choices',
    close: 'Close',
    alwaysOn: 'Always on',
    cookiesCaption: (category) => `Cookies in ${category}`,
    cookieName: 'Name',
    cookieProvider: 'Provider',
    cookiePurpose: 'Purpose',
    cookieDuration: 'Duration',
    noCookies: 'No cookies are listed for this category.',
    categories: {
      essential: {
        label: 'Essential',
        description: 'Needed for the site to work, for example to keep you signed in and to remember this choice.',
      },
      analytics: {
        label: 'Analytics',
        description: 'Help us understand how visitors use the site, so we can improve it. Off unless you turn it on.',
      },
    },
  },
};
