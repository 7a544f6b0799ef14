/**
 * `privacy-elements/react`: the three elements as React components, made with
 * `@lit/react`. Properties are props (`policyUrl`, `categories`, `messages`, …); events are
 * `on…` props with typed details. Importing this registers the elements. `react` is a peer
 * dependency of your app, never bundled here.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './define-all.js';
import { CookieConsent as CookieConsentElement } from './elements/cookie-consent/with-runtime.js';
import type { ConsentChangeDetail, ConsentReadyDetail } from './elements/cookie-consent/cookie-consent.js';
import { PrivacyPolicy as PrivacyPolicyElement, type PolicyErrorDetail, type PolicyLoadDetail } from './elements/privacy-policy/privacy-policy.js';
import {
  RightsRequestForm as RightsRequestFormElement,
  type RightsRequestErrorDetail,
  type RightsRequestSubmitDetail,
  type RightsRequestSuccessDetail,
} from './elements/rights-request-form/rights-request-form.js';

export type { ConsentChangeDetail, ConsentReadyDetail, PolicyErrorDetail, PolicyLoadDetail, RightsRequestErrorDetail, RightsRequestSubmitDetail, RightsRequestSuccessDetail };

const event = <D>(name: string) => name as EventName<CustomEvent<D>>;

/** `<cookie-consent>`: `onConsentReady`, `onConsentChange`. */
export const CookieConsent = createComponent({
  react: React,
  tagName: 'cookie-consent',
  elementClass: CookieConsentElement,
  displayName: 'CookieConsent',
  events: {
    onConsentReady: event<ConsentReadyDetail>('consent-ready'),
    onConsentChange: event<ConsentChangeDetail>('consent-change'),
  },
});

/** `<privacy-policy>`: `onPolicyLoad`, `onPolicyError`. */
export const PrivacyPolicy = createComponent({
  react: React,
  tagName: 'privacy-policy',
  elementClass: PrivacyPolicyElement,
  displayName: 'PrivacyPolicy',
  events: {
    onPolicyLoad: event<PolicyLoadDetail>('policy-load'),
    onPolicyError: event<PolicyErrorDetail>('policy-error'),
  },
});

/** `<rights-request-form>`: `onRightsRequestSubmit` (cancelable), `onRightsRequestSuccess`, `onRightsRequestError`. */
export const RightsRequestForm = createComponent({
  react: React,
  tagName: 'rights-request-form',
  elementClass: RightsRequestFormElement,
  displayName: 'RightsRequestForm',
  events: {
    onRightsRequestSubmit: event<RightsRequestSubmitDetail>('rights-request-submit'),
    onRightsRequestSuccess: event<RightsRequestSuccessDetail>('rights-request-success'),
    onRightsRequestError: event<RightsRequestErrorDetail>('rights-request-error'),
  },
});
