// Shared setup for the end-to-end tests: the demo server on a free loopback port and
// Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromePath, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { createDemoServer } from '../../demo/server.mjs';

export const pagesDir = fileURLToPath(new URL('./pages', import.meta.url));

export async function start(options = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'pe-e2e-'));
  const server = await createDemoServer({ port: 0, pages: [pagesDir], dataDir, ...options });
  const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS.filter((a) => a !== '--headless=new'), headless: true });
  return {
    server,
    browser,
    url: (path) => server.url + path,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new page that fails the test on any CSP or Trusted Types violation and any script error. */
export async function watchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} for ${r.url()}`));
  return { page, problems };
}
