// The rights-request form (dist/privacy-elements.min.js, the demo page) against every failure
// a network and a server can produce, through a fault-injecting reverse proxy in front of the
// real backend. The visitor always ends with a confirmation, or a clear message with the draft
// intact and a retry that then succeeds; the backend never stores a request twice.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import { start } from './helpers.mjs';

const TIMEOUT = 1500;
let env;
let proxy;
let proxyUrl;
/** Attempts seen per Idempotency-Key, and keys let through from now on (after a failure, for the retry). */
const attempts = new Map();
const healed = new Set();
const keysOf = new Map();
const hanging = new Set();

/** Forwards a request to the demo server (and its backend); resolves with status, headers and body. */
function upstream(req, body, path = req.url) {
  const target = new URL(env.server.url);
  return new Promise((resolve, reject) => {
    const r = httpRequest({ hostname: target.hostname, port: target.port, method: req.method, path, headers: { ...req.headers, host: target.host } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    r.on('error', reject);
    r.end(body);
  });
}
const relay = (res, { status, headers, body }) => {
  res.writeHead(status, headers);
  res.end(body);
};
const pass = (req, res, body) => upstream(req, body, '/api/rights-requests').then((a) => relay(res, a));

/** What each scenario does to attempt `n` of a request; after it has failed the visitor, `healed` lets the retry through. */
const SCENARIOS = {
  // Connection reset before any answer, the request stored first.
  'reset before the answer': async (req, res, body, n) => (n === 1 ? (await upstream(req, body, '/api/rights-requests'), req.socket.destroy()) : pass(req, res, body)),
  // 201 headers, then the connection breaks in the middle of the body.
  'reset mid-response': async (req, res, body, n) => {
    if (n > 1) return pass(req, res, body);
    const a = await upstream(req, body, '/api/rights-requests');
    res.writeHead(a.status, { ...a.headers, 'content-length': String(a.body.length + 100) });
    res.write(a.body.subarray(0, 5));
    setTimeout(() => res.socket.destroy(), 20);
  },
  hang: (req, res) => void hanging.add(res),
  '500 three times': (req, res) => relay(res, { status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":"internal error"}' }),
  '502 HTML page three times': (req, res) =>
    relay(res, { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>' }),
  '503 with Retry-After': (req, res, body, n) => (n === 1 ? relay(res, { status: 503, headers: { 'retry-after': '1' }, body: '' }) : pass(req, res, body)),
  '503 without Retry-After': (req, res, body, n) => (n === 1 ? relay(res, { status: 503, headers: {}, body: 'Service Unavailable' }) : pass(req, res, body)),
  '429 with Retry-After': (req, res, body, n) =>
    n === 1 ? relay(res, { status: 429, headers: { 'retry-after': '2', 'content-type': 'application/json' }, body: '{"error":"Too Many Requests"}' }) : pass(req, res, body),
  '429 without Retry-After': (req, res, body, n) => (n === 1 ? relay(res, { status: 429, headers: {}, body: '' }) : pass(req, res, body)),
  'a redirect to another origin': (req, res) => relay(res, { status: 307, headers: { location: `${env.server.url}/api/rights-requests` }, body: '' }),
  '200 with an empty body (stored)': async (req, res, body) => {
    const a = await upstream(req, body, '/api/rights-requests');
    relay(res, { status: 200, headers: {}, body: '' });
    return a;
  },
  'a login page answered 200': (req, res) => relay(res, { status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Sign in</title><form>…</form>' }),
  'the answer after the timeout (stored)': async (req, res, body, n) => {
    const a = await upstream(req, body, '/api/rights-requests');
    if (n === 1) setTimeout(() => !res.destroyed && relay(res, a), TIMEOUT + 1000);
    else relay(res, a);
  },
  // The endpoint is a closed port; the retry goes to one that answers (this entry lets it through).
  'connection refused': null,
};

/** Those that end in a message and a retry; the others recover by themselves. */
const FAILS = new Set(['hang', '500 three times', '502 HTML page three times', 'a redirect to another origin', 'a login page answered 200', 'connection refused']);

before(async () => {
  env = await start({ rateLimit: false });
  proxy = createServer((req, res) => {
    const m = /^\/faulty\/(\d+)$/.exec(req.url);
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      if (!m)
        return upstream(req, body).then(
          (a) => relay(res, a),
          () => res.destroy(),
        );
      const name = Object.keys(SCENARIOS)[Number(m[1])];
      const key = req.headers['idempotency-key'];
      keysOf.set(name, key);
      const n = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, n);
      try {
        // After the visitor was told it failed, the network is back: the retry goes through.
        if (healed.has(key) || !SCENARIOS[name]) await pass(req, res, body);
        else await SCENARIOS[name](req, res, body, n);
      } catch {
        res.destroy();
      }
    });
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${proxy.address().port}`;
});
after(async () => {
  for (const res of hanging) res.destroy();
  proxy?.closeAllConnections?.();
  await new Promise((r) => proxy.close(r));
  await env?.close();
});

const storedWith = async (key) => (await env.server.store.listRequests({ limit: 1000 })).items.filter((r) => r.idempotencyKey === key);

describe('the form against a failing network and server', { concurrency: 4 }, () => {
  for (const [i, name] of Object.keys(SCENARIOS).entries()) {
    test(name, async () => {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const form = (selector) => page.locator(`rights-request-form ${selector}`);
      await page.goto(`${proxyUrl}/#rights`);
      await page.locator('cookie-consent [part~="reject-button"]').first().click();
      const endpoint = name === 'connection refused' ? 'http://127.0.0.1:1/api/rights-requests' : `/faulty/${i}`;
      await page.evaluate(
        ([endpoint, timeout]) => {
          const el = document.querySelector('rights-request-form');
          el.endpoint = endpoint;
          el.timeout = timeout;
        },
        [endpoint, TIMEOUT],
      );
      await form('#jurisdiction').selectOption('DE');
      await form('#type-access').check();
      await form('#name').fill(`Network ${i}`);
      await form('#email').fill(`network${i}@example.org`);
      await form('#details').fill(`Scenario: ${name}`);
      await form('#confirm').check();
      await form('[part~="submit-button"]').click();

      if (name === '429 with Retry-After') {
        // Not just "Sending…": the visitor is told the server is busy and when it tries again.
        await page.waitForFunction(() => /busy.*2 seconds/.test(document.querySelector('rights-request-form').shadowRoot.querySelector('[part~="status"]').textContent));
      }
      const status = form('[part~="status"]');
      if (FAILS.has(name)) {
        await form('[part~="retry-button"]').waitFor({ timeout: 20_000 });
        const message = await status.textContent();
        assert.match(message, /could not be sent|busy/i, message);
        assert.doesNotMatch(message, /<|nginx|Bad Gateway/, 'no markup or server internals shown');
        // The draft is intact.
        assert.equal(await form('#email').inputValue(), `network${i}@example.org`);
        assert.equal(await form('#details').inputValue(), `Scenario: ${name}`);
        assert.equal(await form('#confirm').isChecked(), true);
        // The network is back: the retry sends the same request (a refused connection: to a server that now listens).
        if (keysOf.has(name)) healed.add(keysOf.get(name));
        if (name === 'connection refused') await page.evaluate((e) => (document.querySelector('rights-request-form').endpoint = e), `/faulty/${i}`);
        await form('[part~="retry-button"]').click();
      }
      await form('[part~="confirmation"]').waitFor({ timeout: 20_000 });
      const key = keysOf.get(name);
      const rows = await storedWith(key);
      assert.equal(rows.length, 1, `${name}: stored once`);
      const confirmation = await form('[part~="confirmation"]').textContent();
      if (name !== '200 with an empty body (stored)')
        assert.ok(confirmation.includes(rows[0].reference), `${name}: the server's reference ${rows[0].reference} in "${confirmation}"`);
      await context.close();
    });
  }
});
