// The demo site and its local backend (`npm start`), also used by the end-to-end tests.
// Serves demo/public and the built dist/ under a strict Content-Security-Policy with
// Trusted Types enforced, and the API (demo/backend/): rights requests at /api/rights-requests
// and proof-of-consent records at POST /api/consents, stored in SQLite.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { randomBytes } from 'node:crypto';
import rightsApi, { BODY_LIMIT, fieldErrors } from './backend/rights-api.mjs';
import { createSqliteStore } from './backend/store.mjs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** The sample policies live beside the repository (../shared/policies) and are served from there, never copied. */
const samples = join(root, '..', 'shared', 'policies');

/**
 * @param {{ port?: number, host?: string, pages?: string[], dataDir?: string, adminToken?: string,
 *   allowedOrigins?: string[], rateLimit?: false | { max: number, timeWindow: number | string }, faults?: boolean }} options
 *   pages: extra folders served at /pages/ (the e2e tests' fixture pages);
 *   faults: test-only fault injection at POST /__test/faults;
 *   now: the server's clock for receipt dates (tests of due dates);
 *   consentRetentionDays: proofs of consent older than this are deleted (CONSENT_RETENTION_DAYS; 0 keeps them);
 *   logger: structured JSON logs on stdout, without personal data (the service's `npm run server`).
 */
