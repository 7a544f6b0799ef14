// Klaro 0.7 set up as its README shows, with one analytics service next to the essentials,
// and our banner's texts.
window.klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 180,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  lang: 'en',
  translations: {
    en: {
      consentNotice: {
        description: 'We use essential cookies to run this site and, if you agree, analytics cookies to see how it is used. You can change your choice at any time.',
      },
      purposes: { analytics: 'Analytics' },
    },
  },
  services: [{ name: 'analytics', title: 'Analytics', purposes: ['analytics'], cookies: [/^_ga/] }],
};
