-- The owner's side: a status per request, every change kept as history; consents by date.
ALTER TABLE rights_requests ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
CREATE TABLE request_history (
  request_id TEXT NOT NULL REFERENCES rights_requests(id),
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX request_history_request ON request_history(request_id);
CREATE INDEX consents_received ON consents(received_at);
