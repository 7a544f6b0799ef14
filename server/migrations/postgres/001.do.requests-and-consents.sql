-- Rights requests (one per Idempotency-Key) and proofs of consent (one per record id).
-- The same columns as SQLite's; `seq` orders and pages them as SQLite's rowid does.
-- Times are ISO 8601 UTC text, so that they compare and sort the same way on both databases.
CREATE TABLE rights_requests (
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
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
CREATE TABLE consents (
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  id TEXT PRIMARY KEY,
  received_at TEXT NOT NULL,
  record TEXT NOT NULL
);
