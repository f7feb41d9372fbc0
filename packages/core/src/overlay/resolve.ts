import {
  checkDefinition,
  checkOverlay,
  type ProcedureDefinition,
  type ProcedureOverlay,
} from '@hoso/schema';
import { applyChange } from './apply-change.js';
import { badRange, baseIdMismatch, baseVersionMismatch, type OverlayProblem } from './problems.js';
import { ProvenanceRecorder, type ProvenanceEntry } from './provenance.js';
import { satisfiesRange } from './semver-range.js';

export interface OverlayResolution {
  /**
   * The base with the overlay's changes applied. Use it only when `problems` is empty: otherwise
   * it holds the changes that could apply (for showing), or is undefined when nothing could.
   */
  definition: ProcedureDefinition | undefined;
  /** Why the overlay does not apply cleanly; empty when the definition can be published. */
  problems: OverlayProblem[];
  /** The values of the resolved definition that the overlay set, added or moved. */
  provenance: ProvenanceEntry[];
}

/**
 * Applies a province overlay to a national base definition, by key. Every change that cannot
 * apply is reported with its reason — never silently dropped — and the result is checked with
 * checkDefinition, its problems traced back to the change that caused them where possible.
 *
 * The resolved `version` is the overlay's `version` when it has one (the province publishes its
 * own version line), and the base's version otherwise.
 */
export function resolveOverlay(base: unknown, overlay: unknown): OverlayResolution {
  const overlayCheck = checkOverlay(overlay);
  if (!overlayCheck.valid) {
    return {
      definition: undefined,
      problems: tag(overlayCheck.problems, 'overlay'),
      provenance: [],
    };
  }
  const baseCheck = checkDefinition(base);
  if (!baseCheck.valid) {
    return { definition: undefined, problems: tag(baseCheck.problems, 'base'), provenance: [] };
  }
  const spec = overlay as ProcedureOverlay;
  const original = base as ProcedureDefinition;
  if (spec.base.id !== original.id) {
    return {
      definition: undefined,
      problems: [baseIdMismatch(spec.base.id, original.id)],
      provenance: [],
    };
  }
  const problems: OverlayProblem[] = [];
  const inRange = satisfiesRange(original.version, spec.base.version);
  if (inRange === undefined) problems.push(badRange(spec.base.version));
  else if (!inRange) problems.push(baseVersionMismatch(spec.base.version, original.version));

  const definition = structuredClone(original) as unknown as Record<string, unknown>;
  const provenance = new ProvenanceRecorder();
  const ctx = { definition, provenance, base: `${original.id}@${original.version}` };
  spec.changes.forEach((change, index) => {
    const problem = applyChange(ctx, change as unknown as Record<string, unknown>, index);
    if (problem) problems.push(problem);
  });
  definition['version'] = spec.version ?? original.version;

  const entries = provenance.entries(definition);
  for (const p of checkDefinition(definition).problems) {
    const cause = causeOf(p.pointer, entries);
    problems.push({ ...p, source: 'resolved', ...(cause !== undefined ? { change: cause } : {}) });
  }
  return {
    definition: definition as unknown as ProcedureDefinition,
    problems,
    provenance: entries,
  };
}

function tag(
  problems: readonly { pointer: string; code: string; message: { vi: string; en: string } }[],
  source: OverlayProblem['source'],
): OverlayProblem[] {
  return problems.map((p) => ({ ...p, source }));
}

/** The change that wrote the value at (or above) a pointer of the resolved definition. */
function causeOf(pointer: string, entries: readonly ProvenanceEntry[]): number | undefined {
  let best: ProvenanceEntry | undefined;
  for (const entry of entries) {
    const covers = pointer === entry.pointer || pointer.startsWith(entry.pointer + '/');
    if (covers && (!best || entry.pointer.length > best.pointer.length)) best = entry;
  }
  return best?.change;
}
