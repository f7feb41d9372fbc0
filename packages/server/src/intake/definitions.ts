import { createHash } from 'node:crypto';
import {
  canonicalJson,
  compareVersions,
  compile,
  diffDefinitions,
  isVersionSufficient,
  parseVersion,
  type CompiledProcedure,
} from '@hoso/core';
import { checkDefinition, type ProcedureDefinition } from '@hoso/schema';
import type { Queryable } from './db/database.js';
import { IntakeError, notFound } from './intake-error.js';

export interface PublishedDefinition {
  procedureId: string;
  version: string;
  definition: ProcedureDefinition;
  publishedAt: string;
}

/**
 * Publishes a definition as `id@version`. Published versions are immutable: publishing the
 * same content again is a no-op, different content under the same version is refused.
 */
export async function publishDefinition(
  db: Queryable,
  definition: unknown,
): Promise<{ created: boolean; procedureId: string; version: string }> {
  const check = checkDefinition(definition);
  if (!check.valid) {
    throw new IntakeError(
      422,
      'invalid-definition',
      { vi: 'Định nghĩa thủ tục có lỗi.', en: 'The definition has problems.' },
      { problems: check.problems },
    );
  }
  const { id, version } = definition as ProcedureDefinition;
  await refuseInsufficientVersion(db, definition as ProcedureDefinition);
  const inserted = await db.query(
    `INSERT INTO definitions (procedure_id, version, definition) VALUES ($1, $2, $3)
     ON CONFLICT (procedure_id, version) DO NOTHING RETURNING version`,
    [id, version, JSON.stringify(definition)],
  );
  if (inserted.length > 0) return { created: true, procedureId: id, version };
  const [existing] = await db.query<{ definition: unknown }>(
    'SELECT definition FROM definitions WHERE procedure_id = $1 AND version = $2',
    [id, version],
  );
  if (fingerprint(existing!.definition) !== fingerprint(definition)) {
    throw new IntakeError(409, 'version-published', {
      vi: `Phiên bản ${id}@${version} đã được công bố và không thể thay đổi; hãy tăng số phiên bản.`,
      en: `${id}@${version} is already published and cannot change; publish a new version.`,
    });
  }
  return { created: false, procedureId: id, version };
}

/**
 * A new version must be numbered for what it changes against the version before it: a
 * breaking change (a field removed, a constraint narrowed) needs a new major version.
 */
async function refuseInsufficientVersion(
  db: Queryable,
  definition: ProcedureDefinition,
): Promise<void> {
  const rows = await db.query<DefinitionRow>(
    'SELECT procedure_id, version, definition, published_at FROM definitions WHERE procedure_id = $1',
    [definition.id],
  );
  if (rows.some((r) => r.version === definition.version)) return; // same version: checked below
  const previous = rows
    .filter((r) => compareSemver(r.version, definition.version) < 0)
    .sort((a, b) => compareSemver(b.version, a.version))[0];
  if (!previous) return;
  const diff = diffDefinitions(previous.definition, definition);
  if (isVersionSufficient(previous.version, definition.version, diff.changes)) return;
  throw new IntakeError(
    409,
    'version-too-low',
    {
      vi: `Thay đổi so với ${previous.version} cần tăng phiên bản mức ${diff.bump}; ${definition.version} chưa đủ.`,
      en: `The changes since ${previous.version} need a ${diff.bump} version bump; ${definition.version} is not enough.`,
    },
    { previous: previous.version, requiredBump: diff.bump, changes: diff.changes },
  );
}

export async function listDefinitions(db: Queryable): Promise<PublishedDefinition[]> {
  const rows = await db.query<DefinitionRow>(
    'SELECT procedure_id, version, definition, published_at FROM definitions ORDER BY procedure_id, published_at',
  );
  return rows.map(toPublished);
}

/** One published version, or the latest published one when `version` is omitted. */
export async function findDefinition(
  db: Queryable,
  procedureId: string,
  version?: string,
): Promise<PublishedDefinition> {
  const rows = await db.query<DefinitionRow>(
    'SELECT procedure_id, version, definition, published_at FROM definitions WHERE procedure_id = $1',
    [procedureId],
  );
  const match = version
    ? rows.find((r) => r.version === version)
    : rows.sort((a, b) => compareSemver(b.version, a.version))[0];
  if (!match) {
    throw notFound({
      vi: `Không có thủ tục ${procedureId}${version ? '@' + version : ''} đã công bố.`,
      en: `No published procedure ${procedureId}${version ? '@' + version : ''}.`,
    });
  }
  return toPublished(match);
}

/** Compiled procedures by `id@version`: published versions never change, so this never expires. */
export class CompiledCache {
  private readonly cache = new Map<string, CompiledProcedure>();

  get(published: PublishedDefinition): CompiledProcedure {
    const key = `${published.procedureId}@${published.version}`;
    let compiled = this.cache.get(key);
    if (!compiled) {
      compiled = compile(published.definition);
      this.cache.set(key, compiled);
    }
    return compiled;
  }
}

interface DefinitionRow {
  procedure_id: string;
  version: string;
  definition: ProcedureDefinition;
  published_at: Date | string;
}

function toPublished(row: DefinitionRow): PublishedDefinition {
  return {
    procedureId: row.procedure_id,
    version: row.version,
    definition: row.definition,
    publishedAt: new Date(row.published_at).toISOString(),
  };
}

/** Canonical JSON (sorted keys) hashed: jsonb does not keep key order. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** Published versions always parse: the meta-schema checked them. */
export function compareSemver(a: string, b: string): number {
  return compareVersions(parseVersion(a)!, parseVersion(b)!);
}
