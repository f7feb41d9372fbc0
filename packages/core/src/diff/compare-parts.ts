import type { ProcedureDefinition } from '@hoso/schema';
import { jsonEqual } from '../overlay/json-equal.js';
import { compareBound } from './bounds.js';
import { matchByKey, unionKeys, type ChangeLog } from './change-log.js';
import { compareAccept, compareCondition } from './compare-rules.js';
import { requiresAnswer } from './element-index.js';

type Json = Record<string, unknown>;

const keyOf = (item: { key: string }): string => item.key;

/** Steps by key. Their elements are compared by data path elsewhere. */
export function compareSteps(a: ProcedureDefinition, b: ProcedureDefinition, log: ChangeLog): void {
  const match = matchByKey(a.steps, b.steps, keyOf);
  for (const { item, index } of match.removed)
    log.add('major', 'step.removed', `$steps.${item.key}`, ['steps', index]);
  for (const { item, index } of match.added)
    log.add('minor', 'step.added', `$steps.${item.key}`, ['steps', index]);
  const oldOrder = match.common.map((c) => c.before.key);
  const newOrder = [...match.common]
    .sort((x, y) => x.afterIndex - y.afterIndex)
    .map((c) => c.after.key);
  for (const { before, after, afterIndex } of match.common) {
    const path = `$steps.${after.key}`;
    const at = ['steps', afterIndex];
    if (oldOrder.indexOf(after.key) !== newOrder.indexOf(after.key))
      log.add('patch', 'step.moved', path, at);
    for (const name of ['title', 'description'] as const) {
      if (!jsonEqual(before[name], after[name]))
        log.add('patch', 'text.changed', path, [...at, name], { detail: name });
    }
    const needsAnswer = after.elements.some(requiresAnswer);
    compareCondition(log, 'visibleWhen', before.visibleWhen, after.visibleWhen, needsAnswer, path, [
      ...at,
      'visibleWhen',
    ]);
  }
}

/** Documents by key: they are answers too (`$documents.<key>` in the data). */
export function compareDocuments(
  a: ProcedureDefinition,
  b: ProcedureDefinition,
  log: ChangeLog,
): void {
  const match = matchByKey(a.documents, b.documents, keyOf);
  for (const { item, index } of match.removed) {
    log.add('major', 'document.removed', `$documents.${item.key}`, ['documents', index]);
  }
  for (const { item, index } of match.added) {
    const required = item.required === true || item.requiredWhen !== undefined;
    log.add(
      required ? 'major' : 'minor',
      required ? 'document.added-required' : 'document.added',
      `$documents.${item.key}`,
      ['documents', index],
    );
  }
  for (const { before, after, afterIndex } of match.common) {
    const path = `$documents.${after.key}`;
    const o = before as unknown as Json;
    const n = after as unknown as Json;
    for (const name of unionKeys(o, n)) {
      if (name === 'key' || jsonEqual(o[name], n[name])) continue;
      const at = ['documents', afterIndex, name];
      switch (name) {
        case 'title':
        case 'hint':
          log.add('patch', 'text.changed', path, at, { detail: name });
          break;
        case 'required':
          if (n[name] === true) log.add('major', 'document.required', path, at);
          else if (o[name] === true) log.add('minor', 'document.not-required', path, at);
          break;
        case 'requiredWhen':
          compareCondition(log, name, o[name], n[name], false, path, at);
          break;
        case 'accept':
          compareAccept(log, o[name], n[name], path, at);
          break;
        case 'maxSizeBytes':
          compareBound(log, 'upper', name, num(o[name]), num(n[name]), path, at);
          break;
        case 'maxFiles':
          compareBound(log, 'upper', name, num(o[name]) ?? 10, num(n[name]) ?? 10, path, at);
          break;
        default:
          log.add('minor', 'changed', path, at, { detail: name });
      }
    }
  }
}

/**
 * Fees never make an answer invalid — the pipeline recomputes them, never trusting the client —
 * so fee changes are compatible; but what citizens pay changes, so they need a minor version.
 */
export function compareFees(a: ProcedureDefinition, b: ProcedureDefinition, log: ChangeLog): void {
  const match = matchByKey(a.fees, b.fees, keyOf);
  for (const { item, index } of match.removed)
    log.add('minor', 'fee.removed', `$fees.${item.key}`, ['fees', index]);
  for (const { item, index } of match.added)
    log.add('minor', 'fee.added', `$fees.${item.key}`, ['fees', index]);
  for (const { before, after, afterIndex } of match.common) {
    const o = before as unknown as Json;
    const n = after as unknown as Json;
    for (const name of unionKeys(o, n)) {
      if (name === 'key' || jsonEqual(o[name], n[name])) continue;
      const text = name === 'title' || name === 'note';
      log.add(
        text ? 'patch' : 'minor',
        text ? 'text.changed' : 'fee.changed',
        `$fees.${after.key}`,
        ['fees', afterIndex, name],
        {
          detail: name,
        },
      );
    }
  }
}

