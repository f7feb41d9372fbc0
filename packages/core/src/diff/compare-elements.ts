import type { Element, ProcedureDefinition } from '@hoso/schema';
import { DEFAULT_MAX_LENGTH } from '../compile/value-formats.js';
import { jsonEqual } from '../overlay/json-equal.js';
import { compareBound } from './bounds.js';
import { matchByKey, unionKeys, type ChangeLog, type Segments } from './change-log.js';
import {
  ancestorPaths,
  indexElements,
  requiresAnswer,
  type IndexedElement,
} from './element-index.js';
import { compareAccept, compareCondition } from './compare-rules.js';

type Json = Record<string, unknown>;

const TEXT = new Set(['label', 'hint', 'placeholder', 'itemLabel', 'unit', 'text', 'messages']);
const PRESENTATION = new Set(['autocomplete', 'rows', 'default']);
const STRING_TYPES = new Set(['text', 'textarea']);

/** Compares the elements of two versions by data path, so that inserting one moves nothing. */
export function compareElements(
  before: ProcedureDefinition,
  after: ProcedureDefinition,
  log: ChangeLog,
): void {
  const oldIndex = indexElements(before);
  const newIndex = indexElements(after);
  const gone = (path: string): boolean => oldIndex.has(path) && !newIndex.has(path);
  const fresh = (path: string): boolean => newIndex.has(path) && !oldIndex.has(path);

  for (const [path, old] of oldIndex) {
    if (newIndex.has(path) || ancestorPaths(path).some(gone)) continue;
    const content = old.element.type === 'content';
    log.add(
      content ? 'patch' : 'major',
      content ? 'content.removed' : 'field.removed',
      path,
      old.pointer,
    );
  }
  for (const [path, added] of newIndex) {
    if (oldIndex.has(path) || ancestorPaths(path).some(fresh)) continue;
    if (added.element.type === 'content') log.add('patch', 'content.added', path, added.pointer);
    else if (requiresAnswer(added.element))
      log.add('major', 'field.added-required', path, added.pointer);
    else log.add('minor', 'field.added', path, added.pointer);
  }
  for (const [path, old] of oldIndex) {
    const now = newIndex.get(path);
    if (now) compareElement(path, old, now, log);
  }
  compareOrder(oldIndex, newIndex, log);
}

/** Elements that changed places among their siblings (both versions' common ones): presentation. */
function compareOrder(
  oldIndex: Map<string, IndexedElement>,
  newIndex: Map<string, IndexedElement>,
  log: ChangeLog,
): void {
  const siblings = (index: Map<string, IndexedElement>): Map<string, string[]> => {
    const groups = new Map<string, string[]>();
    for (const [path, { stepKey }] of index) {
      if (!oldIndex.has(path) || !newIndex.has(path)) continue;
      const parent = path.includes('.')
        ? path.slice(0, path.lastIndexOf('.'))
        : `$steps.${stepKey}`;
      groups.set(parent, [...(groups.get(parent) ?? []), path]);
    }
    return groups;
  };
  const before = siblings(oldIndex);
  for (const [parent, order] of siblings(newIndex)) {
    const oldOrder = before.get(parent);
    if (!oldOrder) continue;
    order.forEach((path, i) => {
      if (oldOrder.indexOf(path) !== i && oldOrder.length === order.length) {
        log.add('patch', 'presentation.changed', path, newIndex.get(path)!.pointer, {
          detail: 'position',
        });
      }
    });
  }
}

function compareElement(
  path: string,
  old: IndexedElement,
  now: IndexedElement,
  log: ChangeLog,
): void {
  const at = now.pointer;
  const o = old.element as unknown as Json;
  const n = now.element as unknown as Json;
  if (old.stepKey !== now.stepKey) {
    log.add('minor', 'field.moved', path, at, { from: old.stepKey, to: now.stepKey });
  }
  if (o['type'] !== n['type']) {
    if (!(STRING_TYPES.has(String(o['type'])) && STRING_TYPES.has(String(n['type'])))) {
      log.add('major', 'field.retyped', path, [...at, 'type'], { from: o['type'], to: n['type'] });
      return;
    }
    log.add('patch', 'presentation.changed', path, [...at, 'type'], { detail: 'type' });
  }
  for (const name of new Set([...unionKeys(o, n), ...EFFECTIVE])) {
    if (name === 'key' || name === 'type' || name === 'elements') continue;
    if (jsonEqual(o[name], n[name]) && !EFFECTIVE.has(name)) continue;
    compareProperty(name, path, old.element, now.element, [...at, name], log);
  }
}

/** Limits whose defaults depend on the element, compared even when neither version sets them. */
const EFFECTIVE = new Set(['maxLength', 'maxItems']);

