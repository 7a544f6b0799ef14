// The demo site and its local backend (`npm start`), also used by the end-to-end tests.
// Serves demo/public and the built dist/ under a strict Content-Security-Policy with
// Trusted Types enforced, and receives proof-of-consent records at POST /api/consents.
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
/** The sample policies live beside the repository (../shared/policies) and are served from there, never copied. */
const samples = join(root, '..', 'shared', 'policies');

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

/**
 * @param {{ port?: number, host?: string, pages?: string[] }} options
 *   pages: extra folders served at /pages/ (the e2e tests' fixture pages).
 */
export async function createDemoServer({ port = 0, host = '127.0.0.1', pages = [] } = {}) {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  /** Proof-of-consent records received since start (kept in memory for the demo). */
  const consents = [];

  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) {
      const nonce = request.nonce;
      reply.header(
        'content-security-policy',
        `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; frame-src 'self' about:; ` +
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
      if (!/^[\w-]+\.html$/.test(name)) return reply.code(404).send({ error: 'not found' });
      return sendPage(reply, join(dir, name), request.nonce).catch(() => reply.code(404).send({ error: 'not found' }));
    });
  }
  await app.register(fastifyStatic, { root: join(root, 'demo/public'), prefix: '/', index: false, allowedPath: (path) => !path.startsWith('/policies/') });
  await app.register(fastifyStatic, { root: join(root, 'dist'), prefix: '/dist/', decorateReply: false });

  app.post('/api/consents', { schema: { body: consentSchema } }, async (request, reply) => {
    consents.push({ receivedAt: new Date().toISOString(), ...request.body });
    return reply.code(201).send({ id: request.body.id });
  });
  app.get('/api/consents', async () => consents);

  app.setErrorHandler((error, request, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    reply.code(status).send({ error: status === 500 ? 'internal error' : error.message });
  });

  await app.listen({ port, host });
  const { port: actual } = app.server.address();
  return { app, url: `http://${host}:${actual}`, consents, close: () => app.close() };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await createDemoServer({ port });
  console.log(`privacy-elements demo: ${url}/`);
}
