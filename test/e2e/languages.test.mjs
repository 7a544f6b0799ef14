// The script-tag user in another language: the bundle fetches the visitor's language (and
// only it) from dist/locales/ beside the script, under the demo's strict CSP and Trusted Types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, watchedPage } from './helpers.mjs';

let env;
before(async () => (env = await start()));
after(async () => env?.close());

const pl = JSON.parse(readFileSync(new URL('../../dist/locales/pl.consent.json', import.meta.url), 'utf8'));
const de = Object.fromEntries(['consent', 'policy', 'rights'].map((p) => [p, JSON.parse(readFileSync(new URL(`../../dist/locales/de.${p}.json`, import.meta.url), 'utf8'))]));
const en = JSON.parse(readFileSync(new URL('../../dist/locales/en.consent.json', import.meta.url), 'utf8'));

/** Records, on every frame from the first, the text of the banner's Accept all button. */
const recordAcceptTexts = () => {
  window.__seen = [];
  const look = () => {
    const text = document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="accept-button"]')?.textContent?.trim();
    if (text && window.__seen.at(-1) !== text) window.__seen.push(text);
    requestAnimationFrame(look);
  };
  look();
};

test('<html lang="pl">: the drop-in shows a Polish banner, never English first, and stores the SPEC record unchanged', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  const fetched = [];
  page.on('request', (r) => r.url().includes('/locales/') && fetched.push(new URL(r.url()).pathname));
  await page.addInitScript(recordAcceptTexts);
  // A slow network: the language arrives half a second after the script.
  await page.route('**/dist/locales/**', async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  await page.goto(env.url('/pages/polish.html'));
  const accept = page.locator('cookie-consent [part~="banner"] [part~="accept-button"]');
  await accept.waitFor({ state: 'visible' });
  assert.equal((await accept.textContent()).trim(), pl.acceptAll);
  assert.equal((await page.locator('cookie-consent [part~="reject-button"]').first().textContent()).trim(), pl.rejectAll);
  assert.deepEqual(await page.evaluate(() => window.__seen), [pl.acceptAll], 'no English before Polish');
  assert.deepEqual(fetched, ['/dist/locales/pl.consent.json'], 'only the banner’s Polish texts are downloaded');

  await accept.click();
  await page.locator('cookie-consent [part~="banner"]').waitFor({ state: 'detached' });
  const record = await page.evaluate(() => JSON.parse(localStorage.getItem('cookie-consent')));
  assert.deepEqual(Object.keys(record), ['schema', 'id', 'revision', 'timestamp', 'expires', 'method', 'categories']);
  assert.equal(record.schema, 1);
  assert.equal(record.method, 'accept-all');
  assert.deepEqual(record.categories, { essential: true, analytics: true });
  // The proof of consent carries the resolved language.
  let proof;
  for (let i = 0; i < 50 && !proof; i++) {
    proof = (await env.server.store.listConsents({ limit: 1000 })).items.find((c) => c.id === record.id);
    if (!proof) await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(proof?.locale, 'pl');
  assert.equal(await page.locator('cookie-consent [role="status"]').textContent(), pl.savedAccepted);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a language file that cannot be loaded leaves English on screen, never nothing', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/dist/locales/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(env.url('/pages/polish.html'));
  const accept = page.locator('cookie-consent [part~="banner"] [part~="accept-button"]');
  await accept.waitFor({ state: 'visible', timeout: 5000 });
  assert.equal((await accept.textContent()).trim(), en.acceptAll);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a language file that is not JSON of texts (a proxy’s error page) still shows whole English texts', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route('**/dist/locales/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"acceptAll": 7, "rejectAll": null, "customize": "Dostosuj"}' }),
  );
  await page.goto(env.url('/pages/polish.html'));
  const banner = page.locator('cookie-consent [part~="banner"]');
  await banner.waitFor({ state: 'visible' });
  assert.equal((await banner.locator('[part~="accept-button"]').textContent()).trim(), en.acceptAll);
  assert.equal((await banner.locator('[part~="customize-button"]').textContent()).trim(), 'Dostosuj');
  assert.doesNotMatch(await banner.textContent(), /undefined|null|\b7\b/);
  await context.close();
});

