import type { Queryable } from './db/database.js';
import { IntakeError } from './intake-error.js';
import { isoDate } from './receipt.js';
import { hashSecret } from './submit-dossier.js';

export interface DossierStatus {
  code: string;
  procedure: { id: string; version: string };
  stage: string;
  outcome: string | null;
  receivedOn: string;
  dueOn: string;
  /** Set while the office waits for the citizen's supplement: the clock is paused. */
  pausedSince: string | null;
  history: { at: string; action: string; from: string | null; to: string; note: string | null }[];
}

/**
 * What a citizen sees of a dossier, given its code and either the secret from the receipt or
 * the applicant's ID number. A wrong pair answers exactly like an unknown code.
 */
export async function trackDossier(
  db: Queryable,
  code: string,
  proof: string,
): Promise<DossierStatus> {
  const [row] = await db.query<{
    procedure_id: string;
    procedure_version: string;
    stage: string;
    outcome: string | null;
    received_on: Date | string;
    due_on: Date | string;
    paused_since: Date | string | null;
    secret_hash: string;
    applicant_id: string | null;
  }>(
    `SELECT procedure_id, procedure_version, stage, outcome, received_on, due_on, paused_since, secret_hash, applicant_id
     FROM dossiers WHERE code = $1`,
    [code],
  );
  const hashed = hashSecret(code, proof.trim());
  if (!row || (row.secret_hash !== hashed && row.applicant_id !== hashed)) {
    throw new IntakeError(404, 'not-found', {
      vi: 'Không tìm thấy hồ sơ với mã và thông tin xác minh này.',
      en: 'No dossier matches this code and proof.',
    });
  }
  const history = await db.query<{
    at: Date | string;
    action: string;
    from_stage: string | null;
    to_stage: string;
    note: string | null;
  }>(
    'SELECT at, action, from_stage, to_stage, note FROM audit_log WHERE dossier_code = $1 ORDER BY id',
    [code],
  );
  return {
    code,
    procedure: { id: row.procedure_id, version: row.procedure_version },
    stage: row.stage,
    outcome: row.outcome,
    receivedOn: isoDate(row.received_on),
    dueOn: isoDate(row.due_on),
    pausedSince: row.paused_since === null ? null : isoDate(row.paused_since),
    history: history.map((h) => ({
      at: new Date(h.at).toISOString(),
      action: h.action,
      from: h.from_stage,
      to: h.to_stage,
      note: h.note,
    })),
  };
}
