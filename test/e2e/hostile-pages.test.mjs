// Hostile pages: strict and nonce CSPs with Trusted Types for all three elements, a site's
// most aggressive CSS, a page that removes the banner, and storage that fails in every way
// (with a decision kept in the fallback cookie followed by other tabs).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './helpers.mjs';

let env;
before(async () => (env = await start({ rateLimit: false })));
after(async () => env?.close());

const banner = (page) => page.locator('cookie-consent [part~="banner"]');
const accept = (page) => page.locator('cookie-consent [part~="banner"] [part~="accept-button"]');

async function pageIn(context, path) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.url(path));
  return { page, errors };
}

describe('all three elements under each CSP, with Trusted Types enforced', () => {
  for (const csp of ['self', 'nonce', 'strict-dynamic']) {
    test(`${csp}: styled and working, no violation, gated scripts run with the page's nonce`, async () => {
      const context = await env.browser.newContext();
      const { page, errors } = await pageIn(context, `/pages/hostile-csp.html${csp === 'nonce' ? '' : `?csp=${csp}`}`);
      await banner(page).waitFor();
      // Styled: the banner is fixed to the viewport with a background, not unstyled inline text.
      const style = await banner(page).evaluate((b) => ({ position: getComputedStyle(b).position, background: getComputedStyle(b).backgroundColor }));
      assert.equal(style.position, 'fixed');
      assert.notEqual(style.background, 'rgba(0, 0, 0, 0)');
      await page.locator('privacy-policy h2').first().waitFor();
      await page.locator('rights-request-form #email').waitFor();
      await accept(page).click();
      await page.waitForFunction(() => window.gatedRuns === 1);
      // An inline gated script runs only with the page's nonce, which the script-src 'self' page does not allow at all.
      if (csp !== 'self') await page.waitForFunction(() => window.inlineGatedRuns === 1);
      // Under script-src 'self' the page's own inline gated script is refused by its CSP (not by us), and stays unrun.
      const violations = await page.evaluate(() => window.violations);
      if (csp === 'self') {
        assert.deepEqual(violations, ['script-src-elem: inline']);
        assert.equal(await page.evaluate(() => window.inlineGatedRuns ?? 0), 0);
      } else assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

test('a page with * { all: unset }, button { display: none }, dialog { display: none }, html { font-size: 8px } and a header at the top z-index: the banner stays visible, readable, on top and usable; the dialog opens', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 700 } });
  const { page, errors } = await pageIn(context, '/pages/hostile-css.html');
  await banner(page).waitFor();
  const box = await accept(page).boundingBox();
  assert.ok(box && box.width > 40 && box.height >= 24, `the accept button is ${JSON.stringify(box)}`);
  assert.ok(box.y + box.height <= 700 && box.y >= 0, 'inside the viewport');
  // On top: what is under the button's centre is the banner, not the page's fixed footer or header.
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.localName, [box.x + box.width / 2, box.y + box.height / 2]);
  assert.equal(hit, 'cookie-consent');
  const fontSize = await accept(page).evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
  assert.ok(fontSize >= 12, `readable text (${fontSize}px)`);
  // The dialog opens (the page's dialog { display: none } does not reach it) and works.
  await page.locator('cookie-consent [part~="banner"] [part~="customize-button"]').click();
  const dialog = page.locator('cookie-consent [part~="dialog"]');
  await dialog.waitFor();
  const dialogBox = await dialog.boundingBox();
  assert.ok(dialogBox && dialogBox.height > 100, `the dialog is ${JSON.stringify(dialogBox)}`);
  await page.locator('cookie-consent [part~="dialog"] [part~="accept-button"]').click();
  await page.waitForFunction(() => window.gatedRuns === 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page that removes the banner: gated scripts stay inert without consent, also ones added later', async () => {
  const context = await env.browser.newContext();
  const { page, errors } = await pageIn(context, '/pages/minimal.html');
  await banner(page).waitFor();
  await page.evaluate(() => document.querySelectorAll('cookie-consent').forEach((b) => b.remove()));
  // A gated script added after that, by the page's own code.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    s.dataset.consentCategory = 'analytics';
    s.append('window.gatedRuns = (window.gatedRuns || 0) + 1;');
    document.body.append(s);
  });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.gatedRuns ?? 0), 0);
  assert.equal(await page.evaluate(() => window.PrivacyElements.consent.hasConsent('analytics')), false);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Ways a browser, an extension or another tab breaks localStorage (and cookies), set up before any script. */
const BREAK = {
  'throws on read': () => {
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
  },
  'throws on write': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
  },
  'is full': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'is disabled, and cookies too': () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => {} });
  },
};

describe('localStorage that', () => {
  for (const [name, breakIt] of Object.entries(BREAK)) {
    test(`${name}: the banner works, and the decision is honoured wherever it could be kept`, async () => {
      const context = await env.browser.newContext();
      await context.addInitScript(breakIt);
      const { page, errors } = await pageIn(context, '/pages/minimal.html');
      await accept(page).click();
      await page.waitForFunction(() => window.gatedRuns === 1);
      await page.reload();
      await page.waitForFunction(() => window.PrivacyElements?.consent);
      await page.evaluate(() => window.PrivacyElements.consent.ready);
      const kept = name !== 'is disabled, and cookies too';
      // Kept (in the fallback cookie): no banner, the gated script runs; nowhere to keep it: asked again.
      if (kept) {
        await page.waitForFunction(() => window.gatedRuns === 1);
        assert.equal(await banner(page).count(), 0);
      } else {
        await banner(page).waitFor();
        assert.equal(await page.evaluate(() => window.gatedRuns ?? 0), 0);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('is cleared between decisions, or overwritten with garbage by another tab: asked again, no error', async () => {
    const context = await env.browser.newContext();
    const { page: a, errors } = await pageIn(context, '/pages/minimal.html');
    await accept(a).click();
    const { page: b } = await pageIn(context, '/pages/minimal.html');
    await b.waitForFunction(() => window.gatedRuns === 1);
    await b.evaluate(() => localStorage.setItem('cookie-consent', '{"schema":1,"garbage'));
    // The first tab hears it: no valid record any more, the visitor is asked again.
    await banner(a).waitFor();
    assert.equal(await a.evaluate(() => window.PrivacyElements.consent.record), null);
    await accept(a).click();
    await b.evaluate(() => localStorage.clear());
    await b.reload();
    await banner(b).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('cannot be written: a decision kept in the fallback cookie is followed by the other tabs', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(BREAK['is full']);
    const { page: a } = await pageIn(context, '/pages/minimal.html');
    const { page: b } = await pageIn(context, '/pages/minimal.html');
    await banner(a).waitFor();
    await banner(b).waitFor();
    await accept(a).click();
    // The other tab: no storage event, but the channel's message; it reads the cookie.
    await b.waitForFunction(() => window.gatedRuns === 1);
    await banner(b).waitFor({ state: 'detached' });
    // A returning visitor's page (the loader alone) follows a later change too.
    const { page: c } = await pageIn(context, '/pages/minimal.html');
    await c.waitForFunction(() => window.gatedRuns === 1);
    await a.evaluate(() => window.PrivacyElements.consent.rejectAll());
    await c.waitForFunction(() => window.PrivacyElements.consent.record?.method === 'reject-all');
    await b.waitForFunction(() => window.PrivacyElements.consent.record?.method === 'reject-all');
    await context.close();
  });
});
