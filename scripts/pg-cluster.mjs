// A throwaway PostgreSQL cluster for the backend's tests and bench: Debian's `postgresql`
// binaries, a new cluster in a temp folder, listening on 127.0.0.1 only, trust auth for the
// `postgres` user. initdb refuses root, so as root the cluster is made and run as `postgres`.
//
//   node scripts/pg-cluster.mjs start   → prints `DATABASE_URL=… PG_CLUSTER_DIR=…` (for a shell's eval)
//   node scripts/pg-cluster.mjs stop DIR
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The newest installed server's bin folder (Debian: /usr/lib/postgresql/<version>/bin), or null. */
export function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

const asRoot = process.getuid?.() === 0;
/** Runs a PostgreSQL binary, as `postgres` when this is root. */
function pgRun(bin, name, args) {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]] : [join(bin, name), args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} failed: ${(r.stderr || r.stdout || r.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
  return r.stdout;
}

/** @returns {Promise<{ url: string, dir: string, stop: () => void }>} */
export async function startCluster() {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'pe-pg-'));
  if (asRoot) {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = join(dir, 'data');
  pgRun(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C']);
  const port = await freePort();
  pgRun(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', `-h 127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`, 'start']);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, stop: () => stopCluster(dir) };
}

export function stopCluster(dir) {
  const bin = postgresBin();
  try {
    if (bin) pgRun(bin, 'pg_ctl', ['-D', join(dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, dir] = process.argv.slice(2);
  if (command === 'start') {
    const { url, dir: made } = await startCluster();
    console.log(`DATABASE_URL=${url} PG_CLUSTER_DIR=${made}`);
  } else if (command === 'stop' && dir) {
    stopCluster(dir);
  } else {
    console.error('usage: node scripts/pg-cluster.mjs start | stop DIR');
    process.exit(2);
  }
}