export async function createDemoServer({
  port = 0,
  host = '127.0.0.1',
  pages = [],
  dataDir = process.env.DATA_DIR ?? join(root, '.data'),
  adminToken = process.env.RIGHTS_ADMIN_TOKEN ?? randomBytes(24).toString('base64url'),
  allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
  rateLimit,
  faults = false,
  now,
  consentRetentionDays = process.env.CONSENT_RETENTION_DAYS ? Number(process.env.CONSENT_RETENTION_DAYS) : 0,
  logger = false,
} = {}) {
  const app = Fastify({
    // Structured JSON logs when run as a service: method, path, status and time — no address, query or body (no personal data).
    logger: logger
      ? { level: 'info', serializers: { req: (req) => ({ method: req.method, path: req.url.split('?')[0] }), res: (res) => ({ statusCode: res.statusCode }) } }
      : false,
    bodyLimit: BODY_LIMIT,
    ajv: { customOptions: { coerceTypes: false, allErrors: true } },
  });
  const store = createSqliteStore(dataDir);
  app.addHook('onClose', async () => store.close());
  // Retention: proofs of consent older than the configured days are deleted at start and once a day.
  if (consentRetentionDays > 0) {
    const purge = () => store.purgeConsents(new Date(Date.now() - consentRetentionDays * 864e5).toISOString());
    purge();
    const timer = setInterval(purge, 864e5);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
  // JSON, form and multipart only: a text/plain body is another content type (415), not a malformed request.
  app.removeContentTypeParser('text/plain');

  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      const nonce = request.nonce;
      // `?csp=self` (no nonce at all) and `?csp=strict-dynamic` (a nonce and nothing else) try
      // the other set-ups sites use; Trusted Types are enforced in all three.
      const variant = new URL(request.url, 'http://x').searchParams.get('csp');
      const scripts = variant === 'self' ? `'self'` : variant === 'strict-dynamic' ? `'nonce-${nonce}' 'strict-dynamic'` : `'self' 'nonce-${nonce}'`;
      reply.header(
        'content-security-policy',
        `default-src 'self'; script-src ${scripts}; style-src 'self'; img-src 'self' data:; frame-src 'self' about:; ` +
          `require-trusted-types-for 'script'; trusted-types lit-html privacy-elements`,
      );
    }
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });
  app.addHook('onRequest', async (request) => {
    request.nonce = randomBytes(16).toString('base64');
  });

  // HTML pages get the request's nonce in place of {{nonce}}, for their inline gated scripts.
  const sendPage = async (reply, file, nonce) => {
    const text = await readFile(file, 'utf8');
    return reply.type('text/html; charset=utf-8').send(text.replaceAll('{{nonce}}', nonce));
  };
  app.get('/', (request, reply) => sendPage(reply, join(root, 'demo/public/index.html'), request.nonce));
  app.get('/policy.html', (request, reply) => sendPage(reply, join(root, 'demo/public/policy.html'), request.nonce));
  app.get('/policies/:name', async (request, reply) => {
    const { name } = request.params;
    if (!/^[\w-]+\.(txt|md)$/.test(name)) return reply.code(404).send({ error: 'not found' });
    const file = name.endsWith('.md') ? join(root, 'demo/public/policies', name) : join(samples, name);
    try {
      const text = await readFile(file, 'utf8');
      return reply.type(name.endsWith('.md') ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8').send(text);
    } catch {
      return reply.code(404).send({ error: `no policy ${name}` });
    }
  });
  for (const dir of pages) {
    app.get('/pages/:name', (request, reply) => {
      const name = request.params.name;
      if (/^[\w-]+\.js$/.test(name)) {
        return readFile(join(dir, name)).then(
          (js) => reply.type('text/javascript').send(js),
          () => reply.code(404).send({ error: 'not found' }),
        );
      }
      if (!/^[\w-]+\.html$/.test(name)) return reply.code(404).send({ error: 'not found' });
      return sendPage(reply, join(dir, name), request.nonce).catch(() => reply.code(404).send({ error: 'not found' }));
    });
  }
  await app.register(fastifyStatic, { root: join(root, 'demo/public'), prefix: '/', index: false, allowedPath: (path) => !path.startsWith('/policies/') });
  await app.register(fastifyStatic, { root: join(root, 'dist'), prefix: '/dist/', decorateReply: false });

  // Invalid input answers 422 with a message per field; no response ever carries a stack trace.
  app.setErrorHandler((error, request, reply) => {
    if (error.validation) return reply.code(422).send({ error: 'Some fields are not valid.', errors: fieldErrors(error.validation) });
    // A file in a multipart request: the form sends none, and its size is not the problem.
    if (error.code === 'FST_FILES_LIMIT' || error.code === 'FST_REQ_FILE_TOO_LARGE')
      return reply.code(422).send({ error: 'Files are not accepted.', errors: { _: 'Files are not accepted.' } });
    const status = error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error(error);
    const message = status === 500 ? 'internal error' : status === 413 ? `The request is larger than ${BODY_LIMIT} bytes.` : error.message;
    if (error.headers) reply.headers(error.headers);
    return reply.code(status).send({ error: message });
  });
  await app.register(rightsApi, { store, adminToken, allowedOrigins, rateLimit, faults, now });
  // A preflight from an origin CORS does not allow: an empty answer without CORS headers (the browser then refuses), not a 404.
  app.setNotFoundHandler((request, reply) =>
    request.method === 'OPTIONS' && request.url.startsWith('/api/') ? reply.code(204).send() : reply.code(404).send({ error: 'not found' }),
  );

  await app.listen({ port, host });
  const { port: actual } = app.server.address();
  return { app, url: `http://${host}:${actual}`, store, adminToken, close: () => app.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const generated = !process.env.RIGHTS_ADMIN_TOKEN;
  // RATE_LIMIT: requests per minute per client address on the public POST/PUT endpoints together (0: off).
  const perMinute = process.env.RATE_LIMIT === undefined ? 30 : Number(process.env.RATE_LIMIT);
  if (!Number.isInteger(perMinute) || perMinute < 0) {
    console.error(`privacy-elements server: RATE_LIMIT must be a whole number of requests a minute (0 turns it off), not ${JSON.stringify(process.env.RATE_LIMIT)}`);
    process.exit(2);
  }
  let server;
  try {
    server = await createDemoServer({ port, logger: true, rateLimit: perMinute === 0 ? false : { max: perMinute, timeWindow: '1 minute' } });
  } catch (error) {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${port} is in use (set PORT to another one)`
        : error.code === 'EACCES'
          ? `port ${port} needs other permissions (set PORT)`
          : error.message;
    console.error(`privacy-elements server: cannot start: ${reason}`);
    process.exit(1);
  }
  const { url, adminToken } = server;
  // Graceful: stop accepting, finish what is in flight, close the database.
  for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => void server.close().then(() => process.exit(0)));
  console.log(`privacy-elements demo: ${url}/`);
  console.log(`rights requests are stored in ${process.env.DATA_DIR ?? '.data/'}; list them with:`);
  // A token set in the environment is never printed (logs are kept); a generated one is, or nobody could use it.
  console.log(`  curl -H 'Authorization: Bearer ${generated ? adminToken : '$RIGHTS_ADMIN_TOKEN'}' ${url}/api/rights-requests`);
  if (generated) console.log('(a new token for this run; set RIGHTS_ADMIN_TOKEN to keep one)');
}