test('de-AT: all three elements in German from the full bundle, the policy keeps its own language and date', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  const fetched = [];
  page.on('request', (r) => r.url().includes('/locales/') && fetched.push(new URL(r.url()).pathname));
  await page.goto(env.url('/pages/german-all.html'));
  const accept = page.locator('cookie-consent [part~="banner"] [part~="accept-button"]');
  await accept.waitFor({ state: 'visible' });
  assert.equal((await accept.textContent()).trim(), de.consent.acceptAll);
  assert.match(await page.locator('cookie-consent [part~="banner"]').getAttribute('class'), /\bbox\b/, 'data-layout reached the banner');
  await page.locator('privacy-policy .toc-heading').waitFor();
  assert.equal(await page.locator('privacy-policy .toc-heading').textContent(), de.policy.contents);
  assert.equal((await page.locator('privacy-policy time').textContent()).trim(), '2. November 2026');
  assert.equal(await page.locator('privacy-policy article').evaluate((a) => a.closest('[lang]')), null, 'no lang of ours on the policy');
  assert.equal((await page.locator('rights-request-form [part~="submit-button"]').textContent()).trim(), de.rights.submit);
  assert.equal((await page.locator('rights-request-form select option').first().textContent()).trim(), de.rights.jurisdictionPrompt);
  assert.deepEqual(fetched.sort(), ['/dist/locales/de.consent.json', '/dist/locales/de.policy.json', '/dist/locales/de.rights.json']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('forced colours (Windows high contrast): buttons, the switch and the focus ring stay visible', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(env.url('/pages/polish.html'));
  await page.locator('cookie-consent [part~="banner"]').waitFor();
  const look = () =>
    page.evaluate(() => {
      const root = document.querySelector('cookie-consent').shadowRoot;
      const style = (el, pseudo) => getComputedStyle(el, pseudo);
      const accept = style(root.querySelector('[part~="banner"] [part~="accept-button"]'));
      const toggle = root.querySelector('#c-analytics');
      // What the user's colour scheme makes of a plain button.
      const probe = document.body.appendChild(document.createElement('button'));
      const system = [style(probe).backgroundColor, style(probe).color];
      probe.remove();
      return {
        system,
        accept: [accept.borderTopStyle, accept.borderTopColor, accept.backgroundColor, accept.color],
        toggle: toggle && [style(toggle).borderTopColor, style(toggle).backgroundColor, style(toggle, '::before').backgroundColor],
        focus: toggle && (toggle.focus(), [style(toggle).outlineStyle, style(toggle).outlineColor]),
      };
    });
  const banner = await look();
  assert.equal(banner.accept[0], 'solid');
  assert.deepEqual(banner.accept.slice(2), banner.system, 'Accept all in the user’s button colours, not ours');
  assert.notEqual(banner.accept[1], banner.accept[2], 'the button’s border shows on its background');
  assert.notEqual(banner.accept[3], banner.accept[2], 'the button’s text shows on its background');
  await page.evaluate(() => window.PrivacyElements.consent.showPreferences());
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const dialog = await look();
  assert.notEqual(dialog.toggle[0], dialog.toggle[1], 'the switch’s track shows');
  assert.notEqual(dialog.toggle[2], dialog.toggle[1], 'the switch’s thumb shows on its track');
  assert.equal(dialog.focus[0], 'solid');
  await context.close();
});

test('a returning visitor downloads no language file until they open the preferences, which then show in their language', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  const fetched = [];
  page.on('request', (r) => r.url().includes('/locales/') && fetched.push(new URL(r.url()).pathname));
  await page.goto(env.url('/pages/polish.html'));
  await page.locator('cookie-consent [part~="banner"] [part~="reject-button"]').click();
  fetched.length = 0;
  await page.reload();
  await page.waitForFunction(() => window.PrivacyElements?.consent.record);
  await page.waitForTimeout(300);
  assert.deepEqual(fetched, [], 'nothing fetched for a banner that is not shown');
  await page.evaluate(() => window.PrivacyElements.consent.showPreferences());
  const dialog = page.locator('cookie-consent dialog[open]');
  await dialog.waitFor();
  assert.equal((await dialog.locator('h2').textContent()).trim(), pl.dialogTitle);
  assert.deepEqual(fetched, ['/dist/locales/pl.consent.json']);
  assert.deepEqual(problems, []);
  await context.close();
});
