import type { ConsentMessages } from '../../core/i18n/messages.js';

/** English texts of <cookie-consent>, the fallback of every language (carried by the element itself). */
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
  dialogText: 'Choose which cookies we may use. Essential cookies are always on because the site cannot work without them.',
  saveChoices: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  cookieName: 'Cookie',
  cookieProvider: 'Provider',
  cookiePurpose: 'Purpose',
  cookieDuration: 'Duration',
  savedAccepted: 'Your choice is saved: all cookies are allowed.',
  savedRejected: 'Your choice is saved: only essential cookies are used.',
  savedCustom: 'Your cookie choices are saved.',
  categories: {
    essential: { label: 'Essential', description: 'Needed for the site to work, such as remembering this choice.' },
    analytics: { label: 'Analytics', description: 'Help us understand how the site is used so we can improve it.' },
    functional: { label: 'Functional', description: 'Remember your settings, such as language or region, and enable extra features.' },
    marketing: { label: 'Marketing', description: 'Used by advertising partners to show you ads that match your interests and to measure them.' },
  },
};
