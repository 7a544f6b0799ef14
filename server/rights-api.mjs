// The backend's API: rights requests (POST, and GET for the site owner) and consent
// records, as a Fastify plugin: JSON-schema validation, three encodings, idempotency,
// bearer-token auth, per-address rate limits and CORS for configured origins only.
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import cors from '@fastify/cors';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const BODY_LIMIT = 64 * 1024;
const TYPES = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'withdraw-consent', 'opt-out-sale', 'limit-sensitive', 'automated-decision'];

const requestSchema = {
  type: 'object',
  required: ['requestId', 'type', 'name', 'email', 'relationship', 'jurisdiction', 'submittedAt'],
  properties: {
    requestId: { type: 'string', pattern: '^[0-9a-fA-F-]{8,64}$' },
    type: { type: 'string', enum: TYPES },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    email: { type: 'string', format: 'email', maxLength: 254 },
    relationship: { type: 'string', enum: ['self', 'agent'] },
    jurisdiction: { type: 'string', pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$' },
    account: { type: 'string', maxLength: 200, default: '' },
    details: { type: 'string', maxLength: 5000, default: '' },
    locale: { type: 'string', maxLength: 35, default: '' },
    submittedAt: { type: 'string', format: 'date-time' },
    page: { type: 'string', maxLength: 2048, default: '' },
  },
};

const consentSchema = {
  type: 'object',
  required: ['schema', 'id', 'revision', 'timestamp', 'expires', 'method', 'categories'],
  properties: {
    schema: { const: 1 },
    id: { type: 'string', maxLength: 64 },
    revision: { type: 'string', maxLength: 64 },
    timestamp: { type: 'string', format: 'date-time' },
    expires: { type: 'string', format: 'date-time' },
    method: { enum: ['accept-all', 'reject-all', 'custom', 'gpc'] },
    categories: { type: 'object', additionalProperties: { type: 'boolean' }, maxProperties: 32 },
    page: { type: 'string', maxLength: 2048 },
    locale: { type: 'string', maxLength: 35 },
  },
};

const MESSAGES = {
  required: 'This field is required.',
  format: { email: 'This is not a valid e-mail address.', 'date-time': 'This is not a date and time.' },
  enum: 'This value is not one of the allowed ones.',
  maxLength: 'This is too long.',
  minLength: 'This is required.',
  pattern: 'This is not in the expected form.',
  type: 'This has the wrong type.',
};

/** Ajv's errors as `{ field: message }`, the shape the form shows next to each field. */
export function fieldErrors(validation) {
  const errors = {};
  for (const e of validation) {
    const field = e.keyword === 'required' ? e.params.missingProperty : e.instancePath.replace(/^\//, '').split('/')[0] || '_';
    const message = e.keyword === 'format' ? MESSAGES.format[e.params.format] : MESSAGES[e.keyword];
    errors[field] ??= typeof message === 'string' ? message : e.message;
  }
  return errors;
}

/** A rights request's statuses, as the owner moves it along. */
export const STATUSES = ['received', 'in-progress', 'completed', 'rejected'];
/** The audit export's columns (SPEC). */
const CSV_COLUMNS = ['id', 'receivedAt', 'timestamp', 'method', 'revision', 'categories', 'page', 'locale'];

/** Days the law gives the site to answer: 45 under US state laws (CCPA), one month (30 days) elsewhere. */
export const responseDays = (jurisdiction) => (jurisdiction.startsWith('US-') ? 45 : 30);

const reference = () => {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return `RR-${[...randomBytes(8)]
    .map((b) => alphabet[b % 32])
    .join('')
    .replace(/^(.{4})/, '$1-')}`;
};

/**
 * The rate limit's counts, one per client address for all the public endpoints together:
 * the plugin gives each route a store of its own (`child()`), so this one hands back itself.
 */
class OneCount extends LocalStore {
  constructor(params) {
    super(params.continueExceeding, params.exponentialBackoff);
  }
  child() {
    return this;
  }
}

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {{ store: Awaited<ReturnType<import('./store/open.mjs').openStore>>, adminToken: string, allowedOrigins?: string[], rateLimit?: { max: number, timeWindow: number | string } | false, faults?: boolean }} options
 */
async function rightsApi(app, options) {
  const { store, adminToken, allowedOrigins = [] } = options;
  await app.register(cors, {
    // Only the configured origins may call the API from another site; same-origin pages need no CORS.
    origin: (origin, cb) => cb(null, !!origin && allowedOrigins.includes(origin)),
    methods: ['GET', 'POST', 'PUT', 'PATCH'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization', 'X-CSRF-Token', 'Accept'],
  });
  await app.register(formbody, { bodyLimit: BODY_LIMIT });
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: 0, files: 0, fieldSize: BODY_LIMIT, fields: 20 } });
  if (options.rateLimit !== false) {
    await app.register(rateLimit, { global: false, store: OneCount, ...options.rateLimit });
  }

  // Test-only fault injection (never enabled by `npm start`): the next N rights requests fail or hang.
  const faults = { mode: null, count: 0 };
  if (options.faults) {
    app.post('/__test/faults', async (request) => {
      Object.assign(faults, request.body);
      return faults;
    });
  }

  // One count per client address for all the public POST and PUT endpoints together (SPEC's RATE_LIMIT).
  const limited = options.rateLimit === false ? {} : { config: { rateLimit: { max: 30, timeWindow: '1 minute', ...options.rateLimit, groupId: 'public' } } };

  const saveRightsRequest = async (request, reply) => {
    if (faults.count > 0) {
      faults.count--;
      if (faults.mode === 'hang') return new Promise(() => {});
      return reply.code(500).send({ error: 'injected failure' });
    }
    const body = request.body;
    const key = request.headers['idempotency-key'] ?? body.requestId;
    if (key !== body.requestId) return reply.code(422).send({ error: 'Idempotency-Key must equal requestId', errors: { requestId: 'does not match the Idempotency-Key header' } });
    const receivedAt = options.now?.() ?? new Date();
    const dueBy = new Date(receivedAt.getTime() + responseDays(body.jurisdiction) * 864e5).toISOString().slice(0, 10);
    const { answer, created, same } = await store.saveRequest(
      { ...body, id: crypto.randomUUID(), idempotencyKey: key, reference: reference(), receivedAt: receivedAt.toISOString(), dueBy },
      (row) => ({ id: row.id, reference: row.reference, dueBy: row.dueBy }),
    );
    // The same key with another request is a client bug, not a resend (IETF idempotency-key draft: 422).
    if (!created && !same)
      return reply.code(422).send({ error: 'This Idempotency-Key was used for a different request.', errors: { requestId: 'was already used for a different request' } });
    if (!created) reply.header('idempotent-replayed', 'true');
    return reply.code(201).send(answer);
  };
  const route = { ...limited, schema: { body: requestSchema } };
  app.post('/api/rights-requests', route, saveRightsRequest);
  app.put('/api/rights-requests', route, saveRightsRequest);

  /** The owner's endpoints: a bearer token, compared in constant time. */
  const owner = async (request, reply) => {
    const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const ok = given.length === adminToken.length && timingSafeEqual(Buffer.from(given), Buffer.from(adminToken));
    if (!ok) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'a valid bearer token is required' });
  };
  const limit = (value) => Math.min(Math.max(Number.parseInt(value, 10) || 100, 1), 1000);
  const isDate = (value) => value === undefined || (/^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value)));

  app.get('/api/rights-requests', { onRequest: owner }, async (request, reply) => {
    const { status, type, overdue, cursor } = request.query;
    if (status !== undefined && !STATUSES.includes(status)) return reply.code(422).send({ error: `status must be one of ${STATUSES.join(', ')}` });
    return await store.listRequests({ status, type, overdue: overdue === 'true', limit: limit(request.query.limit), cursor });
  });

  app.patch('/api/rights-requests/:id', { onRequest: owner }, async (request, reply) => {
    const { status, note } = request.body ?? {};
    if (!STATUSES.includes(status)) return reply.code(422).send({ error: 'Some fields are not valid.', errors: { status: `must be one of ${STATUSES.join(', ')}` } });
    if (note !== undefined && (typeof note !== 'string' || note.length > 2000))
      return reply.code(422).send({ error: 'Some fields are not valid.', errors: { note: 'must be text of at most 2000 characters' } });
    const updated = await store.updateRequest(request.params.id, { status, note });
    return updated ?? reply.code(404).send({ error: 'no such request' });
  });

  app.get('/api/consents', { onRequest: owner }, async (request, reply) => {
    const { from, to, format, cursor } = request.query;
    if (!isDate(from) || !isDate(to)) return reply.code(422).send({ error: 'from and to must be ISO dates (YYYY-MM-DD)' });
    if (format !== 'csv') return await store.listConsents({ from, to, limit: limit(request.query.limit), cursor });
    // The audit export: every proof in the range, one row each.
    const rows = [];
    for (let next = cursor, page; (page = await store.listConsents({ from, to, limit: 1000, cursor: next })); next = page.next) {
      rows.push(...page.items);
      if (!page.next) break;
    }
    const cell = (v) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => cell(c === 'categories' ? JSON.stringify(r.categories ?? {}) : String(r[c] ?? ''))).join(','))];
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="consents.csv"')
      .send(lines.join('\r\n') + '\r\n');
  });

  app.get('/healthz', async (request, reply) => {
    let ok = false;
    try {
      ok = await store.ping();
    } catch {
      // The database does not answer.
    }
    return reply.code(ok ? 200 : 503).send({ ok });
  });

  app.post('/api/consents', { ...limited, schema: { body: consentSchema } }, async (request, reply) => {
    // A proof sent again (the banner retries what it could not deliver) is stored once: 200, not 201.
    const stored = await store.saveConsent(request.body, options.now?.() ?? new Date());
    return reply.code(stored ? 201 : 200).send({ id: request.body.id });
  });
}

export default fp(rightsApi, { name: 'privacy-elements-api' });
