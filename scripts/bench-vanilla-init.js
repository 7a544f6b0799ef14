// vanilla-cookieconsent 3 set up as our banner is on the bench page: essential + analytics,
// the same texts, English or German by <html lang>. (`hideFromBots: false`: it hides itself
// from automated browsers otherwise.)
const texts = {
  en: [
    'Cookies on this site',
    'We use essential cookies to run this site and, if you agree, analytics cookies to see how it is used. You can change your choice at any time.',
    'Accept all',
    'Reject all',
    'Customize',
    'Cookie preferences',
    'Save choices',
    'Close',
    'Essential',
    'Analytics',
  ],
  de: [
    'Cookies auf dieser Website',
    'Wir verwenden notwendige Cookies für den Betrieb dieser Website und, wenn Sie zustimmen, Analyse-Cookies, um zu sehen, wie sie genutzt wird. Sie können Ihre Wahl jederzeit ändern.',
    'Alle akzeptieren',
    'Alle ablehnen',
    'Anpassen',
    'Cookie-Einstellungen',
    'Auswahl speichern',
    'Schließen',
    'Notwendig',
    'Statistik',
  ],
};
const translation = ([title, description, acceptAll, rejectAll, customize, prefsTitle, save, close, essential, analytics]) => ({
  consentModal: { title, description, acceptAllBtn: acceptAll, acceptNecessaryBtn: rejectAll, showPreferencesBtn: customize },
  preferencesModal: {
    title: prefsTitle,
    acceptAllBtn: acceptAll,
    acceptNecessaryBtn: rejectAll,
    savePreferencesBtn: save,
    closeIconLabel: close,
    sections: [
      { title: essential, linkedCategory: 'necessary' },
      { title: analytics, linkedCategory: 'analytics' },
    ],
  },
});
window.CookieConsent.run({
  hideFromBots: false,
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: { default: 'en', autoDetect: 'document', translations: { en: translation(texts.en), de: translation(texts.de) } },
});
