// What the two stores share: the interface's shapes, page cursors, and migrations with
// Postgrator (plain SQL files per database in server/migrations/<driver>/, applied in order
// at start, each recorded in the `schemaversion` table).
//
// The store interface (every method returns a promise):
//   saveRequest(request, makeAnswer) -> { answer, created, same }   once per idempotency key; same: the stored one is this request
//   listRequests({ status, type, overdue, limit, cursor }) -> { items, next }, newest first
//   updateRequest(id, { status, note }) -> the request with its history, or null
//   saveConsent(record, receivedAt) -> true when new, false for a record id already stored
//   listConsents({ from, to, limit, cursor }) -> { items, next }, in the order received
//   countRequests() -> number; ping() -> true when the database answers
//   purgeConsents(beforeIso) -> how many proofs of consent received before that were deleted
//   close()
import Postgrator from 'postgrator';
import { fileURLToPath } from 'node:url';

/** What makes two requests under one key the same request: every field the visitor sent (column, wire name). */
export const SAME_FIELDS = [
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
export const isSameRequest = (row, request) => SAME_FIELDS.every(([column, field]) => row[column] === request[field]);

/** Every stored column of a request and the field it is written from, in the INSERT's order. */
export const REQUEST_COLUMNS = [
  ['id', 'id'],
  ['idempotency_key', 'idempotencyKey'],
  ['reference', 'reference'],
  ...SAME_FIELDS,
  ['received_at', 'receivedAt'],
  ['due_by', 'dueBy'],
  ['answer', 'answer'],
];

/** A page's position (the row's sequence number), opaque to clients. */
export const cursorOf = (seq) => Buffer.from(String(seq)).toString('base64url');
export const seqOf = (cursor) => {
  const n = Number(Buffer.from(String(cursor ?? ''), 'base64url').toString());
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** A stored row as the owner's endpoints show it: the wire fields plus id, reference, receivedAt, dueBy, status. */
export const toRequest = ({ seq: _seq, rowid: _rowid, answer: _answer, idempotency_key, submitted_at, received_at, due_by, ...row }) => ({
  ...row,
  idempotencyKey: idempotency_key,
  submittedAt: submitted_at,
  receivedAt: received_at,
  dueBy: due_by,
});
export const toConsent = (row) => ({ receivedAt: row.received_at, ...JSON.parse(row.record) });

/** `limit + 1` rows asked for: the extra one says whether there is a next page. */
export const pageOf = (rows, limit, toItem) => ({
  items: rows.slice(0, limit).map(toItem),
  next: rows.length > limit ? cursorOf(rows[limit - 1].seq) : null,
});

/** The first instant after the `to` day: `to` is inclusive of everything received that day. */
export const dayAfter = (to) => new Date(Date.parse(to) + 864e5).toISOString();

/**
 * Applies the migrations not yet applied; returns the schema version now.
 * `adopt(migrations)` runs first: a database made before Postgrator records what it already has.
 */
export async function migrate(driver, { execQuery, execSqlScript, database, adopt }) {
  const postgrator = new Postgrator({
    migrationPattern: fileURLToPath(new URL(`../migrations/${driver === 'pg' ? 'postgres' : 'sqlite'}/*.sql`, import.meta.url)),
    driver,
    database,
    execQuery,
    execSqlScript,
  });
  await adopt?.(await postgrator.getMigrations());
  const applied = await postgrator.migrate();
  return applied.at(-1)?.version ?? (await postgrator.getDatabaseVersion());
}

/**
 * The owner's filters on requests, newest first from `cursor`; `seq` names the order column
 * (SQLite's rowid, PostgreSQL's identity). `overdue`: past `dueBy`, neither completed nor rejected.
 */
export function requestFilters(style, seq, { status, type, overdue, cursor, today = new Date().toISOString().slice(0, 10) }) {
  const where = whereClause(style);
  const before = seqOf(cursor);
  if (before) where.add(`${seq} < ?`, before);
  if (status) where.add('status = ?', status);
  if (type) where.add('type = ?', type);
  if (overdue) where.add("due_by < ? AND status NOT IN ('completed', 'rejected')", today);
  return where;
}

/** The filters on proofs of consent, oldest first from `cursor`; `from` / `to` are ISO dates, inclusive, on the time received. */
export function consentFilters(style, seq, { from, to, cursor }) {
  const where = whereClause(style);
  const after = seqOf(cursor);
  if (after) where.add(`${seq} > ?`, after);
  if (from) where.add('received_at >= ?', from);
  if (to) where.add('received_at < ?', dayAfter(to));
  return where;
}

/**
 * A WHERE clause built from optional filters; `?` marks a value (numbered `$n` for PostgreSQL).
 * @param {'?' | '$'} style
 */
export function whereClause(style) {
  const parts = [];
  const args = [];
  return {
    args,
    add(sql, ...values) {
      let n = args.length;
      parts.push(style === '?' ? sql : sql.replace(/\?/g, () => `$${++n}`));
      args.push(...values);
      return this;
    },
    toString: () => (parts.length ? `WHERE ${parts.join(' AND ')}` : ''),
  };
}
