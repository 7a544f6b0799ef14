// The demo site under a strict CSP with Trusted Types enforced: gating, the footer
// link, proof of consent on the local backend, withdrawal, and two tabs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchedPage } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(async () => env?.close());

const inBanner = (page, part) => page.locator(`cookie-consent [part~="banner"] [part~="${part}"]`);

test('under CSP and Trusted Types: consent runs the gated scripts, the backend gets the record, withdrawal deletes cookies', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(env.url('/'));
  await inBanner(page, 'accept-button').waitFor();
  assert.match(await page.locator('#analytics-status').textContent(), /not loaded/);
  const before = (await env.server.store.listConsents({ limit: 1000 })).items.length;

  await inBanner(page, 'accept-button').click();
  await page.locator('#analytics-status', { hasText: 'loaded at' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.inlineAnalytics), 'ran', 'inline gated script ran with its nonce');
  assert.match(await page.locator('#analytics-cookies').textContent(), /nw_visits/);
  await waitFor(async () => (await env.server.store.listConsents({ limit: 1000 })).items.length === before + 1);
  const proof = (await env.server.store.listConsents({ limit: 1000 })).items.at(-1);
  assert.equal(proof.method, 'accept-all');
  assert.equal(proof.page, env.url('/'));
  assert.equal(proof.locale, 'en');

  // Withdraw through the footer link: analytics cookies are deleted.
  await page.locator('footer [data-consent-open]').click();
  const toggle = page.locator('cookie-consent [part~="category-toggle"]').nth(1);
  await toggle.waitFor();
  assert.equal(await toggle.isChecked(), true);
  await toggle.uncheck();
  await page.locator('cookie-consent [part~="save-button"]').click();
  await page.locator('#decision', { hasText: 'custom' }).waitFor();
  const names = await page.evaluate(() => document.cookie.split('; ').map((c) => c.split('=')[0]));
  assert.ok(!names.some((n) => n.startsWith('nw_')), `analytics cookies deleted, left: ${names}`);
  assert.equal(await page.evaluate(() => window.demoAnalyticsRuns), 1, 'the analytics script ran once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a decision in one tab applies in the other open tab', async () => {
  const context = await env.browser.newContext();
  const { page: a } = await watchedPage(context);
  const { page: b } = await watchedPage(context);
  await a.goto(env.url('/'));
  await b.goto(env.url('/'));
  await inBanner(a, 'accept-button').waitFor();
  await inBanner(b, 'accept-button').waitFor();
  await inBanner(a, 'accept-button').click();
  await b.locator('cookie-consent [part~="banner"]').waitFor({ state: 'detached' });
  await b.locator('#analytics-status', { hasText: 'loaded at' }).waitFor();
  assert.equal(await b.evaluate(() => window.PrivacyElements.consent.hasConsent('analytics')), true);
  await context.close();
});

async function waitFor(check, timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}
