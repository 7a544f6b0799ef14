// The local backend, over real HTTP on loopback: validation, encodings, size and type
// limits, idempotency, durability across a restart, auth, rate limit, CORS.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createDemoServer } from '../../demo/server.mjs';
import { STORES, TOKEN, consentProof, dataPlace, post, postConsent, valid } from './helpers.mjs';

/** This run's store (the tests below run once per store). */
let KIND = 'sqlite';

/** A server on a new place for data, or on `place` (a restart on the same data). */
async function server({ place, ...options } = {}) {
  const where = place ?? (await dataPlace(KIND));
  const s = await createDemoServer({ port: 0, ...where.options, adminToken: TOKEN, rateLimit: false, ...options });
  return { ...s, remove: where.remove };
}

const list = async (url) => (await (await fetch(`${url}/api/rights-requests`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()).items;

for (const { kind, skip } of STORES) {
  describe(`on ${kind}`, { skip }, () => {
    before(() => (KIND = kind));
    describe('rights-request backend', () => {
      let s;
      before(async () => (s = await server()));
      after(async () => {
        await s.close();
        await s.remove();
      });

      test('stores a valid request and answers 201 with id, reference and dueBy', async () => {
        const body = valid({ jurisdiction: 'US-CA' });
        const res = await post(s.url, body);
        assert.equal(res.status, 201);
        const answer = await res.json();
        assert.deepEqual(Object.keys(answer).sort(), ['dueBy', 'id', 'reference']);
        assert.match(answer.reference, /^RR-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
        // 45 days under US state law.
        assert.equal(answer.dueBy, new Date(Date.now() + 45 * 864e5).toISOString().slice(0, 10));
        const row = (await list(s.url)).find((r) => r.idempotencyKey === body.requestId);
        assert.equal(row.email, 'ada@example.org');
        assert.equal(row.reference, answer.reference);
      });

      test('answers 422 with a message per field', async () => {
        const res = await post(s.url, valid({ email: 'not-an-email', type: 'everything', name: '', jurisdiction: 'France' }));
        assert.equal(res.status, 422);
        const { errors } = await res.json();
        assert.deepEqual(Object.keys(errors).sort(), ['email', 'jurisdiction', 'name', 'type']);
        assert.match(errors.email, /e-mail/);
        const missing = await post(s.url, { requestId: randomUUID() });
        assert.deepEqual(Object.keys((await missing.json()).errors).sort(), ['email', 'jurisdiction', 'name', 'relationship', 'submittedAt', 'type']);
      });

      test('accepts form and multipart encodings with the same keys', async () => {
        for (const encoding of ['form', 'multipart']) {
          const body = valid();
          const data = encoding === 'form' ? new URLSearchParams(body) : Object.entries(body).reduce((f, [k, v]) => (f.append(k, v), f), new FormData());
          const res = await fetch(`${s.url}/api/rights-requests`, { method: 'POST', headers: { 'idempotency-key': body.requestId }, body: data });
          assert.equal(res.status, 201, encoding);
          assert.ok(
            (await list(s.url)).some((r) => r.idempotencyKey === body.requestId && r.name === 'Ada Lovelace'),
            encoding,
          );
        }
      });

      test('answers 413 over 64 KB and 415 for an unknown content type', async () => {
        const big = await post(s.url, valid({ details: 'x'.repeat(70 * 1024) }));
        assert.equal(big.status, 413);
        assert.match((await big.json()).error, /larger than 65536 bytes/);
        const xml = await fetch(`${s.url}/api/rights-requests`, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<request/>' });
        assert.equal(xml.status, 415);
      });

      test('stores the same Idempotency-Key once and answers with the first answer', async () => {
        const body = valid();
        const before = (await list(s.url)).length;
        const answers = await Promise.all([post(s.url, body), post(s.url, body)].map(async (p) => (await p).json()));
        assert.deepEqual(answers[1], answers[0]);
        // The same key with another body is not a resend: 422, and the first request stays as it was.
        assert.equal((await post(s.url, { ...body, name: 'Changed' })).status, 422);
        const rows = await list(s.url);
        assert.equal(rows.length, before + 1);
        assert.equal(rows.find((r) => r.idempotencyKey === body.requestId).name, 'Ada Lovelace');
      });

      test('refuses an Idempotency-Key that differs from requestId', async () => {
        const res = await post(s.url, valid(), { 'idempotency-key': randomUUID() });
        assert.equal(res.status, 422);
      });

      test('lists requests only with the bearer token', async () => {
        assert.equal((await fetch(`${s.url}/api/rights-requests`)).status, 401);
        const wrong = await fetch(`${s.url}/api/rights-requests`, { headers: { authorization: 'Bearer nope' } });
        assert.equal(wrong.status, 401);
        assert.equal(wrong.headers.get('www-authenticate'), 'Bearer');
        assert.ok(Array.isArray(await list(s.url)));
      });

      test('allows CORS only for configured origins', async () => {
        const t = await server({ allowedOrigins: ['https://allowed.example'] });
        try {
          const ok = await fetch(`${t.url}/api/rights-requests`, {
            method: 'OPTIONS',
            headers: { origin: 'https://allowed.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
          });
          assert.equal(ok.headers.get('access-control-allow-origin'), 'https://allowed.example');
          assert.match(ok.headers.get('access-control-allow-headers'), /Idempotency-Key/i);
          const denied = await fetch(`${t.url}/api/rights-requests`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
          assert.equal(denied.headers.get('access-control-allow-origin'), null);
        } finally {
          await t.close();
          await t.remove();
        }
      });

      test('never answers with a stack trace', async () => {
        const res = await fetch(`${s.url}/api/rights-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"broken": ' });
        assert.equal(res.status, 400);
        const text = await res.text();
        assert.doesNotMatch(text, /at .*\.js|node_modules|stack/i);
      });
    });

    test('requests survive a restart of the server', async () => {
      const place = await dataPlace(KIND);
      try {
        const first = await server({ place });
        const body = valid();
        const answer = await (await post(first.url, body)).json();
        await first.close();
        const second = await server({ place });
        try {
          const rows = await list(second.url);
          assert.equal(rows.length, 1);
          assert.equal(rows[0].reference, answer.reference);
          // And the idempotency key still holds after the restart.
          assert.deepEqual(await (await post(second.url, body)).json(), answer);
          assert.equal((await list(second.url)).length, 1);
        } finally {
          await second.close();
        }
      } finally {
        await place.remove();
      }
    });

    test('limits requests per address with 429 and Retry-After', async () => {
      const s = await server({ rateLimit: { max: 3, timeWindow: '1 minute' } });
      try {
        const statuses = [];
        let last;
        for (let i = 0; i < 5; i++) {
          last = await post(s.url, valid());
          statuses.push(last.status);
        }
        assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
        assert.ok(Number(last.headers.get('retry-after')) > 0);
      } finally {
        await s.close();
        await s.remove();
      }
    });

    describe('proofs of consent', () => {
      test('a record id is stored once: 201 the first time, 200 when the banner sends it again', async () => {
        const s = await server();
        try {
          const record = consentProof({ method: 'reject-all', categories: { essential: true, analytics: false }, locale: 'de' });
          const send = () => postConsent(s.url, record);
          assert.equal((await send()).status, 201);
          assert.equal((await send()).status, 200);
          assert.equal((await send()).status, 200);
          assert.equal((await s.store.listConsents()).items.filter((c) => c.id === record.id).length, 1);
        } finally {
          await s.close();
          await s.remove();
        }
      });
    });

    describe('the owner’s side', () => {
      const auth = { authorization: `Bearer ${TOKEN}` };
      const json = async (res) => ({ status: res.status, body: res.headers.get('content-type')?.includes('json') ? await res.json() : await res.text() });

      test('requests: newest first, paged with a cursor, filtered by status, type and overdue; a status change is kept as history', async () => {
        const s = await server();
        try {
          const ids = [];
          for (let i = 0; i < 5; i++) {
            const body = valid({ type: i % 2 ? 'access' : 'erasure', jurisdiction: i === 4 ? 'US-CA' : 'FR' });
            ids.push((await (await post(s.url, body)).json()).id);
          }
          const first = await json(await fetch(`${s.url}/api/rights-requests?limit=2`, { headers: auth }));
          assert.equal(first.status, 200);
          assert.deepEqual(
            first.body.items.map((r) => r.id),
            [ids[4], ids[3]],
          );
          assert.equal(first.body.items[0].status, 'received');
          const second = await json(await fetch(`${s.url}/api/rights-requests?limit=2&cursor=${first.body.next}`, { headers: auth }));
          assert.deepEqual(
            second.body.items.map((r) => r.id),
            [ids[2], ids[1]],
          );
          const last = await json(await fetch(`${s.url}/api/rights-requests?limit=2&cursor=${second.body.next}`, { headers: auth }));
          assert.deepEqual(last.body, { items: [last.body.items[0]], next: null });
          assert.equal((await json(await fetch(`${s.url}/api/rights-requests?type=access`, { headers: auth }))).body.items.length, 2);

          const patch = (id, body, headers = auth) =>
            fetch(`${s.url}/api/rights-requests/${id}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
          const changed = await json(await patch(ids[0], { status: 'in-progress', note: 'identity checked' }));
          assert.equal(changed.status, 200);
          assert.equal(changed.body.status, 'in-progress');
          await patch(ids[0], { status: 'completed' });
          const done = await json(await patch(ids[0], { status: 'completed', note: 'sent the export' }));
          assert.deepEqual(
            done.body.history.map((h) => [h.status, h.note]),
            [
              ['in-progress', 'identity checked'],
              ['completed', ''],
              ['completed', 'sent the export'],
            ],
          );
          assert.equal((await json(await fetch(`${s.url}/api/rights-requests?status=completed`, { headers: auth }))).body.items.length, 1);
          assert.equal((await patch(ids[0], { status: 'lost' })).status, 422);
          assert.equal((await patch('no-such-id', { status: 'completed' })).status, 404);
          assert.equal((await patch(ids[1], { status: 'completed' }, { authorization: 'Bearer nope' })).status, 401);
        } finally {
          await s.close();
          await s.remove();
        }
      });

      test('overdue: past the due date (30 days, 45 for US states) and neither completed nor rejected', async () => {
        // A server whose clock is 40 days behind: what it received then is due by now, except under a US law.
        const s = await server({ now: () => new Date(Date.now() - 40 * 864e5) });
        try {
          const eu = (await (await post(s.url, valid({ jurisdiction: 'DE' }))).json()).id;
          const done = (await (await post(s.url, valid({ jurisdiction: 'FR' }))).json()).id;
          await (await post(s.url, valid({ jurisdiction: 'US-CA' }))).json();
          await fetch(`${s.url}/api/rights-requests/${done}`, {
            method: 'PATCH',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'rejected', note: 'not identifiable' }),
          });
          const overdue = await json(await fetch(`${s.url}/api/rights-requests?overdue=true`, { headers: auth }));
          assert.deepEqual(
            overdue.body.items.map((r) => r.id),
            [eu],
          );
        } finally {
          await s.close();
          await s.remove();
        }
      });

      test('consents: oldest first, paged, a date range, and a CSV export for audits; only with the token', async () => {
        const s = await server();
        try {
          const record = (i) =>
            consentProof({
              method: i % 2 ? 'accept-all' : 'reject-all',
              categories: { essential: true, analytics: i % 2 === 1 },
              page: `https://site.example/page?i=${i}, "quoted"`,
              locale: 'de',
            });
          const sent = [];
          for (let i = 0; i < 3; i++) {
            sent.push(record(i));
            await postConsent(s.url, sent[i]);
          }
          assert.equal((await fetch(`${s.url}/api/consents`)).status, 401);
          const page1 = await json(await fetch(`${s.url}/api/consents?limit=2`, { headers: auth }));
          assert.deepEqual(
            page1.body.items.map((r) => r.id),
            [sent[0].id, sent[1].id],
          );
          const page2 = await json(await fetch(`${s.url}/api/consents?limit=2&cursor=${page1.body.next}`, { headers: auth }));
          assert.deepEqual(page2.body, { items: [page2.body.items[0]], next: null });
          assert.equal(page2.body.items[0].id, sent[2].id);
          const today = new Date().toISOString().slice(0, 10);
          assert.equal((await json(await fetch(`${s.url}/api/consents?from=${today}&to=${today}`, { headers: auth }))).body.items.length, 3);
          assert.equal((await json(await fetch(`${s.url}/api/consents?to=2000-01-01`, { headers: auth }))).body.items.length, 0);
          assert.equal((await fetch(`${s.url}/api/consents?from=yesterday`, { headers: auth })).status, 422);
          const csv = await fetch(`${s.url}/api/consents?format=csv`, { headers: auth });
          assert.match(csv.headers.get('content-type'), /^text\/csv/);
          const lines = (await csv.text()).trim().split('\r\n');
          assert.equal(lines[0], 'id,receivedAt,timestamp,method,revision,categories,page,locale');
          assert.equal(lines.length, 4);
          assert.ok(lines[1].startsWith(`${sent[0].id},`));
          assert.ok(lines[1].includes('"{""essential"":true,""analytics"":false}"'), lines[1]);
          assert.ok(lines[1].includes('"https://site.example/page?i=0, ""quoted"""'), lines[1]);
        } finally {
          await s.close();
          await s.remove();
        }
      });

      test('healthz answers 200 while the database answers, 503 when it does not', async () => {
        const s = await server();
        try {
          assert.equal((await fetch(`${s.url}/healthz`)).status, 200);
          await s.store.close();
          assert.equal((await fetch(`${s.url}/healthz`)).status, 503);
        } finally {
          await s.close().catch(() => undefined);
          await s.remove();
        }
      });
    });

    describe('found when tried as a new user', () => {
      test('a text/plain body, or one with no content type, is 415', async () => {
        const s = await server();
        try {
          const text = await fetch(`${s.url}/api/rights-requests`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(valid()) });
          assert.equal(text.status, 415);
          const none = await fetch(`${s.url}/api/rights-requests`, { method: 'POST', body: new Blob([JSON.stringify(valid())]) });
          assert.equal(none.status, 415);
        } finally {
          await s.close();
          await s.remove();
        }
      });

      test('an Idempotency-Key reused with a different request is 422, and nothing new is stored', async () => {
        const s = await server();
        try {
          const first = valid();
          assert.equal((await post(s.url, first)).status, 201);
          assert.equal((await post(s.url, first)).status, 201, 'a resend replays the answer');
          const other = await post(s.url, { ...first, details: 'Something else entirely.' });
          assert.equal(other.status, 422);
          assert.match((await other.json()).errors.requestId, /different request/);
          assert.equal((await list(s.url)).length, 1);
        } finally {
          await s.close();
          await s.remove();
        }
      });

      test('the rate limit counts the public POST and PUT endpoints together', async () => {
        const s = await server({ rateLimit: { max: 3, timeWindow: '1 minute' } });
        try {
          const statuses = [
            (await post(s.url, valid())).status,
            (await fetch(`${s.url}/api/rights-requests`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(valid()) })).status,
            (await postConsent(s.url, consentProof())).status,
            (await post(s.url, valid())).status,
          ];
          assert.deepEqual(statuses, [201, 201, 201, 429]);
        } finally {
          await s.close();
          await s.remove();
        }
      });
    });

    describe('found when tried as a new user, continued', () => {
      test('a preflight from an origin CORS does not allow gets an empty answer without CORS headers, not a 404; a file is 422, not 413', async () => {
        const s = await server({ allowedOrigins: ['https://ok.example'] });
        try {
          const preflight = (origin) =>
            fetch(`${s.url}/api/rights-requests`, {
              method: 'OPTIONS',
              headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
            });
          const evil = await preflight('https://evil.example');
          assert.equal(evil.status, 204);
          assert.equal(evil.headers.get('access-control-allow-origin'), null);
          assert.equal((await preflight('https://ok.example')).headers.get('access-control-allow-origin'), 'https://ok.example');
          const form = new FormData();
          for (const [k, v] of Object.entries(valid())) form.append(k, v);
          form.append('attachment', new Blob(['hello']), 'hello.txt');
          const file = await fetch(`${s.url}/api/rights-requests`, { method: 'POST', body: form });
          assert.equal(file.status, 422);
          assert.match((await file.json()).error, /Files are not accepted/);
        } finally {
          await s.close();
          await s.remove();
        }
      });

      test('retention: proofs of consent older than CONSENT_RETENTION_DAYS are deleted at start', async () => {
        const place = await dataPlace(KIND);
        // Received 40 days ago, and today.
        const past = await server({ place, now: () => new Date(Date.now() - 40 * 864e5) });
        const old = consentProof();
        await postConsent(past.url, old);
        await past.close();
        const today = await server({ place });
        const fresh = consentProof();
        await postConsent(today.url, fresh);
        await today.close();
        const kept = await server({ place, consentRetentionDays: 30 });
        assert.deepEqual(
          (await kept.store.listConsents()).items.map((c) => c.id),
          [fresh.id],
        );
        await kept.close();
        await place.remove();
      });
    });
  });
}
