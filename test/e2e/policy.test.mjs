// The policy page of the demo, through the built dist/privacy-elements.min.js, under a
// strict CSP with Trusted Types: every sample can be chosen and read, and a #slug in the
// URL scrolls to its section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchedPage } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(async () => env?.close());

test('each sample policy can be chosen and read; no CSP, Trusted Types or script errors', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(env.url('/policy.html'));
  await page.locator('privacy-policy [part~="title"]', { hasText: 'Northwind Bakery' }).waitFor();
  const expected = {
    '/policies/cloudios.txt': 'Privacy Policy — Cloudios',
    '/policies/cloudmates.txt': 'Privacy Policy',
    '/policies/cloudpruneai.txt': 'Privacy Policy',
    '/policies/cloustral.txt': 'Privacy Policy',
  };
  for (const [value, title] of Object.entries(expected)) {
    await page.selectOption('#policy-choice', value);
    await page.waitForFunction((v) => document.querySelector('privacy-policy').document && document.querySelector('privacy-policy').src === v, value);
    assert.equal((await page.locator('privacy-policy [part~="title"]').textContent()).trim(), title, value);
    assert.ok((await page.locator('privacy-policy [part~="section"]').count()) > 8, value);
  }
  await page.selectOption('#policy-choice', '/policies/cloudnexus.txt');
  await page.locator('privacy-policy nav a[href="#9-international-data-transfers"]').waitFor();
  assert.equal(await page.locator('privacy-policy [part~="title"]').count(), 0, 'cloudnexus has no title');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a #slug in the URL scrolls to that section on load', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 } });
  const { page, problems } = await watchedPage(context);
  await page.goto(env.url('/policy.html?policy=/policies/cloudios.txt#5-security'));
  await page.waitForFunction(() => {
    const heading = document.querySelector('privacy-policy')?.shadowRoot?.querySelector('#\\35 -security-heading');
    return heading && Math.abs(heading.getBoundingClientRect().top) < 40;
  });
  assert.ok((await page.evaluate(() => scrollY)) > 500);
  assert.deepEqual(problems, []);
  await context.close();
});
