import { jsonEqual } from '../overlay/json-equal.js';
import type { ChangeLog, Segments } from './change-log.js';

/**
 * A condition (`visibleWhen`, `enabledWhen`, `requiredWhen`) added or changed may drop answers or
 * demand new ones: breaking, since rules cannot be compared for meaning. Removing `requiredWhen`
 * only relaxes; removing a visibility condition relaxes unless what it hid needs an answer.
 */
export function compareCondition(
  log: ChangeLog,
  name: string,
  before: unknown,
  after: unknown,
  needsAnswer: boolean,
  path: string,
  at: Segments,
): void {
  if (jsonEqual(before, after)) return;
  const required = name === 'requiredWhen';
  if (after !== undefined) {
    log.add('major', required ? 'required-when.changed' : 'visibility.changed', path, at, {
      detail: name,
    });
  } else if (required) {
    log.add('minor', 'required-when.removed', path, at);
  } else {
    log.add(needsAnswer ? 'major' : 'minor', 'visibility.removed', path, at, { detail: name });
  }
}

/** Accepted media types: any type dropped (or a first list where any was allowed) narrows. */
export function compareAccept(
  log: ChangeLog,
  before: unknown,
  after: unknown,
  path: string,
  at: Segments,
): void {
  if (jsonEqual(before, after)) return;
  const oldTypes = Array.isArray(before) ? before.map(String) : undefined;
  const newTypes = Array.isArray(after) ? after.map(String) : undefined;
  const narrowed =
    newTypes !== undefined &&
    (oldTypes === undefined || oldTypes.some((t) => !newTypes.includes(t)));
  const show = (types: string[] | undefined): string => (types ? types.join(', ') : '*/*');
  log.add(
    narrowed ? 'major' : 'minor',
    narrowed ? 'constraint.narrowed' : 'constraint.widened',
    path,
    at,
    {
      detail: 'accept',
      from: show(oldTypes),
      to: show(newTypes),
    },
  );
}
