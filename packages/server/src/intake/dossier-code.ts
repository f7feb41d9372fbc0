import type { Queryable } from './db/database.js';

/**
 * The next dossier code in the national format for one-stop dossiers:
 * `<agency code>-<yymmdd>-<4-digit sequence of that agency and day>`,
 * e.g. `000.00.20.H26-261122-0001`. The sequence row is updated inside the caller's
 * transaction, so a rolled-back submission gives its number back.
 */
export async function nextDossierCode(
  tx: Queryable,
  agencyCode: string,
  day: string,
): Promise<string> {
  const prefix = `${agencyCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}`;
  const [row] = await tx.query<{ last: number }>(
    `INSERT INTO dossier_sequences (prefix, last) VALUES ($1, 1)
     ON CONFLICT (prefix) DO UPDATE SET last = dossier_sequences.last + 1
     RETURNING last`,
    [prefix],
  );
  return `${prefix}-${String(row!.last).padStart(4, '0')}`;
}
