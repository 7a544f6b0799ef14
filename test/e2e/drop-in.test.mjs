// The script-tag user: a page with nothing but <script src=".../privacy-elements.min.js">.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchedPage } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(async () => env?.close());

const banner = (page) => page.locator('cookie-consent [part~="banner"]');

test('the script tag alone adds a working banner, and the decision survives a reload', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(env.url('/pages/minimal.html'));
  await banner(page).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => window.gatedRuns), undefined, 'gated script inert before consent');
  assert.equal(await page.locator('cookie-consent [part~="policy-link"]').getAttribute('href'), '/privacy', 'data-policy-url reached the banner');
  await page.locator('cookie-consent [part~="banner"] [part~="accept-button"]').click();
  await banner(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => window.gatedRuns), 1);

  await page.reload();
  await page.waitForFunction(() => window.gatedRuns === 1);
  await page.waitForFunction(() => window.PrivacyElements?.consent.record);
  assert.equal(await banner(page).count(), 0, 'no banner after reload');
  // A returning visitor runs the loader only: no part of the interface is even defined.
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/parts/')).length), 0);
  const record = await page.evaluate(() => JSON.parse(localStorage.getItem('cookie-consent')));
  assert.equal(record.method, 'accept-all');
  assert.deepEqual(record.categories, { essential: true, analytics: true });
  assert.equal(await page.evaluate(() => window.PrivacyElements.consent.hasConsent('analytics')), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the banner is first in the Tab order and works by keyboard alone', async () => {
  const context = await env.browser.newContext();
  const { page } = await watchedPage(context);
  await page.goto(env.url('/pages/minimal.html'));
  await banner(page).waitFor({ state: 'visible' });
  let presses = 0;
  const activePart = () => page.evaluate(() => document.querySelector('cookie-consent')?.shadowRoot?.activeElement?.getAttribute('part') ?? null);
  while ((await activePart()) !== 'reject-button' && presses < 6) {
    await page.keyboard.press('Tab');
    presses++;
  }
  assert.ok(presses <= 3, `reached Reject all in ${presses} presses`);
  await page.keyboard.press('Enter');
  await banner(page).waitFor({ state: 'detached' });
  const record = await page.evaluate(() => JSON.parse(localStorage.getItem('cookie-consent')));
  assert.equal(record.method, 'reject-all');
  assert.equal(await page.evaluate(() => window.gatedRuns), undefined);
  await context.close();
});

test('no layout shift when the banner appears, and no request leaves the site', async () => {
  const context = await env.browser.newContext();
  const { page } = await watchedPage(context);
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(env.url('/pages/minimal.html'));
  const before = await page.locator('#content').boundingBox();
  await banner(page).waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  assert.deepEqual(await page.locator('#content').boundingBox(), before);
  assert.equal(await page.evaluate(() => window.__shift), 0);
  assert.deepEqual([...origins], [env.server.url]);
  await context.close();
});

test('data-banner="off" adds no banner; window.PrivacyElements.consent still answers', async () => {
  const context = await env.browser.newContext();
  const { page } = await watchedPage(context);
  await page.goto(env.url('/pages/banner-off.html'));
  await page.waitForFunction(() => window.PrivacyElements?.consent);
  assert.equal(await page.locator('cookie-consent').count(), 0);
  assert.equal(await page.evaluate(() => window.PrivacyElements.consent.hasConsent('analytics')), false);
  assert.equal(await page.evaluate(() => window.PrivacyElements.consent.record), null);
  await context.close();
});

for (const [page, bundle] of [
  ['unsafe-policy-url.html', 'privacy-elements.min.js'],
  ['unsafe-policy-url-banner.html', 'cookie-consent.min.js'],
]) {
  test(`${bundle}: an unsafe data-policy-url gives no link and one console error`, async () => {
    const context = await env.browser.newContext();
    const { page: tab, problems } = await watchedPage(context);
    const dialogs = [];
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await tab.goto(env.url(`/pages/${page}`));
    await banner(tab).waitFor({ state: 'visible' });
    assert.equal(await tab.locator('cookie-consent [part~="policy-link"]').count(), 0, 'no policy link');
    assert.equal(await tab.locator('cookie-consent a').count(), 0, 'no link at all');
    assert.match(await tab.locator('cookie-consent [part~="message"]').textContent(), /We use essential cookies/);
    // Every control in the banner can be used without running the URL.
    await tab.locator('cookie-consent [part~="banner"] [part~="customize-button"]').click();
    await tab.keyboard.press('Escape');
    await tab.waitForTimeout(100);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^console error: privacy-elements: cookie-consent: "policy-url" /);
    assert.deepEqual(dialogs, []);
    await context.close();
  });
}
