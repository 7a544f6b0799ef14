// Google Consent Mode v2 and tag managers, read from window.dataLayer in Chromium: the exact
// entries and their order on a first visit, a returning visitor, a decision in another tab,
// GPC, and a custom consentModeMap with a marketing category.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchedPage } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(async () => env?.close());

const URL_ = () => env.url('/pages/consent-mode.html');
/** dataLayer as data: gtag calls as ['gtag', ...arguments], pushed objects as they are. */
const layer = (page) => page.evaluate(() => (window.dataLayer ?? []).map((x) => (Object.prototype.toString.call(x) === '[object Arguments]' ? ['gtag', ...x] : x)));
const denied = (...granted) =>
  Object.fromEntries(
    ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'].map((t) => [
      t,
      granted.includes(t) ? 'granted' : 'denied',
    ]),
  );
const banner = (page) => page.locator('cookie-consent [part~="banner"]');

test('first visit: the default, all denied but what essential maps to; Accept all: update, then consent_update, then the gated script', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(URL_());
  await banner(page).waitFor();
  assert.deepEqual(await layer(page), [['gtag', 'consent', 'default', { ...denied('security_storage'), wait_for_update: 500 }]]);
  await page.locator('cookie-consent [part~="accept-button"]').click();
  await page.waitForFunction(() => window.adsRanAt);
  const entries = await layer(page);
  const id = await page.evaluate(() => JSON.parse(localStorage.getItem('cookie-consent')).id);
  assert.deepEqual(entries.slice(1), [
    // The site's map: marketing grants ad_storage and ad_user_data, not ad_personalization.
    ['gtag', 'consent', 'update', denied('security_storage', 'analytics_storage', 'ad_storage', 'ad_user_data')],
    { event: 'consent_update', consent: { essential: true, analytics: true, marketing: true }, consentMethod: 'accept-all', consentId: id },
  ]);
  assert.deepEqual(await page.evaluate(() => window.adsRanAt), [3], 'the gated script ran once, after the update and consent_update');
  assert.deepEqual(problems, []);

  // A returning visitor: the default from the record, the update right after, no consent_update (no decision).
  await page.reload();
  await page.waitForFunction(() => window.adsRanAt);
  const granted = denied('security_storage', 'analytics_storage', 'ad_storage', 'ad_user_data');
  assert.deepEqual(await layer(page), [
    ['gtag', 'consent', 'default', { ...granted, wait_for_update: 500 }],
    ['gtag', 'consent', 'update', granted],
  ]);
  assert.deepEqual(await page.evaluate(() => window.adsRanAt), [2]);
  await context.close();
});

test('a decision in another tab: this tab sends the update and the consent_update', async () => {
  const context = await env.browser.newContext();
  const a = await context.newPage();
  await a.goto(URL_());
  await a.locator('cookie-consent [part~="accept-button"]').click();
  const b = await context.newPage();
  await b.goto(URL_());
  await b.waitForFunction(() => window.adsRanAt);
  await a.evaluate(() => window.PrivacyElements.consent.rejectAll());
  await b.waitForFunction(() => window.dataLayer.some((x) => x.event === 'consent_update'));
  const id = await a.evaluate(() => JSON.parse(localStorage.getItem('cookie-consent')).id);
  assert.deepEqual((await layer(b)).slice(2), [
    ['gtag', 'consent', 'update', denied('security_storage')],
    { event: 'consent_update', consent: { essential: true, analytics: false, marketing: false }, consentMethod: 'reject-all', consentId: id },
  ]);
  await context.close();
});

test('Global Privacy Control: the default, then the GPC decision’s update and consent_update', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  await page.goto(URL_());
  await page.locator('cookie-consent [part~="dismiss-button"]').waitFor();
  const id = await page.evaluate(() => JSON.parse(localStorage.getItem('cookie-consent')).id);
  assert.deepEqual(await layer(page), [
    ['gtag', 'consent', 'default', { ...denied('security_storage'), wait_for_update: 500 }],
    ['gtag', 'consent', 'update', denied('security_storage')],
    { event: 'consent_update', consent: { essential: true, analytics: false, marketing: false }, consentMethod: 'gpc', consentId: id },
  ]);
  assert.equal(await page.evaluate(() => window.adsRanAt), undefined);
  await context.close();
});

test('with gtag.js on the page, the calls go to gtag and the consent_update to dataLayer', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.dataLayer = [];
    window.gtagCalls = [];
    window.gtag = (...args) => window.gtagCalls.push(args);
  });
  await page.goto(URL_());
  await page.locator('cookie-consent [part~="reject-button"]').click();
  await page.waitForFunction(() => window.dataLayer.length === 1);
  assert.deepEqual(await page.evaluate(() => window.gtagCalls.map((c) => c.slice(0, 2))), [
    ['consent', 'default'],
    ['consent', 'update'],
  ]);
  assert.equal(await page.evaluate(() => window.dataLayer[0].event), 'consent_update');
  await context.close();
});
