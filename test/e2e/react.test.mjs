// privacy-elements/react in a real React 19 app: bundled here with esbuild (as an app's
// bundler would), rendered in Chromium; a decision reaches onConsentChange.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { start, watchedPage } from './helpers.mjs';

let env;
let dir;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pe-react-'));
  await build({
    entryPoints: [new URL('../react/app.js', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'react-app.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'react.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>React</title><script type="module" src="/pages/react-app.js"></script></head><body><div id="root"></div></body></html>',
  );
  env = await start({ pages: [dir] });
});
after(async () => {
  await env?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the React component renders the banner with its props; a decision reaches onConsentChange', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(env.url('/pages/react.html'));
  await page.locator('cookie-consent [part~="banner"].box').waitFor();
  assert.equal(await page.locator('cookie-consent [part~="policy-link"]').getAttribute('href'), '/privacy');
  await page.waitForFunction(() => window.readyRecord);
  assert.deepEqual(await page.evaluate(() => window.readyRecord), { record: null });
  await page.locator('cookie-consent [part~="customize-button"]').click();
  await page.locator('cookie-consent dialog[open] label[for="c-analytics"]').filter({ hasText: 'Statistics' }).waitFor();
  await page.locator('cookie-consent dialog [part~="accept-button"]').click();
  await page.locator('#decisions').filter({ hasText: 'accept-all:analytics' }).waitFor();
  assert.deepEqual(problems, []);
  // The app's bundle holds one copy of Lit (the package keeps it external).
  assert.equal(readFileSync(join(dir, 'react-app.js'), 'utf8').match(/litHtmlVersions/g)?.length, 1);
  await context.close();
});
