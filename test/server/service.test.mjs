// `npm run server` as an owner runs it: configuration errors, logs, graceful shutdown, and
// hostile traffic — over real sockets to a child process.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { createServer } from 'node:net';
import { STORES, TOKEN, dataPlace, post, spawnService, valid } from './helpers.mjs';

const NAME = 'privacy-elements server';
const runOnce = (env) => spawnSync(process.execPath, ['server/main.mjs'], { env: { ...process.env, PORT: '0', ...env }, encoding: 'utf8', timeout: 20000 });

/** A request whose body the test writes itself, in pieces; resolves with status and body. */
function manualRequest(url, { method = 'POST', path = '/api/rights-requests', headers = {} }) {
  const { hostname, port } = new URL(url);
  const req = httpRequest({ hostname, port, method, path, headers });
  const answer = new Promise((resolve, reject) => {
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
  });
  return { req, answer };
}

describe('configuration', () => {
  test('a bad setting is one line naming the variable, and exit code 2', () => {
    const cases = [
      [{ RATE_LIMIT: 'lots' }, /^RATE_LIMIT must be a whole number/],
      [{ PORT: '99999' }, /^PORT must be a port number/],
      [{ DATABASE_URL: 'mysql://admin:hunter2@db.example/site' }, /^DATABASE_URL must be a PostgreSQL address .* not a "mysql:" one/],
      [{ DATABASE_URL: '/var/lib/data.sqlite' }, /^DATABASE_URL must be a PostgreSQL address/],
      [{ NODE_ENV: 'production', RIGHTS_ADMIN_TOKEN: '' }, /^RIGHTS_ADMIN_TOKEN is required when NODE_ENV=production/],
      [{ NODE_ENV: 'production', RIGHTS_ADMIN_TOKEN: 'short' }, /^RIGHTS_ADMIN_TOKEN must be at least 16 characters/],
      [{ ALLOWED_ORIGINS: 'https://shop.example,shop2.example' }, /^ALLOWED_ORIGINS: "shop2.example" is not an origin/],
      [{ ALLOWED_ORIGINS: 'https://shop.example/checkout' }, /^ALLOWED_ORIGINS: "https:\/\/shop.example\/checkout" is not an origin/],
      [{ CONSENT_RETENTION_DAYS: '-1' }, /^CONSENT_RETENTION_DAYS must be a whole number of days/],
      [{ REQUEST_TIMEOUT: '0' }, /^REQUEST_TIMEOUT must be a whole number of seconds/],
    ];
    for (const [env, message] of cases) {
      const r = runOnce(env);
      assert.equal(r.status, 2, JSON.stringify(env));
      const lines = r.stderr.trim().split('\n');
      assert.equal(lines.length, 1, r.stderr);
      assert.ok(lines[0].startsWith(`${NAME}: `), lines[0]);
      assert.match(lines[0].slice(NAME.length + 2), message);
      assert.ok(!r.stderr.includes('hunter2'), 'a password is never printed');
    }
  });

  test('a database it cannot reach, a DATA_DIR it cannot use, or a port in use, is one line and exit code 1', async () => {
    const unreachable = runOnce({ DATABASE_URL: 'postgres://site:hunter2@127.0.0.1:1/consents' });
    assert.equal(unreachable.status, 1);
    assert.equal(unreachable.stderr.trim(), `${NAME}: cannot start: cannot reach the database at 127.0.0.1:1/consents: ECONNREFUSED`);

    const notAFolder = runOnce({ DATA_DIR: '/etc/hostname' });
    assert.equal(notAFolder.status, 1);
    assert.equal(notAFolder.stderr.trim(), `${NAME}: cannot start: cannot keep the database in DATA_DIR /etc/hostname (EEXIST)`);

    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => taken.once('listening', r));
    const { port } = taken.address();
    const place = await dataPlace('sqlite');
    const busy = runOnce({ PORT: String(port), ...place.env });
    taken.close();
    await place.remove();
    assert.equal(busy.status, 1);
    assert.equal(busy.stderr.trim(), `${NAME}: cannot start: port ${port} is in use (set PORT to another one)`);
  });
});