function compareProperty(
  name: string,
  path: string,
  oldElement: Element,
  newElement: Element,
  at: Segments,
  log: ChangeLog,
): void {
  const o = oldElement as unknown as Json;
  const n = newElement as unknown as Json;
  const before = o[name];
  const after = n[name];
  if (TEXT.has(name)) return log.add('patch', 'text.changed', path, at, { detail: name });
  if (PRESENTATION.has(name))
    return log.add('patch', 'presentation.changed', path, at, { detail: name });
  switch (name) {
    case 'required':
      if (before === after) return;
      if (after === true) return log.add('major', 'required.added', path, at);
      return log.add('minor', 'required.removed', path, at);
    case 'requiredWhen':
    case 'visibleWhen':
    case 'enabledWhen':
      return compareCondition(log, name, before, after, requiresAnswer(newElement), path, at);
    case 'minLength':
    case 'minItems':
      return compareBound(log, 'lower', name, numberOr(before, 0), numberOr(after, 0), path, at);
    case 'minimum':
      return compareBound(
        log,
        'lower',
        name,
        minimumOf(oldElement),
        minimumOf(newElement),
        path,
        at,
      );
    case 'maximum':
    case 'maxSizeBytes':
      return compareBound(log, 'upper', name, bound(before), bound(after), path, at);
    case 'maxLength':
    case 'maxItems':
    case 'maxFiles':
      return compareBound(
        log,
        'upper',
        name,
        upperOf(oldElement, name),
        upperOf(newElement, name),
        path,
        at,
      );
    case 'pattern':
      if (after === undefined)
        return log.add('minor', 'constraint.widened', path, at, {
          detail: name,
          from: before,
          to: '∅',
        });
      return log.add('major', 'constraint.narrowed', path, at, {
        detail: name,
        from: before ?? '∅',
        to: after,
      });
    case 'options':
      return compareOptions(o, n, path, at, log);
    case 'checks':
      return compareChecks(o, n, path, at, log);
    case 'accept':
      return compareAccept(log, before, after, path, at);
    case 'rule':
      return log.add('minor', 'computed.changed', path, at, { detail: name });
    case 'valueType':
    case 'units':
      return log.add('major', 'field.retyped', path, at, { from: before, to: after });
    default:
      return log.add('minor', 'changed', path, at, { detail: name });
  }
}

function compareOptions(o: Json, n: Json, path: string, at: Segments, log: ChangeLog): void {
  const match = matchByKey(asList(o['options']), asList(n['options']), (x) => String(x['value']));
  for (const { item, index } of match.removed) {
    log.add('major', 'option.removed', path, [...at, index], { detail: item['value'] });
  }
  for (const { item, index } of match.added) {
    log.add('minor', 'option.added', path, [...at, index], { detail: item['value'] });
  }
  for (const { before, after, afterIndex } of match.common) {
    const value = String(after['value']);
    if (!jsonEqual(before['label'], after['label'])) {
      log.add('patch', 'text.changed', path, [...at, afterIndex, 'label'], {
        detail: `options.${value}.label`,
      });
    }
    compareCondition(
      log,
      `options.${value}.visibleWhen`,
      before['visibleWhen'],
      after['visibleWhen'],
      false,
      path,
      [...at, afterIndex, 'visibleWhen'],
    );
  }
}

function compareChecks(o: Json, n: Json, path: string, at: Segments, log: ChangeLog): void {
  const match = matchByKey(asList(o['checks']), asList(n['checks']), (x) => String(x['key']));
  for (const { item, index } of match.removed)
    log.add('minor', 'check.removed', path, [...at, index], { detail: item['key'] });
  for (const { item, index } of match.added)
    log.add('major', 'check.added', path, [...at, index], { detail: item['key'] });
  for (const { before, after, afterIndex } of match.common) {
    if (!jsonEqual(before['rule'], after['rule'])) {
      log.add('major', 'check.changed', path, [...at, afterIndex, 'rule'], {
        detail: after['key'],
      });
    }
    if (!jsonEqual(before['message'], after['message'])) {
      log.add('patch', 'text.changed', path, [...at, afterIndex, 'message'], {
        detail: `checks.${String(after['key'])}.message`,
      });
    }
  }
}

function asList(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function bound(value: unknown): number | string | undefined {
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

/** Money never goes below 0, whether or not the definition says so. */
function minimumOf(element: Element): number | string | undefined {
  const value = bound((element as unknown as Json)['minimum']);
  return value === undefined && element.type === 'money' ? 0 : value;
}

/** The upper limits the data schema applies when a definition sets none (see data-schema.ts). */
function upperOf(element: Element, name: string): number | undefined {
  const set = (element as unknown as Json)[name];
  if (typeof set === 'number') return set;
  if (name === 'maxLength' && (element.type === 'text' || element.type === 'textarea')) {
    return DEFAULT_MAX_LENGTH[element.type];
  }
  if (name === 'maxItems' && element.type === 'checkboxes') return element.options.length;
  if (name === 'maxItems' && element.type === 'repeater') return 100;
  if (name === 'maxFiles' && element.type === 'file') return 10;
  return undefined;
}
