import type { Database } from './database.js';
import { migrate } from './migrations.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface DatabaseOptions {
  /** A PostgreSQL server; when absent, the embedded store in `dataDir` is used. */
  databaseUrl?: string;
  /** Folder of the embedded store; in memory when absent (tests). */
  dataDir?: string;
}

/** Opens the configured store and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
  await migrate(db);
  return db;
}
