// Durable storage for rights requests and consent records, behind a small interface so
// that another database (PostgreSQL) can take its place:
//
//   saveRequest(request, makeAnswer) -> { answer, created, same }   (once per idempotency key; same: the stored one is this request)
//   listRequests({ status, type, overdue, limit, cursor }) -> { items, next }, newest first
//   updateRequest(id, { status, note }) -> the request with its history, or null
//   saveConsent(record) -> true when new, false for a record id already stored
//   listConsents({ from, to, limit, cursor }) -> { items, next }, in the order received
//   countRequests() -> number; ping() -> true when the database answers
//   purgeConsents(beforeIso) -> how many proofs of consent older than that were deleted
//   close()
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Versioned schema changes, applied in order at start (the version is SQLite's `user_version`). */
const MIGRATIONS = [
  `CREATE TABLE IF NOT EXISTS rights_requests (
      id TEXT PRIMARY KEY,
      idempotency_key TEXT NOT NULL UNIQUE,
      reference TEXT NOT NULL,
      type TEXT NOT NULL,
      name TEXT NOT NULL,
      email TEXT NOT NULL,
      relationship TEXT NOT NULL,
      jurisdiction TEXT NOT NULL,
      account TEXT NOT NULL,
      details TEXT NOT NULL,
      locale TEXT NOT NULL,
      submitted_at TEXT NOT NULL,
      page TEXT NOT NULL,
      received_at TEXT NOT NULL,
      due_by TEXT NOT NULL,
      answer TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS consents (
      id TEXT PRIMARY KEY,
      received_at TEXT NOT NULL,
      record TEXT NOT NULL
    );`,
  // The owner's side: a status per request and the history of its changes.
  `ALTER TABLE rights_requests ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
    CREATE TABLE request_history (
      request_id TEXT NOT NULL REFERENCES rights_requests(id),
      at TEXT NOT NULL,
      status TEXT NOT NULL,
      note TEXT NOT NULL
    );
    CREATE INDEX request_history_request ON request_history(request_id);
    CREATE INDEX consents_received ON consents(received_at);`,
];

function migrate(db) {
  const version = db.pragma('user_version', { simple: true });
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** What makes two requests under one key the same request: every field the visitor sent. */
const SAME_FIELDS = [
  ['type', 'type'],
  ['name', 'name'],
  ['email', 'email'],
  ['relationship', 'relationship'],
  ['jurisdiction', 'jurisdiction'],
  ['account', 'account'],
  ['details', 'details'],
  ['locale', 'locale'],
  ['submitted_at', 'submittedAt'],
  ['page', 'page'],
];

/** A page's position: the rowid after (or before) which the next page starts, opaque to clients. */
const cursorOf = (rowid) => Buffer.from(String(rowid)).toString('base64url');
const rowidOf = (cursor) => {
  const n = Number(Buffer.from(String(cursor ?? ''), 'base64url').toString());
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

export function createSqliteStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'privacy-elements.sqlite'));
  // WAL: readers do not block the writer.
  db.pragma('journal_mode = WAL');
  // FULL: a request answered 201 survives a power cut, not only a crash of the process.
  db.pragma('synchronous = FULL');
  migrate(db);
  const insert = db.prepare(`INSERT INTO rights_requests
    (id, idempotency_key, reference, type, name, email, relationship, jurisdiction, account, details, locale, submitted_at, page, received_at, due_by, answer)
    VALUES (@id, @idempotencyKey, @reference, @type, @name, @email, @relationship, @jurisdiction, @account, @details, @locale, @submittedAt, @page, @receivedAt, @dueBy, @answer)
    ON CONFLICT(idempotency_key) DO NOTHING`);
  const byKey = db.prepare('SELECT * FROM rights_requests WHERE idempotency_key = ?');
  const count = db.prepare('SELECT COUNT(*) AS n FROM rights_requests');
  const consent = db.prepare('INSERT OR IGNORE INTO consents (id, received_at, record) VALUES (?, ?, ?)');
  const setStatus = db.prepare('UPDATE rights_requests SET status = ? WHERE id = ?');
  const addHistory = db.prepare('INSERT INTO request_history (request_id, at, status, note) VALUES (?, ?, ?, ?)');
  const history = db.prepare('SELECT at, status, note FROM request_history WHERE request_id = ? ORDER BY rowid');
  const byId = db.prepare('SELECT rowid, * FROM rights_requests WHERE id = ?');
  const ping = db.prepare('SELECT 1 AS ok');
  const purge = db.prepare('DELETE FROM consents WHERE received_at < ?');

  const toRequest = ({ rowid: _rowid, answer: _answer, idempotency_key, submitted_at, received_at, due_by, ...row }) => ({
    ...row,
    idempotencyKey: idempotency_key,
    submittedAt: submitted_at,
    receivedAt: received_at,
    dueBy: due_by,
  });
  const page = (rows, limit, toItem) => ({ items: rows.slice(0, limit).map(toItem), next: rows.length > limit ? cursorOf(rows[limit - 1].rowid) : null });

  // One transaction: the insert and the read of the first answer cannot interleave.
  // `same`: the stored request is this one (a resend), not another one under the same key.
  const saveOnce = db.transaction((request) => {
    const { changes } = insert.run(request);
    const row = byKey.get(request.idempotencyKey);
    const same = SAME_FIELDS.every(([column, field]) => row[column] === request[field]);
    return { answer: JSON.parse(row.answer), created: changes === 1, same };
  });

  return {
    saveRequest(request, makeAnswer) {
      const answer = makeAnswer(request);
      return saveOnce({ ...request, answer: JSON.stringify(answer) });
    },
    /** Newest first; `overdue`: past `dueBy` and neither completed nor rejected. */
    listRequests({ status, type, overdue, limit = 100, cursor } = {}) {
      const where = [];
      const args = [];
      const after = rowidOf(cursor);
      if (after) {
        where.push('rowid < ?');
        args.push(after);
      }
      if (status) {
        where.push('status = ?');
        args.push(status);
      }
      if (type) {
        where.push('type = ?');
        args.push(type);
      }
      if (overdue) {
        where.push("due_by < ? AND status NOT IN ('completed', 'rejected')");
        args.push(new Date().toISOString().slice(0, 10));
      }
      const rows = db.prepare(`SELECT rowid, * FROM rights_requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY rowid DESC LIMIT ?`).all(...args, limit + 1);
      return page(rows, limit, toRequest);
    },
    /** A new status, kept in the request's history with the time and the owner's note. */
    updateRequest: db.transaction((id, { status, note = '' }) => {
      if (!setStatus.run(status, id).changes) return null;
      addHistory.run(id, new Date().toISOString(), status, note);
      return { ...toRequest(byId.get(id)), history: history.all(id) };
    }),
    countRequests: () => count.get().n,
    saveConsent(record, receivedAt = new Date()) {
      return consent.run(record.id, receivedAt.toISOString(), JSON.stringify(record)).changes === 1;
    },
    /** In the order received; `from` / `to` are ISO dates, inclusive, on the time received. */
    listConsents({ from, to, limit = 100, cursor } = {}) {
      const where = [];
      const args = [];
      const after = rowidOf(cursor);
      if (after) {
        where.push('rowid > ?');
        args.push(after);
      }
      if (from) {
        where.push('received_at >= ?');
        args.push(from);
      }
      // Inclusive: everything received on the `to` day.
      if (to) {
        where.push('received_at < ?');
        args.push(new Date(Date.parse(to) + 864e5).toISOString());
      }
      const rows = db
        .prepare(`SELECT rowid, received_at, record FROM consents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY rowid LIMIT ?`)
        .all(...args, limit + 1);
      return page(rows, limit, (r) => ({ receivedAt: r.received_at, ...JSON.parse(r.record) }));
    },
    ping: () => ping.get().ok === 1,
    /** Deletes the proofs of consent received before `before` (an ISO time); returns how many. */
    purgeConsents: (before) => purge.run(before).changes,
    close: () => db.close(),
  };
}
