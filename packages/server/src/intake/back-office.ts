import { addWorkingDays, todayInVietnam, workingDaysBetween } from '@hoso/core';
import type { LocalizedText, Transition } from '@hoso/schema';
import type { Queryable } from './db/database.js';
import type { CompiledCache } from './definitions.js';
import { findDefinition } from './definitions.js';
import { IntakeError, notFound } from './intake-error.js';
import type { IntakeContext } from './intake-context.js';
import { isoDate } from './receipt.js';

/** Who acts: an officer with roles (from the token file), or the citizen (supplements). */
export interface Actor {
  name: string;
  roles: readonly string[];
}

export const CITIZEN: Actor = { name: 'citizen', roles: ['citizen'] };

export interface TransitionRequest {
  code: string;
  action: Transition['action'];
  /** Needed when one action leads to several stages. */
  to?: string;
  /** The revision the actor saw; someone else's move in between gives 409. */
  revision: number;
  note?: string;
}

/**
 * Moves a dossier along a transition its definition's flow allows from its current stage,
 * after a role check, with an audit entry, in one transaction. Optimistic: the update only
 * applies to the revision the actor saw, so of many conflicting moves exactly one wins.
 */
export async function transitionDossier(
  ctx: IntakeContext,
  cache: CompiledCache,
  actor: Actor,
  request: TransitionRequest,
): Promise<{ stage: string; revision: number; outcome: string | null }> {
  const dossier = await loadDossier(ctx.db, request.code);
  const published = await findDefinition(ctx.db, dossier.procedure_id, dossier.procedure_version);
  const flow = cache.get(published).flow;
  const stage = flow.stage(dossier.stage);
  const candidates = (stage?.transitions ?? []).filter(
    (t) => t.action === request.action && (request.to === undefined || t.to === request.to),
  );
  if (candidates.length !== 1) {
    throw new IntakeError(409, 'transition-not-allowed', {
      vi: `Không thể thực hiện "${request.action}" khi hồ sơ đang ở giai đoạn "${dossier.stage}".`,
      en: `"${request.action}" is not possible while the dossier is at the stage "${dossier.stage}".`,
    });
  }
  const transition = candidates[0]!;
  const role = transition.role ?? (transition.action === 'supplement' ? 'citizen' : stage?.role);
  if (role !== undefined && !actor.roles.includes(role)) {
    throw new IntakeError(403, 'role-required', {
      vi: `Cần vai trò "${role}" để thực hiện bước này.`,
      en: `The role "${role}" is needed for this step.`,
    });
  }
  const note = request.note?.normalize('NFC').trim();
  if (transition.requiresNote && !note) {
    throw new IntakeError(400, 'note-required', {
      vi: 'Bước này cần ghi rõ lý do.',
      en: 'This step needs a written reason.',
    });
  }
  const today = todayInVietnam(ctx.now());
  const target = flow.stage(transition.to);
  const outcome = target?.outcome ?? null;
  const clock = clockChange(transition.action, dossier, today, ctx);

  return ctx.db.transaction(async (tx) => {
    const updated = await tx.query<{ revision: number }>(
      `UPDATE dossiers SET stage = $1, outcome = $2, revision = revision + 1, updated_at = now(),
         paused_since = $3, paused_days = paused_days + $4, due_on = $5,
         completed_on = CASE WHEN $2::text IS NULL THEN NULL ELSE $6::date END
       WHERE code = $7 AND revision = $8 RETURNING revision`,
      [
        transition.to,
        outcome,
        clock.pausedSince,
        clock.addedDays,
        clock.dueOn,
        today,
        request.code,
        request.revision,
      ],
    );
    if (updated.length === 0) {
      throw new IntakeError(409, 'stale-revision', {
        vi: 'Hồ sơ vừa được người khác xử lý; hãy tải lại và thử lại.',
        en: 'Someone else has just moved this dossier; reload and try again.',
      });
    }
    await tx.query(
      `INSERT INTO audit_log (dossier_code, actor, action, from_stage, to_stage, note) VALUES ($1, $2, $3, $4, $5, $6)`,
      [request.code, actor.name, transition.action, dossier.stage, transition.to, note || null],
    );
    return { stage: transition.to, revision: updated[0]!.revision, outcome };
  });
}

/**
 * A supplement request pauses the clock; the supplement resumes it and pushes the due date by
 * the working days spent waiting.
 */
function clockChange(
  action: string,
  dossier: DossierRow,
  today: string,
  ctx: IntakeContext,
): { pausedSince: string | null; addedDays: number; dueOn: string } {
  const pausedSince = dossier.paused_since === null ? null : isoDate(dossier.paused_since);
  const dueOn = isoDate(dossier.due_on);
  if (action === 'request-supplement')
    return { pausedSince: pausedSince ?? today, addedDays: 0, dueOn };
  if (pausedSince !== null && action === 'supplement') {
    const waited = workingDaysBetween(pausedSince, today, ctx.calendar);
    return {
      pausedSince: null,
      addedDays: waited,
      dueOn: addWorkingDays(dueOn, waited, ctx.calendar),
    };
  }
  return { pausedSince, addedDays: 0, dueOn };
}

