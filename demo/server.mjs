// The demo site and its local backend (`npm start`), also used by the end-to-end tests.
// Serves demo/public and the built dist/ under a strict Content-Security-Policy with
// Trusted Types enforced, on top of the reference backend (server/): rights requests at
// /api/rights-requests and proofs of consent at /api/consents, in SQLite or PostgreSQL.
import fastifyStatic from '@fastify/static';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createApp } from '../server/app.mjs';
import { openStore } from '../server/store/open.mjs';
import { main } from '../server/main.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** The sample policies live beside the repository (../shared/policies) and are served from there, never copied. */
const samples = join(root, '..', 'shared', 'policies');

/**
 * The demo's pages on a service app: the CSP (with a nonce per request), the HTML pages,
 * the sample policies, demo/public and dist/.
 * @param {import('fastify').FastifyInstance} app
 * @param {{ pages?: string[] }} options  pages: extra folders served at /pages/ (the e2e tests' fixture pages)
 */
export async function addDemo(app, { pages = [] } = {}) {
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
      if (/^[\w-]+\.(js|css)$/.test(name)) {
        return readFile(join(dir, name)).then(
          (file) => reply.type(name.endsWith('.css') ? 'text/css' : 'text/javascript').send(file),
          () => reply.code(404).send({ error: 'not found' }),
        );
      }
      if (!/^[\w-]+\.html$/.test(name)) return reply.code(404).send({ error: 'not found' });
      return sendPage(reply, join(dir, name), request.nonce).catch(() => reply.code(404).send({ error: 'not found' }));
    });
  }
  await app.register(fastifyStatic, { root: join(root, 'demo/public'), prefix: '/', index: false, allowedPath: (path) => !path.startsWith('/policies/') });
  await app.register(fastifyStatic, { root: join(root, 'dist'), prefix: '/dist/', decorateReply: false });
}

/**
 * The demo server for tests and benches, on a fresh or given store.
 * @param {{ port?: number, host?: string, pages?: string[], dataDir?: string, databaseUrl?: string, adminToken?: string,
 *   allowedOrigins?: string[], rateLimit?: false | { max: number, timeWindow: number | string }, faults?: boolean,
 *   now?: () => Date, consentRetentionDays?: number, logger?: boolean, requestTimeout?: number }} options
 *   faults: test-only fault injection at POST /__test/faults; now: the server's clock for receipt dates.
 */
export async function createDemoServer({
  port = 0,
  host = '127.0.0.1',
  pages = [],
  dataDir = join(root, '.data'),
  databaseUrl,
  adminToken = randomBytes(24).toString('base64url'),
  ...options
} = {}) {
  const store = await openStore({ databaseUrl, dataDir });
  const app = createApp({ store, adminToken, ...options });
  await addDemo(app, { pages });
  await app.listen({ port, host });
  const { port: actual } = app.server.address();
  return { app, url: `http://${host}:${actual}`, store, adminToken, close: () => app.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main({ title: 'privacy-elements demo', extend: (app) => addDemo(app) });
