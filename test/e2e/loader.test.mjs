// The script-tag loader: a returning visitor downloads the loader only; the interface comes
// from dist/parts/ when something must be shown, under every CSP set-up sites use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchedPage } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(async () => env?.close());

const distRequests = (page) => {
  const seen = [];
  page.on('request', (r) => r.url().includes('/dist/') && seen.push(new URL(r.url()).pathname));
  return seen;
};

async function decide(page, url) {
  await page.goto(url);
  await page.locator('cookie-consent [part~="banner"] [part~="accept-button"]').click();
  await page.locator('cookie-consent [part~="banner"]').waitFor({ state: 'detached' });
}

for (const csp of ['default', 'self', 'strict-dynamic']) {
  test(`CSP ${csp} with Trusted Types: a first visit loads the banner and its dialog without Lit and works; a returning visitor downloads the loader only`, async () => {
    const context = await env.browser.newContext();
    const { page, problems } = await watchedPage(context);
    const url = env.url(`/pages/loader.html${csp === 'default' ? '' : `?csp=${csp}`}`);
    const first = distRequests(page);
    await page.goto(url);
    await page.locator('cookie-consent [part~="banner"] [part~="customize-button"]').click();
    await page.locator('cookie-consent dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    assert.ok(first.includes('/dist/parts/consent.js') && first.includes('/dist/parts/consent-dialog.js'), first.join(' '));
    assert.ok(!first.includes('/dist/parts/shared.js'), `no Lit for the banner: ${first.join(' ')}`);
    first.length = 0;
    await page.reload();
    await decide(page, url);
    assert.ok(first.includes('/dist/parts/consent.js'), 'the first layer was loaded for the first visit');
    assert.ok(!first.some((f) => /consent-dialog|shared/.test(f)), `neither the dialog nor Lit for the first layer: ${first.join(' ')}`);
    await page.waitForFunction(() => window.gatedRuns === 1);
    await page.waitForTimeout(100);
    assert.equal(await page.evaluate(() => window.gatedRuns), 1, 'the gated script ran once on consent');

    const seen = distRequests(page);
    seen.length = 0;
    first.length = 0;
    await page.reload();
    await page.waitForFunction(() => window.gatedRuns === 1 && window.PrivacyElements?.consent.record);
    await page.waitForTimeout(300);
    assert.deepEqual(seen, ['/dist/privacy-elements.min.js'], 'a returning visitor downloads the loader only');
    // Consent Mode: the default already reflects the stored decision.
    const calls = await page.evaluate(() =>
      [...window.dataLayer]
        .filter((a) => !a.event)
        .map((a) => [...a])
        .filter((a) => a[0] === 'consent'),
    );
    assert.deepEqual(
      calls.map((a) => a[1]),
      ['default', 'update'],
      'the default, then a returning visitor’s update, once each',
    );
    assert.equal(calls[0][2].analytics_storage, 'granted');
    assert.equal(calls[1][2].analytics_storage, 'granted');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the footer link opens the preferences with one click, loading the interface on the way', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await decide(page, env.url('/pages/loader.html'));
  const seen = distRequests(page);
  await page.reload();
  await page.waitForFunction(() => window.PrivacyElements?.consent.record);
  await page.waitForTimeout(200);
  assert.deepEqual(seen, ['/dist/privacy-elements.min.js'], 'no interface before the click');
  await page.locator('footer [data-consent-open]').click();
  await page.locator('cookie-consent dialog[open]').waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').shadowRoot.activeElement?.getAttribute('part')), 'category-toggle');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a decision in another tab reaches a tab that never loaded the interface', async () => {
  const context = await env.browser.newContext();
  const a = await context.newPage();
  await decide(a, env.url('/pages/loader.html'));
  const b = await context.newPage();
  const seen = distRequests(b);
  await b.goto(env.url('/pages/loader.html'));
  await b.waitForFunction(() => window.gatedRuns === 1);
  await a.evaluate(() => window.PrivacyElements.consent.rejectAll());
  await b.waitForFunction(() => window.PrivacyElements.consent.record?.method === 'reject-all');
  const update = await b.evaluate(() =>
    [...window.dataLayer]
      .filter((x) => !x.event)
      .map((x) => [...x])
      .filter((x) => x[1] === 'update')
      .at(-1),
  );
  assert.equal(update[2].analytics_storage, 'denied');
  assert.equal(await b.locator('cookie-consent [part~="banner"]').count(), 0);
  assert.ok(!seen.some((f) => /consent-dialog|shared/.test(f)), `the other tab loads the runtime only: ${seen.join(' ')}`);
  await context.close();
});

for (const [file, what] of [
  ['consent-dialog.js', 'the dialog'],
  ['consent.js', 'the banner'],
]) {
  test(`${what} failing to load (${file} answers 404) leaves the page working, gated scripts inert, and one console error`, async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(`**/dist/parts/${file}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(env.url('/pages/loader.html'));
    await page.waitForFunction(() => window.PrivacyElements?.consent);
    if (file === 'consent-dialog.js') {
      // The first layer works; Customize cannot open the dialog, and says why once.
      await page.locator('cookie-consent [part~="customize-button"]').click();
      await page.waitForTimeout(500);
      assert.equal(await page.locator('cookie-consent dialog[open]').count(), 0);
      await page.locator('cookie-consent [part~="accept-button"]').click();
      await page.waitForFunction(() => window.gatedRuns === 1);
    } else {
      await page.waitForTimeout(500);
      assert.equal(await page.evaluate(() => window.gatedRuns), undefined, 'gated scripts stay inert');
      assert.equal(await page.locator('cookie-consent [part~="banner"]').count(), 0);
      // The page's own code goes on: the API answers what it knows.
      assert.equal(await page.evaluate(() => window.PrivacyElements.consent.hasConsent('analytics')), false);
    }
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0], new RegExp(file.replace('.', '\\.')));
    await context.close();
  });
}

test('an explicit <cookie-consent> behaves the same: its own layout and storage key, its methods before and after the dialog', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  const loaded = distRequests(page);
  await page.goto(env.url('/pages/explicit.html'));
  // A first visit: the element's own first layer, in its layout, without Lit.
  await page.locator('cookie-consent [part~="banner"].box').waitFor();
  assert.ok(!loaded.some((f) => /shared/.test(f)), loaded.join(' '));
  await page.evaluate(() => document.querySelector('cookie-consent').rejectAll());
  await page.locator('cookie-consent [part~="banner"]').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').hasConsent('analytics')), false);
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('site-consent')).method), 'reject-all');
  await page.evaluate(() => document.querySelector('cookie-consent').showPreferences());
  await page.locator('cookie-consent dialog[open]').waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').shadowRoot.activeElement?.getAttribute('part')), 'category-toggle');
  await page.evaluate(() => document.querySelector('cookie-consent').acceptAll());
  await page.waitForFunction(() => window.gatedRuns === 1);
  await page
    .locator('cookie-consent dialog[open]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  assert.equal(await page.locator('cookie-consent dialog[open]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a proof of consent the server could not take (503, or offline) is sent again on a later page load, once it can', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const posts = [];
  let answer = 503;
  await page.route('**/api/consents', async (route) => {
    posts.push({ status: answer, body: route.request().postDataJSON() });
    if (answer === 0) return route.abort('internetdisconnected');
    if (answer !== 201) return route.fulfill({ status: answer, body: 'busy' });
    return route.continue();
  });
  await decide(page, env.url('/pages/proof.html'));
  await page.waitForFunction(() => localStorage.getItem('cookie-consent:unsent'));
  const id = await page.evaluate(() => JSON.parse(localStorage.getItem('cookie-consent')).id);
  assert.equal(posts.length, 1);

  // Offline on the next page: still kept.
  answer = 0;
  await page.reload();
  await page.waitForTimeout(800);
  assert.equal(posts.length, 2, 'sent again on the next page load');
  assert.ok(await page.evaluate(() => localStorage.getItem('cookie-consent:unsent')));

  // The server is back: delivered, and forgotten.
  answer = 201;
  await page.reload();
  await page.waitForFunction(() => !localStorage.getItem('cookie-consent:unsent'));
  assert.equal(posts.length, 3);
  assert.deepEqual(
    posts.map((p) => p.body.id),
    [id, id, id],
    'the same record, so the backend counts it once',
  );
  assert.equal(posts[2].body.page, env.url('/pages/proof.html'));
  assert.equal(posts[2].body.locale, 'en');
  await context.close();
});

test('both scripts on one page: one banner, one Consent Mode default, gated scripts run once', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await decide(page, env.url('/pages/both-scripts.html'));
  await page.waitForFunction(() => window.gatedRuns === 1);
  await page.reload();
  await page.waitForFunction(() => window.gatedRuns === 1 && window.PrivacyElements?.consent.record);
  await page.waitForTimeout(300);
  assert.equal(await page.locator('cookie-consent').count(), 1);
  const calls = await page.evaluate(() =>
    [...window.dataLayer]
      .filter((a) => !a.event)
      .map((a) => [...a])
      .filter((a) => a[0] === 'consent')
      .map((a) => a[1]),
  );
  assert.deepEqual(calls, ['default', 'update']);
  assert.equal(await page.evaluate(() => window.gatedRuns), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the site’s own scripts before, with and after ours hear consent-ready; ready and onChange answer whenever asked', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  const heard = () => page.evaluate(() => ({ before: window.heardBefore, after: window.heardAfter, ready: window.readyAfter, late: window.readyLate }));
  await page.goto(env.url('/pages/listeners.html'));
  await page.waitForFunction(() => window.readyLate);
  assert.deepEqual(await heard(), { before: { record: null }, after: { record: null }, ready: { record: null }, late: { record: null } });
  await page.locator('cookie-consent [part~="reject-button"]').click();
  await page.waitForFunction(() => window.changes.length === 1);
  assert.deepEqual(await page.evaluate(() => window.changes), [['reject-all', []]]);
  await page.evaluate(() => window.stopListening());
  await page.evaluate(() => window.PrivacyElements.consent.acceptAll());
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.changes.length), 1, 'unsubscribed');

  // A returning visitor: every listener gets the stored record.
  await page.reload();
  await page.waitForFunction(() => window.readyLate);
  const { before, after, ready, late } = await heard();
  for (const got of [before, after, ready, late]) assert.equal(got.record.method, 'accept-all');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the npm element and the script tag on one page: one banner, one record, the API answers through the element', async () => {
  const { build } = await import('esbuild');
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'pe-two-'));
  await build({
    entryPoints: [new URL('../react/npm-element.js', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    outfile: join(dir, 'npm-element.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'two.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Two copies</title><script src="/pages/npm-element.js"></script><script src="/dist/privacy-elements.min.js" defer></script><script type="text/plain" data-consent-category="analytics">window.gatedRuns = (window.gatedRuns || 0) + 1;</script></head><body><cookie-consent policy-url="/privacy"></cookie-consent><main><h1>Two copies</h1></main></body></html>',
  );
  const two = await start({ pages: [dir] });
  try {
    const context = await two.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(two.url('/pages/two.html'));
    await page.locator('cookie-consent [part~="banner"]').waitFor();
    await page.waitForFunction(() => window.PrivacyElements?.consent);
    assert.equal(await page.locator('cookie-consent').count(), 1);
    assert.equal(await page.evaluate(() => document.querySelector('cookie-consent').shadowRoot.querySelectorAll('[part~="banner"]').length), 1);
    await page.evaluate(() => {
      window.changes = 0;
      document.addEventListener('consent-change', () => window.changes++);
    });
    await page.evaluate(() => window.PrivacyElements.consent.acceptAll());
    await page.waitForFunction(() => window.gatedRuns === 1);
    assert.equal(await page.evaluate(() => window.PrivacyElements.consent.record.method), 'accept-all');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.changes), 1, 'one runtime: one consent-change');
    assert.equal(
      await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/parts/')).length),
      0,
      'the loader loads no banner of its own',
    );
    assert.equal(await page.evaluate(() => window.PrivacyElements.consent.hasConsent('analytics')), true);
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => window.gatedRuns), 1, 'gated scripts ran once');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await two.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
