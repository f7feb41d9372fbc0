import { createHash, randomBytes } from 'node:crypto';
import {
  canonicalJson,
  addWorkingDays,
  todayInVietnam,
  type CompiledProcedure,
  type FieldNode,
  type ValidationResult,
} from '@hoso/core';
import type { Database } from './db/database.js';
import { CompiledCache, findDefinition } from './definitions.js';
import { nextDossierCode } from './dossier-code.js';
import type { FileStore } from './file-store.js';
import { IntakeError } from './intake-error.js';
import type { IntakeContext } from './intake-context.js';
import { readReceipt, type Receipt } from './receipt.js';
import { withFiles } from '../submission/handle-submission.js';

/** A file the request carried, already on disk and hashed (see the multipart boundary). */
export interface IncomingFile {
  documentKey: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** Where the upload was streamed to; it is moved into the file store. */
  path?: string;
  /** Or the bytes themselves. */
  bytes?: Uint8Array;
}

export interface SubmitRequest {
  procedureId: string;
  version?: string;
  idempotencyKey: string;
  /** The submission as parsed at the request boundary. */
  data: unknown;
  files?: IncomingFile[];
}

export interface SubmitOutcome {
  /** False when the idempotency key had already created this dossier: the same receipt again. */
  created: boolean;
  receipt: Receipt;
  /** Only on creation: the secret the citizen uses to track the dossier. */
  secret?: string;
}

/**
 * Receives a submission: validates it with the browser's pipeline against the version it was
 * filled against, stores the files, then stores the dossier — code, data, fees, due date and
 * the first audit entry — in one transaction. Only then is it acknowledged. The same
 * idempotency key gives the same dossier, even when retries race.
 */
export async function submitDossier(
  ctx: IntakeContext,
  cache: CompiledCache,
  request: SubmitRequest,
): Promise<SubmitOutcome> {
  if (!/^[\x21-\x7e]{8,200}$/.test(request.idempotencyKey)) {
    throw new IntakeError(400, 'idempotency-key', {
      vi: 'Cần tiêu đề Idempotency-Key (8–200 ký tự ASCII) để gửi hồ sơ an toàn khi thử lại.',
      en: 'An Idempotency-Key header (8–200 ASCII characters) is required so retries are safe.',
    });
  }
  const published = await findDefinition(ctx.db, request.procedureId, request.version);
  const procedure = cache.get(published);
  const files = request.files ?? [];
  const data = withFileRefs(request.data, files);
  const today = todayInVietnam(ctx.now());
  const result = procedure.validate(data, { today });
  const requestHash = createHash('sha256').update(canonicalJson(data)).digest('hex');

  const existing = await findByKey(ctx.db, request.idempotencyKey, requestHash);
  if (existing) return { created: false, receipt: await readReceipt(ctx.db, existing) };
  if (!result.valid) {
    throw new IntakeError(
      422,
      'invalid-submission',
      { vi: 'Hồ sơ có thông tin chưa hợp lệ.', en: 'The submission has errors.' },
      { errors: result.errors },
    );
  }

  await storeFiles(ctx.files, files);
  const definition = published.definition;
  const secret = randomBytes(6).toString('base64url');
  const created = await ctx.db
    .transaction(async (tx) => {
      const code = await nextDossierCode(tx, definition.agency.code ?? ctx.agencyCode, today);
      const inserted = await tx.query<{ code: string }>(
        `INSERT INTO dossiers (code, idempotency_key, request_hash, procedure_id, procedure_version, data, fees,
         stage, secret_hash, applicant_id, received_on, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING code`,
        [
          code,
          request.idempotencyKey,
          requestHash,
          published.procedureId,
          published.version,
          JSON.stringify(result.data),
          JSON.stringify(result.fees),
          procedure.flow.start,
          hashSecret(code, secret),
          applicantIdOf(procedure, result, code),
          today,
          addWorkingDays(today, definition.processingTime.workingDays, ctx.calendar),
        ],
      );
      // A parallel retry won the key: give the sequence number back and answer with its dossier.
      if (inserted.length === 0) throw new LostRace();
      for (const [position, file] of files.entries()) {
        await tx.query(
          `INSERT INTO dossier_files (dossier_code, document_key, position, sha256, name, media_type, size)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [code, file.documentKey, position, file.sha256, file.name, file.mediaType, file.size],
        );
      }
      await tx.query(
        `INSERT INTO audit_log (dossier_code, actor, action, from_stage, to_stage) VALUES ($1, 'citizen', 'submit', NULL, $2)`,
        [code, procedure.flow.start],
      );
      return code;
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof LostRace)) throw error;
      return undefined;
    });

  if (created === undefined) {
    const winner = await findByKey(ctx.db, request.idempotencyKey, requestHash);
    return { created: false, receipt: await readReceipt(ctx.db, winner!) };
  }
  return { created: true, receipt: await readReceipt(ctx.db, created), secret };
}

class LostRace extends Error {}

/** The dossier an idempotency key created; the key reused for another request is refused. */
async function findByKey(
  db: Database,
  key: string,
  requestHash: string,
): Promise<string | undefined> {
  const [row] = await db.query<{ code: string; request_hash: string }>(
    'SELECT code, request_hash FROM dossiers WHERE idempotency_key = $1',
    [key],
  );
  if (!row) return undefined;
  if (row.request_hash !== requestHash) {
    throw new IntakeError(409, 'idempotency-key-reused', {
      vi: 'Idempotency-Key này đã được dùng cho một hồ sơ khác.',
      en: 'This Idempotency-Key was already used for a different submission.',
    });
  }
  return row.code;
}

/**
 * The files this request carried become `$documents.<key>` references, replacing any the
 * client wrote itself: a dossier can only claim documents it actually uploaded.
 */
function withFileRefs(data: unknown, files: readonly IncomingFile[]): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const { $documents: _claimed, ...rest } = data as Record<string, unknown>;
  // The store is content-addressed (sha256): the upload's random server name is not kept, so
  // that a retried request hashes the same and finds its dossier.
  return withFiles(
    rest,
    files.map(({ documentKey, name, mediaType, size, sha256 }) => ({
      documentKey,
      name,
      mediaType,
      size,
      sha256,
    })),
  );
}

async function storeFiles(store: FileStore, files: readonly IncomingFile[]): Promise<void> {
  for (const file of files) {
    if (file.path) await store.adopt(file.path, file.sha256);
    else if (file.bytes) await store.putBytes(file.bytes);
    if (!(await store.has(file.sha256))) throw new Error(`file ${file.name} was not stored`);
  }
}

export function hashSecret(code: string, secret: string): string {
  return createHash('sha256').update(`${code}\u0000${secret}`).digest('hex');
}

/**
 * The applicant's ID number — the first citizen-ID field outside repeaters, in form order —
 * hashed with the code: enough to let the citizen look the dossier up, useless if leaked.
 */
function applicantIdOf(
  procedure: CompiledProcedure,
  result: ValidationResult,
  code: string,
): string | null {
  const find = (nodes: readonly FieldNode[], data: unknown): string | undefined => {
    if (typeof data !== 'object' || data === null) return undefined;
    for (const node of nodes) {
      const value = (data as Record<string, unknown>)[node.key];
      if (node.type === 'citizen-id' && typeof value === 'string') return value;
      const inner = node.type === 'group' ? find(node.children, value) : undefined;
      if (inner) return inner;
    }
    return undefined;
  };
  const id = find(procedure.tree.flat(), result.data);
  return id ? hashSecret(code, id) : null;
}
