// Bytes (gzip -9 of each file, as a server would send it) of everything the browser downloads
// from dist/ for our elements, per kind of page view, measured by loading real pages in
// Chromium against the demo server. Used by test/e2e/page-views.test.mjs and the bench.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gz = (path) => gzipSync(readFileSync(new URL(`..${path}`, import.meta.url)), { level: 9 }).length;

/** The budgets (KB = 1000 bytes) and goals per page view. */
export const PAGE_BUDGETS = {
  returning: { budget: 3000, goal: 2000 },
  'first visit': { budget: 12000, goal: 10000 },
  'preferences opened': { budget: 15000, goal: 13000 },
  'all three elements': { budget: 32000, goal: 28000 },
};

/** The `dist/` files one page view downloads; `before` runs first in another tab of the same browser profile. */
async function downloads(env, path, act, before) {
  const context = await env.browser.newContext();
  if (before) {
    const first = await context.newPage();
    await before(first, env.url(path));
    await first.close();
  }
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/dist/')) files.add(pathname);
  });
  await act(page, env.url(path));
  await page.waitForTimeout(300);
  await context.close();
  return { files: [...files].sort(), bytes: [...files].reduce((sum, f) => sum + gz(f), 0) };
}

const banner = (page) => page.locator('cookie-consent [part~="banner"] [part~="accept-button"]').waitFor();

/** Every kind of page view in `langs`, with the files it downloads and their bytes. */
export async function measurePageViews(env, langs = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl']) {
  const rows = [];
  for (const lang of langs) {
    const path = `/pages/views.html?lang=${lang}`;
    const shown = async (page, url) => {
      await page.goto(url);
      await banner(page);
    };
    rows.push({
      view: 'returning',
      lang,
      ...(await downloads(
        env,
        path,
        async (page, url) => {
          await page.goto(url);
          await page.waitForFunction(() => window.PrivacyElements?.consent.record);
        },
        async (page, url) => {
          await shown(page, url);
          await page.evaluate(() => window.PrivacyElements.consent.rejectAll());
        },
      )),
    });
    rows.push({ view: 'first visit', lang, ...(await downloads(env, path, shown)) });
    rows.push({
      view: 'preferences opened',
      lang,
      ...(await downloads(env, path, async (page, url) => {
        await shown(page, url);
        await page.locator('cookie-consent [part~="banner"] [part~="customize-button"]').click();
        await page.locator('cookie-consent dialog[open]').waitFor();
      })),
    });
    rows.push({
      view: 'all three elements',
      lang,
      ...(await downloads(env, `/pages/views-all.html?lang=${lang}`, async (page, url) => {
        await shown(page, url);
        await page.locator('privacy-policy .toc-heading').waitFor();
        await page.locator('rights-request-form [part~="submit-button"]').waitFor();
      })),
    });
  }
  return rows;
}
