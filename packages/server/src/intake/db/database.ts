/** Something that runs SQL: the database, or one transaction on it. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/**
 * The intake server's view of PostgreSQL: the same SQL runs on the embedded PGlite store and
 * on a PostgreSQL server.
 */
export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` (embedded, data in a folder) or `postgres` (a server at DATABASE_URL). */
  readonly kind: 'pglite' | 'postgres';
}
