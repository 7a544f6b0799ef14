// The service's configuration, read from the environment (SPEC, "Reference backend").
// Anything wrong is one ConfigError naming the variable; main.mjs prints it on one line
// and exits with 2.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export class ConfigError extends Error {}

const root = fileURLToPath(new URL('..', import.meta.url));

/** A whole number in [min, max], or the default when the variable is unset or empty. */
function wholeNumber(env, name, fallback, { min = 0, max = Number.MAX_SAFE_INTEGER, what }) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < min || n > max) throw new ConfigError(`${name} must be ${what}, not ${JSON.stringify(raw)}`);
  return n;
}

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ port: number, host: string, databaseUrl?: string, dataDir: string, adminToken?: string, production: boolean,
 *   allowedOrigins: string[], rateLimit: number, consentRetentionDays: number, requestTimeout: number }}
 */
export function readConfig(env = process.env) {
  const production = env.NODE_ENV === 'production';
  const port = wholeNumber(env, 'PORT', 8080, { max: 65535, what: 'a port number (0–65535)' });
  const host = env.HOST || '127.0.0.1';

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1]?.toLowerCase();
    if (scheme !== 'postgres' && scheme !== 'postgresql') {
      throw new ConfigError(
        `DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/database), not ${scheme ? `a "${scheme}:" one` : 'this'}; leave it unset to use SQLite in DATA_DIR`,
      );
    }
  }

  const adminToken = env.RIGHTS_ADMIN_TOKEN || undefined;
  if (production && !adminToken) throw new ConfigError('RIGHTS_ADMIN_TOKEN is required when NODE_ENV=production (a long random secret for the owner’s endpoints)');
  if (production && adminToken.length < 16) throw new ConfigError('RIGHTS_ADMIN_TOKEN must be at least 16 characters when NODE_ENV=production');

  const allowedOrigins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    let parsed = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin.replace(/\/$/, '')) throw new ConfigError(`ALLOWED_ORIGINS: ${JSON.stringify(origin)} is not an origin like https://shop.example`);
  }

  return {
    port,
    host,
    databaseUrl,
    dataDir: env.DATA_DIR || join(root, '.data'),
    adminToken,
    production,
    allowedOrigins: allowedOrigins.map((o) => o.replace(/\/$/, '')),
    rateLimit: wholeNumber(env, 'RATE_LIMIT', 30, { what: 'a whole number of requests a minute (0 turns it off)' }),
    consentRetentionDays: wholeNumber(env, 'CONSENT_RETENTION_DAYS', 0, { what: 'a whole number of days (0 keeps proofs of consent)' }),
    requestTimeout: wholeNumber(env, 'REQUEST_TIMEOUT', 30, { min: 1, max: 3600, what: 'a whole number of seconds (1–3600)' }) * 1000,
  };
}
