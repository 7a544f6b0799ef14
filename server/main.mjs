// `npm run server`: the reference backend as a service (SPEC, "Reference backend").
// Configuration by environment (config.mjs); a bad setting is one line on stderr and exit
// code 2; a database it cannot reach or a port in use, one line and exit code 1.
// SIGTERM/SIGINT: stop accepting, finish the requests in flight, close the database, exit 0.
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { ConfigError, readConfig } from './config.mjs';
import { openStore } from './store/open.mjs';
import { describeUrl } from './store/postgres.mjs';
import { createApp } from './app.mjs';

const NAME = 'privacy-elements server';

/** A failure to start as one line: what, and which setting to change. */
export function startError(error, config) {
  if (error.code === 'EADDRINUSE') return `port ${config.port} is in use (set PORT to another one)`;
  if (error.code === 'EACCES') return `port ${config.port} needs other permissions (set PORT)`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') return `cannot listen on HOST ${config.host}`;
  return error.message.split('\n')[0];
}

/**
 * Starts the service; `extend(app)` adds routes before it listens (the demo's pages).
 * @returns {Promise<{ app: import('fastify').FastifyInstance, url: string, store: object, adminToken: string, generatedToken: boolean, config: ReturnType<typeof readConfig> }>}
 */
export async function startService(config, { logger = true, extend } = {}) {
  const adminToken = config.adminToken ?? randomBytes(24).toString('base64url');
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const app = createApp({
    store,
    adminToken,
    allowedOrigins: config.allowedOrigins,
    rateLimit: config.rateLimit === 0 ? false : { max: config.rateLimit, timeWindow: '1 minute' },
    consentRetentionDays: config.consentRetentionDays,
    requestTimeout: config.requestTimeout,
    logger,
  });
  try {
    await extend?.(app);
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close().catch(() => {});
    throw error;
  }
  const { port } = app.server.address();
  return { app, url: `http://${config.host}:${port}`, store, adminToken, generatedToken: !config.adminToken, config };
}

/** Stop accepting, finish what is in flight, close the database; a second signal does not cut it short. */
export function closeOnSignals(app) {
  let closing = null;
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      closing ??= app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

/** The lines an owner needs after a start: where it is, where data goes, how to list requests. */
export function startBanner({ url, adminToken, generatedToken, config }) {
  return [
    `rights requests and proofs of consent are stored in ${config.databaseUrl ? `PostgreSQL at ${describeUrl(config.databaseUrl)}` : config.dataDir}; list them with:`,
    // A token set in the environment is never printed (logs are kept); a generated one is, or nobody could use it.
    `  curl -H 'Authorization: Bearer ${generatedToken ? adminToken : '$RIGHTS_ADMIN_TOKEN'}' ${url}/api/rights-requests`,
    ...(generatedToken ? ['(a new token for this run; set RIGHTS_ADMIN_TOKEN to keep one)'] : []),
  ];
}

/** Reads the configuration and starts, or prints one line and exits; used by both start commands. */
export async function main({ title = NAME, extend } = {}) {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${NAME}: ${error.message}`);
    process.exit(2);
  }
  let service;
  try {
    service = await startService(config, { extend });
  } catch (error) {
    console.error(`${NAME}: cannot start: ${startError(error, config)}`);
    process.exit(1);
  }
  closeOnSignals(service.app);
  console.error(`${title}: ${service.url}/`);
  for (const line of startBanner(service)) console.error(line);
  return service;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