for (const { kind, skip } of STORES) {
  describe(`as a service on ${kind}`, { skip }, () => {
    test('JSON logs without the requester’s personal data; SIGTERM finishes the request in flight, then exits 0', async () => {
      const place = await dataPlace(kind);
      const s = await spawnService({ ...place.env, NODE_ENV: 'production' });
      const body = valid({ name: 'Grace Hopper', email: 'grace@example.org' });
      assert.equal((await post(s.url, body)).status, 201);
      await fetch(`${s.url}/api/rights-requests?status=received`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal((await fetch(`${s.url}/api/rights-requests`, { headers: { authorization: 'Bearer wrong' } })).status, 401);

      // A request half sent when SIGTERM arrives is still received and answered.
      const late = valid();
      const text = JSON.stringify(late);
      const { req, answer } = manualRequest(s.url, { headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } });
      req.write(text.slice(0, 40));
      await new Promise((r) => setTimeout(r, 100));
      s.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 100));
      req.end(text.slice(40));
      assert.equal((await answer).status, 201);
      assert.equal(await s.exited, 0, 'a clean exit on SIGTERM');

      const logs = s.logs();
      assert.ok(logs.some((l) => l.req?.method === 'POST' && l.req.path === '/api/rights-requests'));
      assert.ok(logs.some((l) => l.res?.statusCode === 201));
      const requestLogs = JSON.stringify(logs.filter((l) => l.req || l.res || l.err));
      for (const secret of ['Grace', 'grace@example.org', '127.0.0.1', 'remoteAddress', 'status=received', 'Bearer wrong'])
        assert.ok(!requestLogs.includes(secret), `the request logs hold ${secret}`);
      assert.ok(!(s.stdout() + s.stderr()).includes(TOKEN), 'a token set in the environment is never printed');

      // Both requests are there after a restart on the same data.
      const again = await spawnService(place.env);
      const items = (await (await fetch(`${again.url}/api/rights-requests`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()).items;
      assert.deepEqual(items.map((r) => r.idempotencyKey).sort(), [body.requestId, late.requestId].sort());
      again.child.kill('SIGTERM');
      await again.exited;
      await place.remove();
    });
  });
}

