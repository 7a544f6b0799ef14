// Durable storage for rights requests and consent records, behind a small interface so
// that another database (PostgreSQL) can take its place:
//
//   saveRequest(request, makeAnswer) -> { answer, created }   (once per idempotency key)
//   listRequests() -> rows, newest first
//   saveConsent(record) -> true when new, false for a record id already stored; listConsents() -> records in order received
//   countRequests() -> number
//   close()
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function createSqliteStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'privacy-elements.sqlite'));
  // WAL: readers do not block the writer, and a crash loses no committed request.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rights_requests (
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
    );
  `);
  const insert = db.prepare(`INSERT INTO rights_requests
    (id, idempotency_key, reference, type, name, email, relationship, jurisdiction, account, details, locale, submitted_at, page, received_at, due_by, answer)
    VALUES (@id, @idempotencyKey, @reference, @type, @name, @email, @relationship, @jurisdiction, @account, @details, @locale, @submittedAt, @page, @receivedAt, @dueBy, @answer)
    ON CONFLICT(idempotency_key) DO NOTHING`);
  const byKey = db.prepare('SELECT answer FROM rights_requests WHERE idempotency_key = ?');
  const list = db.prepare('SELECT * FROM rights_requests ORDER BY received_at DESC, rowid DESC');
  const count = db.prepare('SELECT COUNT(*) AS n FROM rights_requests');
  const consent = db.prepare('INSERT OR IGNORE INTO consents (id, received_at, record) VALUES (?, ?, ?)');
  const consents = db.prepare('SELECT received_at, record FROM consents ORDER BY rowid');

  // One transaction: the insert and the read of the first answer cannot interleave.
  const saveOnce = db.transaction((request) => {
    const { changes } = insert.run(request);
    return { answer: JSON.parse(byKey.get(request.idempotencyKey).answer), created: changes === 1 };
  });

  return {
    saveRequest(request, makeAnswer) {
      const answer = makeAnswer(request);
      return saveOnce({ ...request, answer: JSON.stringify(answer) });
    },
    listRequests: () =>
      list.all().map(({ answer: _answer, idempotency_key, submitted_at, received_at, due_by, ...row }) => ({
        ...row,
        idempotencyKey: idempotency_key,
        submittedAt: submitted_at,
        receivedAt: received_at,
        dueBy: due_by,
      })),
    countRequests: () => count.get().n,
    saveConsent(record) {
      return consent.run(record.id, new Date().toISOString(), JSON.stringify(record)).changes === 1;
    },
    listConsents: () => consents.all().map((r) => ({ receivedAt: r.received_at, ...JSON.parse(r.record) })),
    close: () => db.close(),
  };
}
