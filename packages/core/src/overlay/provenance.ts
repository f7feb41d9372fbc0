import { formatPointer, isJsonObject } from './json-pointer.js';

/** A value of the resolved definition that an overlay change set, added or moved. */
export interface ProvenanceEntry {
  /** JSON pointer in the resolved definition. */
  pointer: string;
  /** Index of the change in the overlay's `changes`. */
  change: number;
  op: 'set' | 'add' | 'move' | 'json-patch';
}

/**
 * Records provenance against objects rather than pointers: later changes insert and remove items,
 * which shifts array positions, so pointers are computed once, from the final definition.
 */
export class ProvenanceRecorder {
  private readonly marks: {
    owner: object;
    path: string[];
    change: number;
    op: ProvenanceEntry['op'];
  }[] = [];

  mark(owner: object, path: string[], change: number, op: ProvenanceEntry['op']): void {
    this.marks.push({ owner, path, change, op });
  }

  /** Pointers of the marks still present in the final definition, one entry per pointer. */
  entries(definition: unknown): ProvenanceEntry[] {
    const pointers = new Map<object, (string | number)[]>();
    indexObjects(definition, [], pointers);
    const byPointer = new Map<string, ProvenanceEntry>();
    for (const mark of this.marks) {
      const base = pointers.get(mark.owner);
      if (!base || !exists(mark.owner, mark.path)) continue;
      const pointer = formatPointer([...base, ...mark.path]);
      byPointer.delete(pointer);
      byPointer.set(pointer, { pointer, change: mark.change, op: mark.op });
    }
    return [...byPointer.values()];
  }
}

function indexObjects(
  value: unknown,
  at: (string | number)[],
  pointers: Map<object, (string | number)[]>,
): void {
  if (typeof value !== 'object' || value === null) return;
  pointers.set(value, at);
  if (Array.isArray(value)) value.forEach((item, i) => indexObjects(item, [...at, i], pointers));
  else
    for (const [name, member] of Object.entries(value))
      indexObjects(member, [...at, name], pointers);
}

function exists(owner: object, path: readonly string[]): boolean {
  let current: unknown = owner;
  for (const token of path) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isJsonObject(current) && Object.hasOwn(current, token)) current = current[token];
    else return false;
  }
  return current !== undefined;
}