describe('hostile traffic', () => {
  test('slow clients get 408 and are cut off, while others are served', async () => {
    const place = await dataPlace('sqlite');
    const s = await spawnService({ ...place.env, REQUEST_TIMEOUT: '1' });
    try {
      // A body trickling in a byte at a time.
      const text = JSON.stringify(valid());
      const slow = manualRequest(s.url, { headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } });
      let sent = 0;
      const drip = setInterval(() => sent < text.length && slow.req.write(text[sent++]), 300);
      // Headers that never end (slowloris).
      const { hostname, port } = new URL(s.url);
      const loris = connect(Number(port), hostname);
      loris.write('POST /api/rights-requests HTTP/1.1\r\nHost: x\r\n');
      const lorisTimer = setInterval(() => loris.write('X-a: b\r\n'), 300);
      let lorisAnswer = '';
      loris.on('data', (d) => (lorisAnswer += d));
      const lorisClosed = new Promise((r) => loris.on('close', r));

      // Meanwhile, others are served.
      for (let i = 0; i < 5; i++) assert.equal((await post(s.url, valid())).status, 201);

      const { status, body } = await slow.answer;
      clearInterval(drip);
      assert.equal(status, 408);
      assert.ok(sent < text.length, 'cut off before the body was complete');
      assert.doesNotMatch(body, /at .*\.m?js|node_modules|\/work\//);
      await lorisClosed;
      clearInterval(lorisTimer);
      assert.match(lorisAnswer, /^HTTP\/1\.1 408/);
      assert.equal((await fetch(`${s.url}/healthz`)).status, 200);
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
      await place.remove();
    }
  });

  test('oversized, malformed and mis-encoded bodies, and wrong tokens: the right status, no stack trace or path, the server stays up', async () => {
    const place = await dataPlace('sqlite');
    const s = await spawnService(place.env);
    const json = { 'content-type': 'application/json' };
    const cases = [
      ['1 MB of JSON', { headers: json, body: JSON.stringify(valid({ details: 'x'.repeat(1 << 20) })) }, 413],
      ['a length announcing 100 MB', { raw: `POST /api/rights-requests HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{` }, 413],
      ['broken JSON', { headers: json, body: '{"requestId": "abc", ' }, 400],
      ['JSON that is a string', { headers: json, body: '"hello"' }, 422],
      ['JSON with invalid UTF-8', { headers: json, body: Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]) }, 422],
      ['a __proto__ key', { headers: json, body: JSON.stringify(valid()).replace('{', '{"__proto__": {"polluted": true}, ') }, 400],
      ['a gzip-encoded body', { headers: { ...json, 'content-encoding': 'gzip' }, body: 'not gzip at all' }, 415],
      ['a form with broken percent-encoding', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=%E0%A4%A&email=%zz' }, 422],
      ['multipart without a boundary', { headers: { 'content-type': 'multipart/form-data' }, body: 'name=x' }, [400, 406, 415, 422]],
      [
        'multipart cut in the middle',
        { headers: { 'content-type': 'multipart/form-data; boundary=XX' }, body: '--XX\r\nContent-Disposition: form-data; name="name"\r\n\r\nAda' },
        [400, 422],
      ],
      ['XML', { headers: { 'content-type': 'application/xml' }, body: '<a/>' }, 415],
      ['no token', { method: 'GET', headers: {} }, 401],
      ['a wrong token', { method: 'GET', headers: { authorization: 'Bearer nope' } }, 401],
      ['an empty bearer', { method: 'GET', headers: { authorization: 'Bearer ' } }, 401],
      ['a 10 KB token', { method: 'GET', headers: { authorization: `Bearer ${'a'.repeat(10240)}` } }, 401],
      ['the right length, wrong token', { method: 'GET', headers: { authorization: `Bearer ${'x'.repeat(TOKEN.length)}` } }, 401],
      ['basic auth', { method: 'GET', headers: { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` } }, 401],
      ['the token in the query', { method: 'GET', path: `/api/rights-requests?token=${TOKEN}`, headers: {} }, 401],
      ['PATCH with a wrong token', { method: 'PATCH', path: '/api/rights-requests/x', headers: { ...json, authorization: 'Bearer nope' }, body: '{"status":"completed"}' }, 401],
      ['consents with a wrong token', { method: 'GET', path: '/api/consents?format=csv', headers: { authorization: 'Bearer nope' } }, 401],
    ];
    try {
      for (const [name, c, expected] of cases) {
        let status;
        let body;
        if (c.raw) {
          ({ status, body } = await rawExchange(s.url, c.raw));
        } else {
          const res = await fetch(`${s.url}${c.path ?? '/api/rights-requests'}`, { method: c.method ?? 'POST', headers: c.headers, body: c.body });
          status = res.status;
          body = await res.text();
        }
        assert.ok([expected].flat().includes(status), `${name}: ${status} ${body.slice(0, 200)}`);
        assert.doesNotMatch(body, /at .*\.m?js|node_modules|\/work\/|\/home\/|\/tmp\//, name);
      }
      assert.equal({}.polluted, undefined);
      // Still up, still storing.
      assert.equal((await post(s.url, valid())).status, 201);
      assert.equal((await fetch(`${s.url}/healthz`)).status, 200);
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
      await place.remove();
    }
  });
});

/** Sends raw bytes and reads the status line and body of the answer (the server may close early). */
function rawExchange(url, raw) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(raw));
    let data = '';
    socket.on('data', (d) => (data += d));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1]), body: data.split('\r\n\r\n').slice(1).join('') }));
    setTimeout(() => socket.end(), 2000);
  });
}

describe('migrations', () => {
  test('a SQLite database from before Postgrator (its schema counted in user_version) is taken over with its data', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { default: Database } = await import('better-sqlite3');
    const { createSqliteStore, SQLITE_FILE } = await import('../../server/store/sqlite.mjs');
    const place = await dataPlace('sqlite');
    const db = new Database(join(place.options.dataDir, SQLITE_FILE));
    const dir = 'server/migrations/sqlite';
    for (const file of readdirSync(dir).sort()) db.exec(readFileSync(join(dir, file), 'utf8'));
    db.pragma('user_version = 2');
    db.prepare(
      `INSERT INTO rights_requests (id, idempotency_key, reference, type, name, email, relationship, jurisdiction, account, details, locale, submitted_at, page, received_at, due_by, answer)
       VALUES ('r1', 'k1', 'RR-OLD1-0001', 'access', 'Ada', 'ada@example.org', 'self', 'FR', '', '', 'en', '2026-01-01T00:00:00Z', '', '2026-01-01T00:00:00Z', '2026-01-31', '{}')`,
    ).run();
    db.close();
    for (let i = 0; i < 2; i++) {
      const store = await createSqliteStore(place.options.dataDir);
      assert.deepEqual(
        (await store.listRequests()).items.map((r) => r.reference),
        ['RR-OLD1-0001'],
      );
      await store.close();
    }
    await place.remove();
  });

  test('two processes starting together on one new PostgreSQL database apply each migration once', { skip: STORES[1].skip }, async () => {
    const place = await dataPlace('postgres');
    const both = await Promise.all([spawnService(place.env), spawnService(place.env)]);
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: place.options.databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schemaversion ORDER BY version');
    await client.end();
    assert.deepEqual(
      rows.map((r) => Number(r.version)),
      [0, 1, 2],
    );
    for (const s of both) assert.equal((await post(s.url, valid())).status, 201);
    await Promise.all(
      both.map(async (s) => {
        s.child.kill('SIGTERM');
        await s.exited;
      }),
    );
  });
});
