// The store on SQLite (better-sqlite3), for one machine: WAL, synchronous=FULL (a request
// answered 201 survives a power cut, not only a crash), and group commit — the requests
// that arrive in one turn of the event loop are written in one transaction, one sync to disk.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REQUEST_COLUMNS, consentFilters, isSameRequest, migrate, pageOf, requestFilters, toConsent, toRequest } from './common.mjs';

export const SQLITE_FILE = 'privacy-elements.sqlite';

/**
 * A database from before Postgrator (0.1.0's demo) counted its schema in `user_version`, with the
 * same statements as migrations 1 and 2: they are recorded as applied, with Postgrator's checksums.
 */
function adoptLegacy(db, migrations) {
  const legacy = db.pragma('user_version', { simple: true });
  if (!legacy || db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schemaversion'").get()) return;
  db.transaction(() => {
    db.exec('CREATE TABLE schemaversion (version BIGINT PRIMARY KEY, name TEXT, md5 TEXT, run_at TIMESTAMP WITH TIME ZONE); INSERT INTO schemaversion (version) VALUES (0);');
    const record = db.prepare('INSERT INTO schemaversion (version, name, md5, run_at) VALUES (?, ?, ?, ?)');
    for (const m of migrations) if (m.action === 'do' && m.version <= legacy) record.run(m.version, m.name, m.md5, new Date().toISOString());
  })();
}

export async function createSqliteStore(dataDir) {
  let db;
  try {
    mkdirSync(dataDir, { recursive: true });
    db = new Database(join(dataDir, SQLITE_FILE));
  } catch (error) {
    throw Object.assign(new Error(`cannot keep the database in DATA_DIR ${dataDir} (${error.code ?? error.message})`), { code: 'DATA_DIR' });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  await migrate('sqlite3', {
    execQuery: async (sql) => {
      const statement = db.prepare(sql);
      return { rows: statement.reader ? statement.all() : (statement.run(), []) };
    },
    // One migration file: all its statements or none.
    execSqlScript: async (sql) => db.transaction(() => db.exec(sql))(),
    adopt: (migrations) => adoptLegacy(db, migrations),
  });

  const insert = db.prepare(`INSERT INTO rights_requests (${REQUEST_COLUMNS.map(([column]) => column).join(', ')})
    VALUES (${REQUEST_COLUMNS.map(([, field]) => `@${field}`).join(', ')})
    ON CONFLICT(idempotency_key) DO NOTHING`);
  const byKey = db.prepare('SELECT * FROM rights_requests WHERE idempotency_key = ?');
  const count = db.prepare('SELECT COUNT(*) AS n FROM rights_requests');
  const consent = db.prepare('INSERT INTO consents (id, received_at, record) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING');
  const setStatus = db.prepare('UPDATE rights_requests SET status = ? WHERE id = ?');
  const addHistory = db.prepare('INSERT INTO request_history (request_id, at, status, note) VALUES (?, ?, ?, ?)');
  const history = db.prepare('SELECT at, status, note FROM request_history WHERE request_id = ? ORDER BY rowid');
  const byId = db.prepare('SELECT * FROM rights_requests WHERE id = ?');
  const ping = db.prepare('SELECT 1 AS ok');
  const purge = db.prepare('DELETE FROM consents WHERE received_at < ?');

  // One request: a savepoint inside the batch's transaction, so one failure does not undo the others.
  const saveOne = db.transaction((request) => {
    const { changes } = insert.run(request);
    const row = byKey.get(request.idempotencyKey);
    return { answer: JSON.parse(row.answer), created: changes === 1, same: isSameRequest(row, request) };
  });
  const saveBatch = db.transaction((batch) =>
    batch.map(({ request }) => {
      try {
        return { ok: saveOne(request) };
      } catch (error) {
        return { error };
      }
    }),
  );
  // Group commit: everything queued in this turn is written by one transaction on the next.
  let queue = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    let results;
    try {
      results = saveBatch(batch);
    } catch (error) {
      results = batch.map(() => ({ error }));
    }
    batch.forEach(({ resolve, reject }, i) => (results[i].error ? reject(results[i].error) : resolve(results[i].ok)));
  };

  return {
    kind: 'sqlite',
    saveRequest(request, makeAnswer) {
      return new Promise((resolve, reject) => {
        if (queue.push({ request: { ...request, answer: JSON.stringify(makeAnswer(request)) }, resolve, reject }) === 1) setImmediate(flush);
      });
    },
    /** Newest first; `overdue`: past `dueBy` and neither completed nor rejected. */
    async listRequests({ limit = 100, ...filters } = {}) {
      const where = requestFilters('?', 'rowid', filters);
      const rows = db.prepare(`SELECT rowid AS seq, * FROM rights_requests ${where} ORDER BY rowid DESC LIMIT ?`).all(...where.args, limit + 1);
      return pageOf(rows, limit, toRequest);
    },
    /** A new status, kept in the request's history with the time and the owner's note. */
    async updateRequest(id, { status, note = '' }) {
      return db.transaction(() => {
        if (!setStatus.run(status, id).changes) return null;
        addHistory.run(id, new Date().toISOString(), status, note);
        return { ...toRequest(byId.get(id)), history: history.all(id) };
      })();
    },
    countRequests: async () => count.get().n,
    async saveConsent(record, receivedAt = new Date()) {
      return consent.run(record.id, receivedAt.toISOString(), JSON.stringify(record)).changes === 1;
    },
    /** In the order received; `from` / `to` are ISO dates, inclusive, on the time received. */
    async listConsents({ limit = 100, ...filters } = {}) {
      const where = consentFilters('?', 'rowid', filters);
      const rows = db.prepare(`SELECT rowid AS seq, received_at, record FROM consents ${where} ORDER BY rowid LIMIT ?`).all(...where.args, limit + 1);
      return pageOf(rows, limit, toConsent);
    },
    ping: async () => ping.get().ok === 1,
    purgeConsents: async (before) => purge.run(before).changes,
    /** Writes what is queued, then closes. */
    async close() {
      if (queue.length) flush();
      db.close();
    },
  };
}