/** Delivery methods are the `$delivery` answer's options. */
export function compareDelivery(
  a: ProcedureDefinition,
  b: ProcedureDefinition,
  log: ChangeLog,
): void {
  const before = a.delivery ?? [];
  const after = b.delivery ?? [];
  for (const method of before) {
    if (!after.includes(method))
      log.add('major', 'delivery.removed', '$delivery', ['delivery'], { detail: method });
  }
  after.forEach((method, index) => {
    if (!before.includes(method))
      log.add('minor', 'delivery.added', '$delivery', ['delivery', index], { detail: method });
  });
}

/** The back-office flow: removing a stage strands the dossiers in it; the rest is compatible. */
export function compareFlow(a: ProcedureDefinition, b: ProcedureDefinition, log: ChangeLog): void {
  if (a.flow.start !== b.flow.start) {
    log.add('minor', 'flow.changed', '$flow.start', ['flow', 'start'], { detail: 'start' });
  }
  const roles = matchByKey(a.flow.roles, b.flow.roles, keyOf);
  for (const { item, index } of roles.removed)
    log.add('minor', 'role.removed', `$flow.roles.${item.key}`, ['flow', 'roles', index]);
  for (const { item, index } of roles.added)
    log.add('minor', 'role.added', `$flow.roles.${item.key}`, ['flow', 'roles', index]);
  for (const { before, after, afterIndex } of roles.common) {
    if (!jsonEqual(before.title, after.title)) {
      log.add(
        'patch',
        'text.changed',
        `$flow.roles.${after.key}`,
        ['flow', 'roles', afterIndex, 'title'],
        { detail: 'title' },
      );
    }
  }
  const stages = matchByKey(a.flow.stages, b.flow.stages, keyOf);
  for (const { item, index } of stages.removed)
    log.add('major', 'stage.removed', `$flow.stages.${item.key}`, ['flow', 'stages', index]);
  for (const { item, index } of stages.added)
    log.add('minor', 'stage.added', `$flow.stages.${item.key}`, ['flow', 'stages', index]);
  for (const { before, after, afterIndex } of stages.common) {
    const o = before as unknown as Json;
    const n = after as unknown as Json;
    for (const name of unionKeys(o, n)) {
      if (name === 'key' || jsonEqual(o[name], n[name])) continue;
      const text = name === 'title';
      log.add(
        text ? 'patch' : 'minor',
        text ? 'text.changed' : 'flow.changed',
        `$flow.stages.${after.key}`,
        ['flow', 'stages', afterIndex, name],
        { detail: name },
      );
    }
  }
}

const PROCEDURE_TEXT = new Set(['title', 'description', 'sector']);
const SKIPPED = new Set([
  '$schema',
  'version',
  'steps',
  'fees',
  'documents',
  'delivery',
  'flow',
  'agency',
  'processingTime',
  'legalBasis',
]);

/** The procedure's own properties: its identity, texts, agency, time limit and legal basis. */
export function compareProcedure(
  a: ProcedureDefinition,
  b: ProcedureDefinition,
  log: ChangeLog,
): void {
  const o = a as unknown as Json;
  const n = b as unknown as Json;
  for (const name of unionKeys(o, n)) {
    if (SKIPPED.has(name) || jsonEqual(o[name], n[name])) continue;
    const path = `$procedure.${name}`;
    if (name === 'id' || name === 'formatVersion')
      log.add('major', 'procedure.id', path, [name], { from: o[name], to: n[name] });
    else if (PROCEDURE_TEXT.has(name))
      log.add('patch', 'text.changed', path, [name], { detail: name });
    else log.add('minor', 'procedure.changed', path, [name], { detail: name });
  }
  compareNested(log, 'agency', o['agency'], n['agency'], new Set(['name']));
  compareNested(log, 'processingTime', o['processingTime'], n['processingTime'], new Set(['note']));
  const legal = matchByKey(a.legalBasis, b.legalBasis, (d) => d.number);
  for (const { item, index } of legal.removed)
    log.add('minor', 'legal-basis.removed', '$procedure.legalBasis', ['legalBasis', index], {
      detail: item.number,
    });
  for (const { item, index } of legal.added)
    log.add('minor', 'legal-basis.added', '$procedure.legalBasis', ['legalBasis', index], {
      detail: item.number,
    });
  for (const { before, after, afterIndex } of legal.common) {
    if (!jsonEqual(before, after)) {
      log.add('patch', 'text.changed', '$procedure.legalBasis', ['legalBasis', afterIndex], {
        detail: after.number,
      });
    }
  }
}

function compareNested(
  log: ChangeLog,
  owner: string,
  before: unknown,
  after: unknown,
  text: ReadonlySet<string>,
): void {
  const o = (before ?? {}) as Json;
  const n = (after ?? {}) as Json;
  for (const name of unionKeys(o, n)) {
    if (jsonEqual(o[name], n[name])) continue;
    const path = `$procedure.${owner}.${name}`;
    if (text.has(name)) log.add('patch', 'text.changed', path, [owner, name], { detail: name });
    else log.add('minor', 'procedure.changed', path, [owner, name], { detail: `${owner}.${name}` });
  }
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
