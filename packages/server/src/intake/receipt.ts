import type { FeeLine } from '@hoso/core';
import type { Queryable } from './db/database.js';
import { notFound } from './intake-error.js';

export interface Receipt {
  code: string;
  procedure: { id: string; version: string };
  stage: string;
  outcome: string | null;
  receivedOn: string;
  dueOn: string;
  /** The data as validated and stored. */
  data: Record<string, unknown>;
  documents: { key: string; name: string; type: string; size: number; sha256: string }[];
  fees: { lines: FeeLine[]; total: number };
}

interface DossierRow {
  code: string;
  procedure_id: string;
  procedure_version: string;
  stage: string;
  outcome: string | null;
  received_on: Date | string;
  due_on: Date | string;
  data: Record<string, unknown>;
  fees: Receipt['fees'];
}

/** The receipt of a stored dossier: what the citizen gets back after submitting. */
export async function readReceipt(db: Queryable, code: string): Promise<Receipt> {
  const [row] = await db.query<DossierRow>(
    `SELECT code, procedure_id, procedure_version, stage, outcome, received_on, due_on, data, fees
     FROM dossiers WHERE code = $1`,
    [code],
  );
  if (!row) throw notFound({ vi: `Không có hồ sơ ${code}.`, en: `No dossier ${code}.` });
  const files = await db.query<{
    document_key: string;
    name: string;
    media_type: string;
    size: string | number;
    sha256: string;
  }>(
    `SELECT document_key, name, media_type, size, sha256 FROM dossier_files
     WHERE dossier_code = $1 ORDER BY position`,
    [code],
  );
  return {
    code: row.code,
    procedure: { id: row.procedure_id, version: row.procedure_version },
    stage: row.stage,
    outcome: row.outcome,
    receivedOn: isoDate(row.received_on),
    dueOn: isoDate(row.due_on),
    data: row.data,
    documents: files.map((f) => ({
      key: f.document_key,
      name: f.name,
      type: f.media_type,
      size: Number(f.size),
      sha256: f.sha256,
    })),
    fees: row.fees,
  };
}

/** `date` columns come back as Date (pg) or string (PGlite); both mean a calendar day. */
export function isoDate(value: Date | string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.slice(0, 10);
  // pg builds a local-midnight Date for a date column.
  const local = new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
