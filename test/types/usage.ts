// What a site's TypeScript writes against the published package, type-checked under
// `strict` by test/e2e/types.test.mjs: no cast anywhere. Never run, only compiled.
import 'privacy-elements';
import type { CategoryInput, CookieConsent, ConsentChangeDetail } from 'privacy-elements/cookie-consent.js';
import { createConsentStore, parsePolicy, resolveConsentOptions } from 'privacy-elements/core';

// SPEC's own example.
document.querySelector('cookie-consent')?.addEventListener('consent-change', (e) => e.detail.record);

const banner: CookieConsent = document.createElement('cookie-consent');
banner.policyUrl = '/privacy';
banner.layout = 'box';
// The README's category objects, as a site writes them.
const categories: CategoryInput[] = [
  { id: 'essential', label: 'Essential', required: true },
  {
    id: 'analytics',
    label: { en: 'Analytics', de: 'Statistik' },
    description: 'Visit statistics',
    cookies: [{ name: '_ga', provider: 'Google', duration: '2 years' }, { pattern: '^_ga_' }],
  },
];
banner.categories = categories;
banner.addEventListener('consent-change', (e) => {
  const { record, changed }: ConsentChangeDetail = e.detail;
  if (changed.includes('analytics') && record.categories.analytics) console.log(record.id, record.method);
});
banner.addEventListener('consent-ready', (e) => e.detail.record?.expires);
document.addEventListener('consent-ready', (e) => e.detail.record?.categories);
const granted: boolean = banner.hasConsent('analytics');
banner.setConsent({ analytics: granted });

document.querySelector('privacy-policy')?.addEventListener('policy-load', (e) => e.detail.document.title);
document.querySelector('privacy-policy')?.addEventListener('policy-error', (e) => e.detail.error);
const form = document.querySelector('rights-request-form');
form?.addEventListener('rights-request-submit', (e) => e.detail.payload);
form?.addEventListener('rights-request-success', (e) => e.detail.response);
form?.addEventListener('rights-request-error', (e) => e.detail.error);

// @ts-expect-error: the detail is typed, so a misspelling is caught.
banner.addEventListener('consent-change', (e) => e.detail.recrod);
// @ts-expect-error: a category needs an id.
banner.categories = [{ label: 'No id' }];

// The DOM-free core, on a server or in a worker.
const options = resolveConsentOptions([{ categories }]);
createConsentStore({ config: options }).hasConsent('essential');
export const title: string | null = parsePolicy('Privacy Policy\nLast updated: 2026-05-24\n1. What we collect').title;

// React, through privacy-elements/react: typed props and event callbacks.
import { createElement } from 'react';
import { CookieConsent as CookieConsentReact, RightsRequestForm as RightsRequestFormReact } from 'privacy-elements/react';

createElement(CookieConsentReact, {
  policyUrl: '/privacy',
  categories,
  onConsentChange: (e) => console.log(e.detail.changed, e.detail.record.method),
  onConsentReady: (e) => console.log(e.detail.record?.id),
});
createElement(RightsRequestFormReact, { endpoint: '/api/rights-requests', onRightsRequestSuccess: (e) => console.log(e.detail.response) });
