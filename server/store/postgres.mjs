// The store on PostgreSQL (`pg`), for several stateless processes sharing one database:
// idempotency by the unique key in the database (INSERT … ON CONFLICT DO NOTHING), so two
// processes never store one request twice; migrations under an advisory lock, so two
// processes starting together apply each migration once.
import pg from 'pg';
import { REQUEST_COLUMNS, consentFilters, isSameRequest, migrate, pageOf, requestFilters, toConsent, toRequest } from './common.mjs';

/** Any number for the advisory lock, the same in every process of this service. */
const MIGRATION_LOCK = 0x70726976;

/** Where a DATABASE_URL points, without its password: for messages and logs. */
export function describeUrl(url) {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'an unreadable address';
  }
}

/** @param {string} url  postgres://user:password@host:port/database */
export async function createPostgresStore(url, { poolSize = 10, onError = () => {} } = {}) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle connection the server dropped (a restart, a failover) must not end the process.
  pool.on('error', onError);
  const client = await pool.connect().catch(async (error) => {
    await pool.end().catch(() => {});
    throw Object.assign(new Error(`cannot reach the database at ${describeUrl(url)}: ${error.code ?? error.message}`), { code: 'DATABASE_UNREACHABLE' });
  });
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate('pg', { execQuery: (sql) => client.query(sql), database: client.database });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }

  const query = (sql, args) => pool.query(sql, args);
  const insert = `INSERT INTO rights_requests (${REQUEST_COLUMNS.map(([column]) => column).join(', ')})
    VALUES (${REQUEST_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (idempotency_key) DO NOTHING RETURNING answer`;

  return {
    kind: 'postgres',
    async saveRequest(request, makeAnswer) {
      const row = { ...request, answer: JSON.stringify(makeAnswer(request)) };
      const inserted = await query(
        insert,
        REQUEST_COLUMNS.map(([, field]) => row[field]),
      );
      if (inserted.rowCount === 1) return { answer: JSON.parse(inserted.rows[0].answer), created: true, same: true };
      // Stored before (by this process or another): its first answer, and whether it is this request.
      const { rows } = await query('SELECT * FROM rights_requests WHERE idempotency_key = $1', [request.idempotencyKey]);
      return { answer: JSON.parse(rows[0].answer), created: false, same: isSameRequest(rows[0], request) };
    },
    async listRequests({ limit = 100, ...filters } = {}) {
      const where = requestFilters('$', 'seq', filters);
      const { rows } = await query(`SELECT * FROM rights_requests ${where} ORDER BY seq DESC LIMIT $${where.args.length + 1}`, [...where.args, limit + 1]);
      return pageOf(rows, limit, toRequest);
    },
    async updateRequest(id, { status, note = '' }) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        const updated = await c.query('UPDATE rights_requests SET status = $1 WHERE id = $2 RETURNING *', [status, id]);
        if (!updated.rowCount) {
          await c.query('ROLLBACK');
          return null;
        }
        await c.query('INSERT INTO request_history (request_id, at, status, note) VALUES ($1, $2, $3, $4)', [id, new Date().toISOString(), status, note]);
        const history = await c.query('SELECT at, status, note FROM request_history WHERE request_id = $1 ORDER BY seq', [id]);
        await c.query('COMMIT');
        return { ...toRequest(updated.rows[0]), history: history.rows };
      } catch (error) {
        await c.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        c.release();
      }
    },
    countRequests: async () => Number((await query('SELECT COUNT(*) AS n FROM rights_requests')).rows[0].n),
    async saveConsent(record, receivedAt = new Date()) {
      const { rowCount } = await query('INSERT INTO consents (id, received_at, record) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
        record.id,
        receivedAt.toISOString(),
        JSON.stringify(record),
      ]);
      return rowCount === 1;
    },
    async listConsents({ limit = 100, ...filters } = {}) {
      const where = consentFilters('$', 'seq', filters);
      const { rows } = await query(`SELECT seq, received_at, record FROM consents ${where} ORDER BY seq LIMIT $${where.args.length + 1}`, [...where.args, limit + 1]);
      return pageOf(rows, limit, toConsent);
    },
    ping: async () => (await query('SELECT 1 AS ok')).rows[0].ok === 1,
    purgeConsents: async (before) => (await query('DELETE FROM consents WHERE received_at < $1', [before])).rowCount,
    close: () => pool.end(),
  };
}