interface DossierRow {
  code: string;
  procedure_id: string;
  procedure_version: string;
  stage: string;
  revision: number;
  due_on: Date | string;
  paused_since: Date | string | null;
}

async function loadDossier(db: Queryable, code: string): Promise<DossierRow> {
  const [row] = await db.query<DossierRow>(
    'SELECT code, procedure_id, procedure_version, stage, revision, due_on, paused_since FROM dossiers WHERE code = $1',
    [code],
  );
  if (!row) throw notFound({ vi: `Không có hồ sơ ${code}.`, en: `No dossier ${code}.` });
  return row;
}

export interface QueueEntry {
  code: string;
  procedureId: string;
  version: string;
  stage: string;
  /** For people: the procedure's and the stage's titles. */
  procedureTitle: LocalizedText;
  stageTitle: LocalizedText | null;
  revision: number;
  receivedOn: string;
  dueOn: string;
  late: boolean;
  paused: boolean;
  /** The moves this officer may make from the dossier's stage. */
  actions: {
    action: string;
    to: string;
    label: { vi: string; en?: string } | null;
    requiresNote: boolean;
  }[];
}

/**
 * Open dossiers for an officer: those at stages their roles handle (or, with `stage`, one
 * stage), oldest due first.
 */
export async function listQueue(
  ctx: IntakeContext,
  cache: CompiledCache,
  actor: Actor,
  filter: { procedureId?: string; stage?: string } = {},
): Promise<QueueEntry[]> {
  const rows = await ctx.db.query<DossierRow & { received_on: Date | string }>(
    `SELECT code, procedure_id, procedure_version, stage, revision, received_on, due_on, paused_since
     FROM dossiers WHERE outcome IS NULL AND ($1::text IS NULL OR procedure_id = $1)
       AND ($2::text IS NULL OR stage = $2)
     ORDER BY due_on, code`,
    [filter.procedureId ?? null, filter.stage ?? null],
  );
  const today = todayInVietnam(ctx.now());
  const entries: QueueEntry[] = [];
  for (const row of rows) {
    const published = await findDefinition(ctx.db, row.procedure_id, row.procedure_version);
    const flow = cache.get(published).flow;
    const stage = flow.stage(row.stage);
    if (
      filter.stage === undefined &&
      stage?.role !== undefined &&
      !actor.roles.includes(stage.role)
    )
      continue;
    const actions = (stage?.transitions ?? [])
      .filter((t) => {
        const role = t.role ?? (t.action === 'supplement' ? 'citizen' : stage?.role);
        return role === undefined || actor.roles.includes(role);
      })
      .map((t) => ({
        action: t.action,
        to: t.to,
        label: t.label ?? null,
        requiresNote: t.requiresNote === true,
      }));
    const dueOn = isoDate(row.due_on);
    entries.push({
      code: row.code,
      procedureId: row.procedure_id,
      version: row.procedure_version,
      stage: row.stage,
      procedureTitle: published.definition.title,
      stageTitle: stage?.title ?? null,
      revision: row.revision,
      receivedOn: isoDate(row.received_on),
      dueOn,
      late: row.paused_since === null && dueOn < today,
      paused: row.paused_since !== null,
      actions,
    });
  }
  return entries;
}

export interface StatisticsRow {
  procedureId: string;
  stage: string;
  received: number;
  open: number;
  completedOnTime: number;
  completedLate: number;
  overdue: number;
}

/** Dossiers received, finished on time or late, and still open past their due date. */
export async function statistics(ctx: IntakeContext): Promise<StatisticsRow[]> {
  const today = todayInVietnam(ctx.now());
  const rows = await ctx.db.query<Record<string, string | number>>(
    `SELECT procedure_id, stage,
       count(*) AS received,
       count(*) FILTER (WHERE outcome IS NULL) AS open,
       count(*) FILTER (WHERE outcome IS NOT NULL AND completed_on <= due_on) AS on_time,
       count(*) FILTER (WHERE outcome IS NOT NULL AND completed_on > due_on) AS late,
       count(*) FILTER (WHERE outcome IS NULL AND paused_since IS NULL AND due_on < $1::date) AS overdue
     FROM dossiers GROUP BY procedure_id, stage ORDER BY procedure_id, stage`,
    [today],
  );
  return rows.map((r) => ({
    procedureId: String(r['procedure_id']),
    stage: String(r['stage']),
    received: Number(r['received']),
    open: Number(r['open']),
    completedOnTime: Number(r['on_time']),
    completedLate: Number(r['late']),
    overdue: Number(r['overdue']),
  }));
}
