/**
 * Every text the elements show. One object per language in `src/locales/`; a site can
 * override any text through an element's `messages` property. New languages add a
 * file; the elements never change for that.
 */
export interface ConsentMessages {
  /** Accessible name of the banner region and heading of the first layer. */
  bannerTitle: string;
  bannerText: string;
  /** Shown instead of the first layer when a Global Privacy Control signal was honoured. */
  gpcText: string;
  policyLink: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  dismiss: string;
  dialogTitle: string;
  saveChoices: string;
  close: string;
  alwaysOn: string;
  cookieName: string;
  cookieProvider: string;
  cookiePurpose: string;
  cookieDuration: string;
  /** Default label and description of categories the site does not describe itself. */
  categories: Record<string, { label: string; description: string } | undefined>;
}

export interface PolicyMessages {
  loading: string;
  /** Accessible name and heading of the table of contents. */
  contents: string;
  /** First line of the message shown when `src` fails. */
  loadFailed: string;
  /** Why it failed, by kind; `{url}` is the src it tried. */
  reasons: {
    network: string;
    timeout: string;
    http: (status: number) => string;
    'content-type': string;
    'too-large': string;
    'invalid-json': string;
  };
  empty: string;
}

export interface RightsMessages {
  intro: string;
  jurisdiction: string;
  jurisdictionHint: string;
  /** Group labels of the country list. */
  groups: { gdpr: string; us: string; other: string };
  otherCountry: string;
  /** Names of the US states in the list (countries are named by the browser). */
  states: Record<string, string>;
  type: string;
  /** Each right in plain words: a label and one sentence. */
  types: Record<string, { label: string; hint: string }>;
  name: string;
  email: string;
  emailHint: string;
  relationship: string;
  self: string;
  agent: string;
  account: string;
  accountHint: string;
  details: string;
  detailsHint: string;
  optional: string;
  confirm: string;
  honeypot: string;
  submit: string;
  sending: string;
  fixErrors: (count: number) => string;
  errors: Record<'required' | 'email' | 'too-long' | 'unknown-type' | 'unknown-relationship' | 'jurisdiction' | 'confirm', string>;
  successTitle: string;
  success: (reference: string, due: string) => string;
  rejected: string;
  failed: string;
  retry: string;
  misconfigured: string;
}

/** A resolved UI language. */
export interface Locale {
  /** BCP 47 tag of the language, e.g. `en`. */
  lang: string;
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl';
}
