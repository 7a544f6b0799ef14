/**
 * `privacy-elements/jsx`: types only. For React 19 apps that write the tags themselves
 * (`<cookie-consent policy-url="/privacy" />` in a `.tsx` file) rather than using
 * `privacy-elements/react`: `import 'privacy-elements/jsx';` once (or list it in your
 * tsconfig's `types`) and the three tags type-check with their attributes and properties.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CookieConsent } from './elements/cookie-consent/cookie-consent.js';
import type { PrivacyPolicy } from './elements/privacy-policy/privacy-policy.js';
import type { RightsRequestForm } from './elements/rights-request-form/rights-request-form.js';

type Tag<E extends HTMLElement, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A;

/** `<cookie-consent>`'s attributes (SPEC) and the properties that take objects. */
export interface CookieConsentAttributes {
  'storage-key'?: string;
  revision?: string;
  'expires-days'?: string | number;
  'policy-url'?: string;
  'consent-endpoint'?: string;
  gpc?: 'respect' | 'ignore';
  'consent-mode'?: boolean | '';
  layout?: 'bar' | 'box' | 'center';
  categories?: CookieConsent['categories'];
  messages?: CookieConsent['messages'];
}

export interface PrivacyPolicyAttributes {
  src?: string;
  'heading-level'?: string | number;
  'no-toc'?: boolean | '';
  text?: string;
  messages?: PrivacyPolicy['messages'];
}

export interface RightsRequestFormAttributes {
  endpoint?: string;
  method?: 'POST' | 'PUT';
  encoding?: 'json' | 'form' | 'multipart';
  types?: string;
  'response-days'?: string | number;
  credentials?: RequestCredentials;
  timeout?: string | number;
  messages?: RightsRequestForm['messages'];
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'cookie-consent': Tag<CookieConsent, CookieConsentAttributes>;
      'privacy-policy': Tag<PrivacyPolicy, PrivacyPolicyAttributes>;
      'rights-request-form': Tag<RightsRequestForm, RightsRequestFormAttributes>;
    }
  }
}
