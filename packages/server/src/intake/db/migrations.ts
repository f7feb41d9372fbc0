import type { Database } from './database.js';

/**
 * The schema, as an append-only list of migrations: never edit one that has shipped, add the
 * next. The same SQL runs on PGlite and on PostgreSQL.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE definitions (
    procedure_id text NOT NULL,
    version text NOT NULL,
    definition jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (procedure_id, version)
  );

  CREATE TABLE dossiers (
    code text PRIMARY KEY,
    idempotency_key text NOT NULL UNIQUE,
    request_hash text NOT NULL,
    procedure_id text NOT NULL,
    procedure_version text NOT NULL,
    data jsonb NOT NULL,
    fees jsonb NOT NULL,
    stage text NOT NULL,
    outcome text,
    revision integer NOT NULL DEFAULT 1,
    secret_hash text NOT NULL,
    applicant_id text,
    received_on date NOT NULL,
    due_on date NOT NULL,
    paused_since date,
    paused_days integer NOT NULL DEFAULT 0,
    assignee text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    completed_on date,
    FOREIGN KEY (procedure_id, procedure_version) REFERENCES definitions (procedure_id, version)
  );
  CREATE INDEX dossiers_by_stage ON dossiers (procedure_id, stage);

  CREATE TABLE dossier_files (
    dossier_code text NOT NULL REFERENCES dossiers (code),
    document_key text NOT NULL,
    position integer NOT NULL,
    sha256 text NOT NULL,
    name text NOT NULL,
    media_type text NOT NULL,
    size bigint NOT NULL,
    PRIMARY KEY (dossier_code, document_key, position)
  );

  CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    dossier_code text NOT NULL REFERENCES dossiers (code),
    at timestamptz NOT NULL DEFAULT now(),
    actor text NOT NULL,
    action text NOT NULL,
    from_stage text,
    to_stage text NOT NULL,
    note text
  );
  CREATE INDEX audit_log_by_dossier ON audit_log (dossier_code, id);

  CREATE TABLE dossier_sequences (
    prefix text PRIMARY KEY,
    last integer NOT NULL
  );
  `,
];

/** Applies the migrations not yet applied, in order, each in its own transaction. */
export async function migrate(db: Database): Promise<void> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  for (let version = 1; version <= MIGRATIONS.length; version++) {
    await db.transaction(async (tx) => {
      // Two servers starting at once on one PostgreSQL: the lock makes the second wait.
      if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(8112025)');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (done.length > 0) return;
      for (const statement of splitStatements(MIGRATIONS[version - 1]!)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
    });
  }
}

/** Parameterised queries take one statement each; migrations hold no `;` inside literals. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
