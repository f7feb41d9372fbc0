/**
 * A national base definition opened with a province overlay: @hoso/core resolves it and says
 * which values of the resolved definition the overlay wrote (provenance) and which changes no
 * longer apply. The designer edits the resolved definition; a value keeps its overlay mark while
 * it is still the one the overlay left at that place.
 */
import { resolveOverlay, type OverlayProblem, type ProvenanceEntry } from '@hoso/core/authoring';
import {
  ITEM_KINDS,
  describeTarget,
  isObject,
  kindName,
  type LocalizedMessage,
  type OverlayTarget,
  type ProcedureDefinition,
} from '@hoso/schema';
import { getAt } from '../modeling/json-path.js';

/** A text in both languages (English may be missing in an overlay's own texts). */
export type Text = { vi: string; en?: string };

export type ChangeOp = 'set' | 'add' | 'remove' | 'move' | 'json-patch';

/** One change of the overlay and what became of it. */
export interface ChangeReport {
  index: number;
  op: ChangeOp;
  /** What it addresses or adds, in both languages. */
  what: LocalizedMessage;
  note: Text | undefined;
  /** Where its values are in the resolved definition (none for a remove). */
  pointers: string[];
  /** Why it does not apply, or what it breaks; empty when it applies cleanly. */
  problems: OverlayProblem[];
}

export interface OverlaySession {
  name: string;
  title: Text | undefined;
  base: { id: string; version: string };
  resolved: ProcedureDefinition;
  provenance: ProvenanceEntry[];
  changes: ChangeReport[];
  /** Problems of no single change (e.g. the base's version is out of the overlay's range). */
  general: OverlayProblem[];
}

export type OverlayOpening =
  { ok: true; session: OverlaySession } | { ok: false; problems: OverlayProblem[] };

/** Resolves an overlay against its base; refused when nothing can be shown. */
export function openOverlay(base: unknown, overlay: unknown, name: string): OverlayOpening {
  const resolution = resolveOverlay(base, overlay);
  if (!resolution.definition) return { ok: false, problems: resolution.problems };
  const spec = overlay as { title?: unknown; changes: Record<string, unknown>[] };
  const source = base as ProcedureDefinition;
  const changes = spec.changes.map((change, index): ChangeReport => ({
    index,
    op: change.op as ChangeOp,
    what: describeChange(change),
    note: isLocalized(change.note) ? change.note : undefined,
    pointers: resolution.provenance.filter((p) => p.change === index).map((p) => p.pointer),
    problems: resolution.problems.filter((p) => p.change === index),
  }));
  return {
    ok: true,
    session: {
      name,
      title: isLocalized(spec.title) ? spec.title : undefined,
      base: { id: source.id, version: source.version },
      resolved: resolution.definition,
      provenance: resolution.provenance,
      changes,
      general: resolution.problems.filter((p) => p.change === undefined),
    },
  };
}

function isLocalized(value: unknown): value is Text {
  return isObject(value) && typeof value.vi === 'string';
}

function describeChange(change: Record<string, unknown>): LocalizedMessage {
  if (isObject(change.target)) return describeTarget(change.target as OverlayTarget);
  if (change.op === 'add') {
    for (const kind of ITEM_KINDS) {
      const item = change[kind];
      if (!isObject(item)) continue;
      const name = kindName(kind);
      const key = String(
        item[kind === 'legalBasis' ? 'number' : kind === 'option' ? 'value' : 'key'] ?? '',
      );
      return { vi: `${name.vi} "${key}"`, en: `${name.en} "${key}"` };
    }
  }
  if (change.op === 'json-patch' && Array.isArray(change.patch)) {
    const paths = change.patch.map((p: unknown) => (isObject(p) ? String(p.path) : '')).join(', ');
    return { vi: `JSON Patch: ${paths}`, en: `JSON Patch: ${paths}` };
  }
  return { vi: String(change.op), en: String(change.op) };
}

/** A change that could not be applied (rather than one that applied and broke a check). */
export function notApplied(change: ChangeReport): boolean {
  return change.problems.some((p) => p.source !== 'resolved');
}

/** Whether the value the overlay wrote at an entry is still there, untouched. */
export function inPlace(
  session: OverlaySession,
  definition: unknown,
  entry: ProvenanceEntry,
): boolean {
  const now = getAt(definition, entry.pointer);
  return now !== undefined && now === getAt(session.resolved, entry.pointer);
}

/**
 * The overlay's values on an item (element, step, fee…) at `pointer`, still in place: the item
 * itself or its own properties. With `skipChildren`, values inside nested `elements` belong to
 * the children and are left out.
 */
export function provenanceOf(
  session: OverlaySession | undefined,
  definition: unknown,
  pointer: string,
  skipChildren = true,
): ProvenanceEntry[] {
  if (!session) return [];
  return session.provenance.filter(
    (entry) =>
      (entry.pointer === pointer ||
        (entry.pointer.startsWith(pointer + '/') &&
          !(skipChildren && entry.pointer.startsWith(pointer + '/elements/')))) &&
      inPlace(session, definition, entry),
  );
}
