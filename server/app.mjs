// The service as a Fastify instance (not yet listening): the API on a store, the error
// handling every response goes through, retention, and the socket timeouts that keep a
// slow client from holding the server. `npm run server` (main.mjs) and the demo
// (demo/server.mjs) both build on it.
import Fastify from 'fastify';
import { createServer } from 'node:http';
import rightsApi, { BODY_LIMIT, fieldErrors } from './rights-api.mjs';

/** The log's view of a request: method, path, status — no address, query, body or header (no personal data, no token). */
const serializers = {
  req: (req) => ({ method: req.method, path: req.url.split('?')[0] }),
  res: (res) => ({ statusCode: res.statusCode }),
  // A database error's `detail` can quote a stored value: only its kind, code and message are logged.
  err: (err) => ({ type: err.name, code: err.code, message: err.message }),
};

/** Errors that say the database cannot be reached now, not that the request is wrong. */
const UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300', 'SQLITE_BUSY']);
const isUnavailable = (error) => UNAVAILABLE.has(error.code) || /Connection terminated|timeout exceeded when trying to connect/i.test(error.message ?? '');

/**
 * @param {{ store: object, adminToken: string, allowedOrigins?: string[], rateLimit?: false | { max: number, timeWindow: number | string },
 *   faults?: boolean, now?: () => Date, consentRetentionDays?: number, logger?: boolean, requestTimeout?: number }} options
 *   requestTimeout: milliseconds a client has to send a whole request (headers and body), else 408 and the connection closes.
 */
export function createApp({ store, logger = false, requestTimeout = 30_000, consentRetentionDays = 0, ...api }) {
  const app = Fastify({
    logger: logger ? { level: 'info', serializers } : false,
    bodyLimit: BODY_LIMIT,
    ajv: { customOptions: { coerceTypes: false, allErrors: true } },
    // Node answers 408 to a request not received in time; its check runs a few times within the limit.
    serverFactory: (handler) =>
      createServer({ requestTimeout, headersTimeout: Math.min(requestTimeout, 60_000), connectionsCheckingInterval: Math.max(100, Math.min(30_000, requestTimeout / 4)) }, handler),
  });
  app.addHook('onClose', async () => store.close());

  // Retention: proofs of consent older than the configured days are deleted at start and once a day.
  if (consentRetentionDays > 0) {
    const purge = () =>
      store.purgeConsents(new Date(Date.now() - consentRetentionDays * 864e5).toISOString()).catch((error) => app.log.error({ err: error }, 'retention purge failed'));
    const timer = setInterval(purge, 864e5);
    timer.unref();
    app.addHook('onReady', async () => void (await purge()));
    app.addHook('onClose', async () => clearInterval(timer));
  }

  // JSON, form and multipart only: a text/plain body is another content type (415), not a malformed request.
  app.removeContentTypeParser('text/plain');
  // A compressed body would be read as if it were plain (a confusing 400): say what is wrong instead (RFC 7694).
  app.addHook('onRequest', async (request, reply) => {
    const encoding = request.headers['content-encoding'];
    if (encoding && encoding.trim().toLowerCase() !== 'identity')
      return reply.code(415).header('accept-encoding', 'identity').send({ error: 'A compressed body (Content-Encoding) is not accepted; send it uncompressed.' });
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  // Invalid input answers 422 with a message per field; no response carries a stack trace or a file path.
  app.setErrorHandler((error, request, reply) => {
    if (error.validation) return reply.code(422).send({ error: 'Some fields are not valid.', errors: fieldErrors(error.validation) });
    // A file in a multipart request: the form sends none, and its size is not the problem.
    if (error.code === 'FST_FILES_LIMIT' || error.code === 'FST_REQ_FILE_TOO_LARGE')
      return reply.code(422).send({ error: 'Files are not accepted.', errors: { _: 'Files are not accepted.' } });
    // A multipart body the parser could not read (no boundary, cut short): the client's mistake, not ours.
    if (!error.statusCode && request.isMultipart?.()) return reply.code(400).send({ error: 'The multipart body could not be read.' });
    // The database is away (restarting, failing over, every connection busy): 503 and when to try again, not a 500.
    if (isUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return reply.code(503).header('retry-after', '5').send({ error: 'The service is busy; please try again in a few seconds.' });
    }
    const status = error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    const message = status === 500 ? 'internal error' : status === 413 ? `The request is larger than ${BODY_LIMIT} bytes.` : error.message;
    if (error.headers) reply.headers(error.headers);
    return reply.code(status).send({ error: message });
  });
  app.register(rightsApi, { store, ...api });
  // A preflight from an origin CORS does not allow: an empty answer without CORS headers (the browser then refuses), not a 404.
  app.setNotFoundHandler((request, reply) =>
    request.method === 'OPTIONS' && request.url.startsWith('/api/') ? reply.code(204).send() : reply.code(404).send({ error: 'not found' }),
  );
  return app;
}
