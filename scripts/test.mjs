// `npm test`: the browser tests (web-test-runner in Chromium) and the end-to-end tests
// (node:test + playwright-core against the built dist/ scripts), then one line:
// `tests: N passed, N failed`, counted from the runners' own results.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { chromePath } from './chrome.mjs';
import { postgresBin, startCluster } from './pg-cluster.mjs';

const only = process.argv[2];
process.env.CHROME_PATH = chromePath();
rmSync('.test-results', { recursive: true, force: true });

function run(cmd, args, onLine) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let rest = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      lines.forEach(onLine);
    });
    child.on('close', (code) => {
      if (rest) onLine(rest);
      resolve(code);
    });
  });
}

const totals = { passed: 0, failed: 0 };

if (only !== '--e2e') {
  const code = await run('node_modules/.bin/web-test-runner', ['--config', 'web-test-runner.config.mjs'], () => {});
  let counts = null;
  try {
    counts = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  } catch {
    // the runner died before reporting
  }
  totals.passed += counts?.passed ?? 0;
  totals.failed += (counts?.failed ?? 0) + (counts?.errors ?? 0) + (code !== 0 && !counts?.failed && !counts?.errors ? 1 : 0);
}

if (only !== '--unit') {
  // The backend's tests run on SQLite and on PostgreSQL: a throwaway cluster unless one is given (.ci/run gives one).
  let cluster = null;
  if (!process.env.TEST_DATABASE_URL && postgresBin()) {
    try {
      cluster = await startCluster();
      process.env.TEST_DATABASE_URL = cluster.url;
    } catch (error) {
      console.error(`PostgreSQL: could not start a test cluster (${error.message})`);
    }
  }
  if (!process.env.TEST_DATABASE_URL) console.error('PostgreSQL: not available; the backend’s PostgreSQL tests are skipped (apt-get install -y postgresql)');
  const e2e = { pass: 0, fail: 0 };
  const code = await run(
    process.execPath,
    [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      ...['test/server', 'test/e2e'].flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.test.mjs'))
          .map((f) => `${dir}/${f}`),
      ),
    ],
    (line) => {
      const m = /^\S*\s*(pass|fail) (\d+)$/.exec(line.trim());
      if (m) e2e[m[1]] = Number(m[2]);
    },
  );
  totals.passed += e2e.pass;
  totals.failed += e2e.fail + (code !== 0 && !e2e.fail ? 1 : 0);
  cluster?.stop();
}

console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
