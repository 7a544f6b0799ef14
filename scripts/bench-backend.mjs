// `npm run bench` (backend part; alone: `npm run bench:backend`): the reference backend under
// load on loopback, as `npm run server` runs it (JSON logs on, rate limit off), on SQLite
// (one process) and PostgreSQL (one and two processes sharing a database), then a SIGKILL in
// the middle of a run. 50 clients (autocannon), DURATION seconds (default 20), 20 % of the
// requests sent again under the same Idempotency-Key. After each run the clients send again
// what got no answer, and the stored rows are checked against everything sent and answered.
// Results on stdout and in bench/backend.md.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { checkStored, hammer, resendUnanswered, startService, traffic } from './load.mjs';
import { startCluster } from './pg-cluster.mjs';

const DURATION = Number(process.env.DURATION ?? 20);
const CONNECTIONS = 50;
const TOKEN = randomBytes(18).toString('base64url');
const rows = [];

async function newDatabase(clusterUrl) {
  const name = `pe_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const stop = async (s) => {
  s.child.kill('SIGTERM');
  await s.exited;
};

/** One timed run; `kill` (seconds) SIGKILLs the first process then, and restarts it on the same data after the run. */
async function run(label, env, { processes = 1, kill = null, seed }) {
  const start = () => startService({ ...env, RIGHTS_ADMIN_TOKEN: TOKEN }, { keepLogs: false });
  const servers = await Promise.all(Array.from({ length: processes }, start));
  const load = traffic({ repeatShare: 0.2, seed });
  let answeredAtKill = null;
  let sentAtKill = null;
  const killFirst = () => {
    answeredAtKill = load.answers.size;
    sentAtKill = load.sent.size;
    servers[0].child.kill('SIGKILL');
  };
  const result = await hammer({ urls: servers.map((s) => s.url), connections: CONNECTIONS, duration: DURATION, load, kill: kill && { after: kill, run: killFirst } });
  if (kill) {
    await servers[0].exited;
    servers[0] = await start();
  }
  // Unanswered: in flight when the process died, or sent to it after (refused, until the clients stopped).
  const order = new Map([...load.sent.keys()].map((id, i) => [id, i]));
  const unanswered = load.unanswered();
  const inFlight = sentAtKill === null ? unanswered.length : unanswered.filter((id) => order.get(id) < sentAtKill).length;
  const refused = unanswered.length - inFlight;
  await resendUnanswered(servers.at(-1).url, load);
  const check = await checkStored(servers[0].url, TOKEN, load);
  await Promise.all(servers.map(stop));
  const exact = check.missing.length === 0 && check.changed.length === 0 && check.stored === check.sent && load.mismatches.size === 0 && check.foreign === 0;
  const row = {
    label,
    rps: Math.round(result.requestsPerSecond),
    p50: result.p50,
    p99: result.p99,
    total: result.total,
    distinct: check.sent,
    stored: check.stored,
    inFlight,
    refused,
    answeredAtKill,
    errors: result.errors,
    non201: Object.entries(result.statuses)
      .filter(([code]) => code !== '201')
      .reduce((sum, [, n]) => sum + n, 0),
    exact,
  };
  rows.push(row);
  console.log(
    `${label}: ${row.rps} requests/s, p50 ${row.p50} ms, p99 ${row.p99} ms; ${row.total} requests, ${row.distinct} distinct, ${row.stored} stored` +
      `${kill ? `; killed after ${answeredAtKill} answers: ${inFlight} in flight, ${refused} refused, all sent again` : ''} — ${exact ? 'each stored exactly once, every 201 kept' : 'MISMATCH'}`,
  );
  return row;
}

const dataDir = mkdtempSync(join(tmpdir(), 'pe-bench-'));
await run('SQLite, 1 process', { DATA_DIR: join(dataDir, 'a') }, { seed: 101 });
await run('SQLite, 1 process, SIGKILL at half time', { DATA_DIR: join(dataDir, 'b') }, { seed: 102, kill: DURATION / 2 });
rmSync(dataDir, { recursive: true, force: true });

let cluster = null;
let clusterUrl = process.env.BENCH_DATABASE_URL;
if (!clusterUrl) {
  try {
    cluster = await startCluster();
    clusterUrl = cluster.url;
  } catch (error) {
    console.log(`PostgreSQL runs skipped: ${error.message}`);
  }
}
if (clusterUrl) {
  await run('PostgreSQL, 1 process', { DATABASE_URL: await newDatabase(clusterUrl) }, { seed: 201 });
  await run('PostgreSQL, 2 processes', { DATABASE_URL: await newDatabase(clusterUrl) }, { seed: 202, processes: 2 });
  await run('PostgreSQL, 2 processes, one SIGKILLed at half time', { DATABASE_URL: await newDatabase(clusterUrl) }, { seed: 203, processes: 2, kill: DURATION / 2 });
}
cluster?.stop();

const table = [
  `Reference backend on loopback: ${CONNECTIONS} clients (autocannon), ${DURATION} s per run, 20 % resends under the same Idempotency-Key,`,
  'JSON logs on, rate limit off, SQLite at synchronous=FULL, PostgreSQL with its default fsync and synchronous_commit; one 2-core machine runs',
  'the clients, the server processes and PostgreSQL. Afterwards the clients send again what got no answer, and the stored rows are compared',
  'with everything sent and answered.',
  '',
  '| run | requests/s | p50 | p99 | requests answered | distinct | stored | no answer, sent again | exactly once, every 201 kept |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${r.rps} | ${r.p50} ms | ${r.p99} ms | ${r.total} | ${r.distinct} | ${r.stored} | ${r.answeredAtKill ? `${r.inFlight} in flight at the kill (after ${r.answeredAtKill} answers), ${r.refused} refused after it` : r.inFlight} | ${r.exact ? 'yes' : 'NO'} |`,
  ),
];
mkdirSync('bench', { recursive: true });
writeFileSync('bench/backend.md', `${table.join('\n')}\n`);
console.log(`\n${table.join('\n')}`);
if (rows.some((r) => !r.exact)) process.exit(1);
