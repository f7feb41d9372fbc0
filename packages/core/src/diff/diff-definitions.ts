import { checkDefinition, type ProcedureDefinition } from '@hoso/schema';
import { DefinitionError } from '../compile/definition-error.js';
import { jsonEqual } from '../overlay/json-equal.js';
import { requiredBump } from './bump.js';
import { ChangeLog } from './change-log.js';
import { compareElements } from './compare-elements.js';
import {
  compareDelivery,
  compareDocuments,
  compareFees,
  compareFlow,
  compareProcedure,
  compareSteps,
} from './compare-parts.js';
import type { DefinitionDiff } from './types.js';

/**
 * Classifies every difference between two versions of a definition as breaking for existing
 * submissions and drafts, or compatible, and the semver bump they need together. Elements are
 * matched by data path, everything else by key — never by array position. Both definitions must
 * pass checkDefinition (a DefinitionError lists the problems otherwise). `version` itself is not
 * compared: it is what the result is checked against.
 */
export function diffDefinitions(oldDefinition: unknown, newDefinition: unknown): DefinitionDiff {
  for (const definition of [oldDefinition, newDefinition]) {
    const check = checkDefinition(definition);
    if (!check.valid) throw new DefinitionError(check.problems);
  }
  const before = oldDefinition as ProcedureDefinition;
  const after = newDefinition as ProcedureDefinition;
  const log = new ChangeLog();
  compareProcedure(before, after, log);
  compareSteps(before, after, log);
  compareElements(before, after, log);
  compareDocuments(before, after, log);
  compareFees(before, after, log);
  compareDelivery(before, after, log);
  compareFlow(before, after, log);
  // Whatever the comparisons do not name (elements reordered within a step) is presentation.
  if (log.changes.length === 0 && !jsonEqual(withoutVersion(before), withoutVersion(after))) {
    log.add('patch', 'changed', '$procedure', [], { detail: 'order' });
  }
  return { changes: log.changes, bump: requiredBump(log.changes) };
}

function withoutVersion(definition: ProcedureDefinition): Record<string, unknown> {
  const { version: _version, $schema: _schema, ...rest } = definition;
  return rest;
}
