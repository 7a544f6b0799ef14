// The rights-request form of the demo, through dist/privacy-elements.min.js, against the
// real local backend (Fastify + SQLite): stored once whatever the network does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, watchedPage } from './helpers.mjs';

let env;
before(async () => (env = await start({ faults: true, rateLimit: false })));
after(async () => env?.close());

const faults = (body) => fetch(env.url('/__test/faults'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const form = (page, selector) => page.locator(`rights-request-form ${selector}`);

async function open(context, setup) {
  const { page, problems } = await watchedPage(context);
  await page.goto(env.url('/#rights'));
  await page.locator('cookie-consent [part~="reject-button"]').first().click();
  if (setup) await page.evaluate(setup);
  await form(page, '#jurisdiction').selectOption('FR');
  await form(page, '#type-erasure').check();
  await form(page, '#name').fill('Ada Lovelace');
  await form(page, '#email').fill('ada@example.org');
  await form(page, '#details').fill('Please delete my account.');
  await form(page, '#confirm').check();
  return { page, problems };
}

test('a request is stored in the database and confirmed with its reference', async () => {
  const context = await env.browser.newContext();
  const { page, problems } = await open(context);
  const before = await env.server.store.countRequests();
  await form(page, '[part~="submit-button"]').click();
  const confirmation = form(page, '[part~="confirmation"]');
  await confirmation.waitFor();
  const rows = (await env.server.store.listRequests()).items;
  assert.equal(rows.length, before + 1);
  assert.match(await confirmation.textContent(), new RegExp(`Your reference is ${rows[0].reference}\\.`));
  assert.equal(rows[0].email, 'ada@example.org');
  assert.deepEqual(
    problems.filter((p) => !/HTTP/.test(p)),
    [],
  );
  await context.close();
});

test('a server that fails twice then succeeds stores one request, not three', async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context);
  const before = await env.server.store.countRequests();
  await faults({ mode: 'fail', count: 2 });
  await form(page, '[part~="submit-button"]').click();
  await form(page, '[part~="confirmation"]').waitFor({ timeout: 15000 });
  assert.equal(await env.server.store.countRequests(), before + 1);
  await context.close();
});

test('a server that never answers: the visitor sees why, keeps the text, and the retry stores it once', async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context, () => (document.querySelector('rights-request-form').timeout = 300));
  const before = await env.server.store.countRequests();
  await faults({ mode: 'hang', count: 3 });
  await form(page, '[part~="submit-button"]').click();
  await form(page, '[part~="retry-button"]').waitFor({ timeout: 15000 });
  assert.match(await form(page, '[part~="status"]').textContent(), /could not be sent/);
  assert.equal(await form(page, '#email').inputValue(), 'ada@example.org');
  // What the visitor typed survives a reload too.
  await page.reload();
  await form(page, '#name').waitFor();
  assert.equal(await form(page, '#name').inputValue(), 'Ada Lovelace');
  await form(page, '#confirm').check();
  await form(page, '[part~="submit-button"]').click();
  await form(page, '[part~="confirmation"]').waitFor({ timeout: 15000 });
  assert.equal(await env.server.store.countRequests(), before + 1);
  await context.close();
});

test('a 422 from the server shows its message next to the field', async () => {
  const context = await env.browser.newContext();
  const { page } = await open(context, () =>
    document.querySelector('rights-request-form').addEventListener('rights-request-submit', (e) => (e.detail.payload.email = 'not-an-email'), { once: true }),
  );
  const before = await env.server.store.countRequests();
  await form(page, '[part~="submit-button"]').click();
  await form(page, '#email-error').waitFor();
  assert.equal((await form(page, '#email-error').textContent()).trim(), 'This is not a valid e-mail address.');
  assert.equal(await form(page, '#email').getAttribute('aria-invalid'), 'true');
  assert.equal(await env.server.store.countRequests(), before);
  await context.close();
});

test('text typed just before a reload is kept (the draft is saved when the page is left, not only after a pause)', async () => {
  const context = await env.browser.newContext();
  const { page } = await watchedPage(context);
  await page.goto(env.url('/#rights'));
  await page.locator('cookie-consent [part~="reject-button"]').first().click();
  await form(page, '#details').fill('Typed a moment before the reload.');
  await page.reload();
  await form(page, '#details').waitFor();
  assert.equal(await form(page, '#details').inputValue(), 'Typed a moment before the reload.');
  await context.close();
});
