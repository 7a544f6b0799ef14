// The store a configuration names: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR.
import { createSqliteStore } from './sqlite.mjs';
import { createPostgresStore } from './postgres.mjs';

/** @param {{ databaseUrl?: string, dataDir?: string, onError?: (error: Error) => void }} options */
export function openStore({ databaseUrl, dataDir, onError }) {
  return databaseUrl ? createPostgresStore(databaseUrl, { onError }) : createSqliteStore(dataDir);
}
