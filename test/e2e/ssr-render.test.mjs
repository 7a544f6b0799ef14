// Server-side rendering with @lit-labs/ssr: the three elements render to HTML in Node
// without a DOM, and the browser takes the server-rendered markup over (Lit's hydration)
// with no second copy of it, no error, and a working banner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { page as ssrPage } from '../react/ssr-page.js';
import { start, watchedPage } from './helpers.mjs';

let markup;
let env;
let dir;
before(async () => {
  await import('../../dist/esm/privacy-elements.js');
  markup = await collectResult(render(ssrPage()));
  dir = mkdtempSync(join(tmpdir(), 'pe-ssr-'));
  await build({ entryPoints: [new URL('../react/ssr-client.js', import.meta.url).pathname], bundle: true, format: 'esm', outfile: join(dir, 'ssr-client.js'), logLevel: 'silent' });
  writeFileSync(
    join(dir, 'ssr.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title><script type="module" src="/pages/ssr-client.js"></script></head><body>${markup}</body></html>`,
  );
  env = await start({ pages: [dir] });
});
after(async () => {
  await env?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the three elements render on a server, without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.match(markup, /<privacy-policy[^>]*><template shadowroot(mode)?="open"/);
  assert.match(markup, /Who we are/, 'the policy is in the server-rendered markup');
  assert.match(markup, /<rights-request-form[^>]*><template shadowroot(mode)?="open"[\s\S]*<form/);
});

test('the browser takes the server-rendered markup over: one copy, no error, a working banner', async () => {
  const context = await env.browser.newContext({ bypassCSP: true });
  const { page, problems } = await watchedPage(context);
  await page.goto(env.url('/pages/ssr.html'));
  await page.locator('cookie-consent [part~="banner"]').waitFor();
  await page.waitForFunction(() => customElements.get('privacy-policy') && customElements.get('rights-request-form'));
  await page.waitForTimeout(300);
  const counts = await page.evaluate(() => ({
    articles: document.querySelector('privacy-policy').shadowRoot.querySelectorAll('article').length,
    forms: document.querySelector('rights-request-form').shadowRoot.querySelectorAll('form').length,
    banners: document.querySelector('cookie-consent').shadowRoot.querySelectorAll('[part~="banner"]').length,
  }));
  assert.deepEqual(counts, { articles: 1, forms: 1, banners: 1 });
  await page.locator('cookie-consent [part~="accept-button"]').click();
  await page.locator('cookie-consent [part~="banner"]').waitFor({ state: 'detached' });
  await page.locator('rights-request-form').locator('input[name="name"]').fill('Ada');
  assert.deepEqual(problems, []);
  await context.close();
});
