import type { ChangeLog, Segments } from './change-log.js';

type Bound = number | string | undefined;

/**
 * Compares a constraint's limit between versions. Lower bounds (minLength, minimum, minItems)
 * narrow when they rise; upper bounds narrow when they fall. `undefined` means no limit. Dates
 * compare as ISO strings; `today` against a fixed date cannot be ordered, so a change between
 * them counts as narrowing — the safe side.
 */
export function compareBound(
  log: ChangeLog,
  side: 'lower' | 'upper',
  name: string,
  before: Bound,
  after: Bound,
  path: string,
  pointer: Segments,
): void {
  if (before === after) return;
  const narrowed = isNarrowed(side, before, after);
  log.add(
    narrowed ? 'major' : 'minor',
    narrowed ? 'constraint.narrowed' : 'constraint.widened',
    path,
    pointer,
    { detail: name, from: before ?? '∅', to: after ?? '∅' },
  );
}

function isNarrowed(side: 'lower' | 'upper', before: Bound, after: Bound): boolean {
  if (after === undefined) return false;
  if (before === undefined) return true;
  if (typeof before !== typeof after || before === 'today' || after === 'today') return true;
  return side === 'lower' ? after > before : after < before;
}
