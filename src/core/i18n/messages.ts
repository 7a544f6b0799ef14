/**
 * Every text the elements show. One module per language in `src/locales/`, typed
 * against these interfaces, so a missing key is a compile error. Every value is plain
 * data (strings, and plural forms), so a language can also travel as JSON and a site can
 * override any text from its config block.
 *
 * Placeholders are written `{name}` and filled by {@link format}. Keys are unique across
 * the three elements, so one `messages` object per language can serve all of them.
 */

/** A text that depends on a count: `Intl.PluralRules` picks the form (`other` always exists). */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A category's built-in label and description. */
export interface CategoryText {
  label: string;
  description: string;
}

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
  /** Closes the GPC notice. */
  dismiss: string;
  dialogTitle: string;
  /** One sentence under the dialog's title. */
  dialogText: string;
  saveChoices: string;
  /** Accessible name of the dialog's × button. */
  close: string;
  /** After a required category's name: it cannot be switched off. */
  alwaysOn: string;
  cookieName: string;
  cookieProvider: string;
  cookiePurpose: string;
  cookieDuration: string;
  /** Announced after a decision. */
  savedAccepted: string;
  savedRejected: string;
  savedCustom: string;
  /** Built-in label and description of the usual categories, for sites that do not describe them. */
  categories: {
    essential: CategoryText;
    analytics: CategoryText;
    functional: CategoryText;
    marketing: CategoryText;
  };
}

export interface PolicyMessages {
  /** Shown while `src` loads. */
  loading: string;
  /** Accessible name and heading of the table of contents. */
  contents: string;
  /** First line of the message shown when `src` fails. */
  loadFailed: string;
  /** Why it failed, by kind. */
  reasons: {
    network: string;
    timeout: string;
    /** `{status}`: the HTTP status. */
    http: string;
    'content-type': string;
    'too-large': string;
    'invalid-json': string;
  };
  /** The policy has no text. */
  empty: string;
  /** Before the address that failed: "Address: …". */
  triedUrl: string;
}

import type { FieldError } from '../rights-request/validate.js';
export type { FieldError };

export interface RightsMessages {
  intro: string;
  jurisdiction: string;
  jurisdictionHint: string;
  /** The select's first, empty choice. */
  jurisdictionPrompt: string;
  /** Group labels of the country list. */
  groups: { gdpr: string; us: string; other: string };
  otherCountry: string;
  /** Names of the US states in the list (the browser names countries, but not states). */
  states: Record<
    | 'US-CA'
    | 'US-CO'
    | 'US-CT'
    | 'US-DE'
    | 'US-IA'
    | 'US-IN'
    | 'US-KY'
    | 'US-MD'
    | 'US-MN'
    | 'US-MT'
    | 'US-NE'
    | 'US-NH'
    | 'US-NJ'
    | 'US-OR'
    | 'US-RI'
    | 'US-TN'
    | 'US-TX'
    | 'US-UT'
    | 'US-VA',
    string
  >;
  type: string;
  /** Each right in plain words: a label and one sentence. */
  types: Record<
    'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'withdraw-consent' | 'opt-out-sale' | 'limit-sensitive' | 'automated-decision',
    { label: string; hint: string }
  >;
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
  /** `{count}`: how many fields need correcting. */
  fixErrors: Plural;
  errors: Record<FieldError, string>;
  successTitle: string;
  /** `{reference}` and `{due}` (a date in the visitor's language). */
  success: string;
  /** Before the server's own message when it refused the request. */
  rejected: string;
  failed: string;
  /** Waiting to send again after no answer or a server error; `{count}`: seconds. */
  retrying: Plural;
  /** Waiting as the server asked (429, 503 with Retry-After); `{count}`: seconds. */
  busyRetrying: Plural;
  /** The server asked to wait (429, 503). */
  busy: string;
  retry: string;
  misconfigured: string;
}

/** A resolved UI language. */
export interface Locale {
  /** BCP 47 tag of the language, e.g. `en`. */
  lang: string;
  /** Text direction of the element. */
  dir: 'ltr' | 'rtl';
}
