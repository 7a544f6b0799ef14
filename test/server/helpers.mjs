// The backend's tests run on both stores: SQLite in a temp folder, and PostgreSQL in a new
// database on the cluster TEST_DATABASE_URL names (started by .ci/run or scripts/test.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { startService } from '../../scripts/load.mjs';
import pg from 'pg';

export const PG_URL = process.env.TEST_DATABASE_URL;
/** Each store's name, and a reason to skip it (only PostgreSQL, when no cluster is given). */
export const STORES = [
  { kind: 'sqlite', skip: false },
  { kind: 'postgres', skip: PG_URL ? false : 'no PostgreSQL: TEST_DATABASE_URL is not set (npm test starts a cluster when postgresql is installed)' },
];

/** A new, empty database on the test cluster; its URL. */
export async function freshDatabase() {
  const name = `pe_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Where a test server keeps its data, for one store kind: the options that point a server
 * there (`dataDir` or `databaseUrl`, and for a child process the environment) and a clean-up.
 */
export async function dataPlace(kind) {
  if (kind === 'postgres') {
    const databaseUrl = await freshDatabase();
    return { options: { databaseUrl }, env: { DATABASE_URL: databaseUrl }, remove: async () => {} };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pe-server-'));
  return { options: { dataDir }, env: { DATA_DIR: dataDir }, remove: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

export const TOKEN = 'test-admin-token-0123456789';
export const valid = (over = {}) => ({
  requestId: randomUUID(),
  type: 'erasure',
  name: 'Ada Lovelace',
  email: 'ada@example.org',
  relationship: 'self',
  jurisdiction: 'FR',
  account: '',
  details: 'Please delete everything.',
  locale: 'en',
  submittedAt: new Date().toISOString(),
  page: 'https://site.example/privacy',
  ...over,
});

/** A proof of consent as the banner POSTs it. */
export const consentProof = (over = {}) => ({
  schema: 1,
  id: randomUUID(),
  revision: '1',
  timestamp: new Date().toISOString(),
  expires: new Date(Date.now() + 864e5).toISOString(),
  method: 'accept-all',
  categories: { essential: true },
  page: 'https://site.example/',
  locale: 'en',
  ...over,
});
export const post = (url, body, headers = {}) =>
  fetch(`${url}/api/rights-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': body.requestId, ...headers },
    body: JSON.stringify(body),
  });
export const postConsent = (url, proof) => fetch(`${url}/api/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(proof) });

/** `npm run server` as a child process with the tests' token and no rate limit (scripts/load.mjs). */
export const spawnService = (env) => startService({ RIGHTS_ADMIN_TOKEN: TOKEN, ...env });
