/**
 * Planning an element key rename: the key must be valid and free in the element's data scope,
 * and every rule that reads the element (or, for a group or repeater, anything inside it) is
 * rewritten to the new path. Rules are found with @hoso/schema's walkElements and readRule, so
 * the designer reads rules exactly as checkDefinition does.
 */
import { isObject, readRule, walkElements, type ElementVisit } from '@hoso/schema';
import type { ProcedureDefinition } from '@hoso/schema';
import { toPointer } from './json-path.js';

/** The definition format's `Key`: an identifier rules and generated types can name. */
export const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
export const KEY_MAX_LENGTH = 64;

/** Members that hold a JSON Logic rule wherever they appear (elements, steps, fees, flow). */
const RULE_MEMBER = /^(rule|condition|when)$|When$/;

export interface RuleRewrite {
  /** Pointer of the rule in the definition. */
  pointer: string;
  rule: unknown;
}

export type RenamePlan =
  | { ok: true; oldKey: string; rewrites: RuleRewrite[] }
  | { ok: false; reason: 'invalid'; key: string }
  | { ok: false; reason: 'duplicate'; key: string; scope: string }
  | { ok: false; reason: 'not-an-element'; key: string };

export function isValidKey(key: string): boolean {
  return key.length <= KEY_MAX_LENGTH && KEY_PATTERN.test(key);
}

/** What renaming the element at `pointer` to `newKey` takes, or why it is refused. */
export function planKeyRename(
  definition: ProcedureDefinition,
  pointer: string,
  newKey: string,
): RenamePlan {
  if (!isValidKey(newKey)) return { ok: false, reason: 'invalid', key: newKey };
  const visits: ElementVisit[] = [];
  walkElements(definition, (visit) => visits.push(visit));
  const target = visits.find((v) => toPointer(v.pointer) === pointer);
  if (!target || typeof target.element.key !== 'string') {
    return { ok: false, reason: 'not-an-element', key: newKey };
  }
  const oldKey = target.element.key;
  if (oldKey === newKey) return { ok: true, oldKey, rewrites: [] };
  const scope = target.dataPath.slice(0, -1);
  const taken = visits.some(
    (v) => v !== target && v.element.key === newKey && sameSegments(v.dataPath.slice(0, -1), scope),
  );
  if (taken) {
    return { ok: false, reason: 'duplicate', key: newKey, scope: scope.join('.') };
  }
  const rewrites: RuleRewrite[] = [];
  forEachRule(definition, visits, (rule, at, itemScope) => {
    const next = rewriteRule(rule, target.dataPath, newKey, itemScope);
    if (next !== rule) rewrites.push({ pointer: toPointer(at), rule: next });
  });
  return { ok: true, oldKey, rewrites };
}

function sameSegments(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

type Segments = (string | number)[];

/**
 * Every rule of the definition with its pointer and, inside a repeater, the data path of the
 * item that `$item` names.
 */
function forEachRule(
  definition: ProcedureDefinition,
  visits: readonly ElementVisit[],
  each: (rule: unknown, at: Segments, itemScope: string[] | undefined) => void,
): void {
  for (const visit of visits) {
    const star = visit.dataPath.lastIndexOf('*');
    const itemScope = visit.repeaters.length > 0 ? visit.dataPath.slice(0, star + 1) : undefined;
    // Children are visits of their own: skip `elements` here.
    findRules(visit.element, visit.pointer, new Set(['elements']), (rule, at) =>
      each(rule, at, itemScope),
    );
  }
  const root = definition as unknown as Record<string, unknown>;
  findRules(root, [], new Set(['steps']), (rule, at) => each(rule, at, undefined));
  if (Array.isArray(root.steps)) {
    root.steps.forEach((step: unknown, i) => {
      findRules(step, ['steps', i], new Set(['elements']), (rule, at) => each(rule, at, undefined));
    });
  }
}

function findRules(
  node: unknown,
  at: Segments,
  skip: ReadonlySet<string>,
  found: (rule: unknown, at: Segments) => void,
): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => findRules(item, [...at, i], new Set(), found));
    return;
  }
  if (!isObject(node)) return;
  for (const [name, value] of Object.entries(node)) {
    if (skip.has(name)) continue;
    if (RULE_MEMBER.test(name)) found(value, [...at, name]);
    else if (typeof value === 'object' && value !== null) {
      findRules(value, [...at, name], new Set(), found);
    }
  }
}

/**
 * The rule with every data path under `target` renamed, or the same rule object when it does
 * not read the renamed element.
 */
export function rewriteRule(
  rule: unknown,
  target: readonly string[],
  newKey: string,
  itemScope?: readonly string[],
): unknown {
  const reading = readRule(rule);
  let copy: unknown = rule;
  for (const v of reading.vars) {
    const renamed = renamePath(v.path, target, newKey, itemScope);
    if (renamed === undefined) continue;
    if (copy === rule) copy = structuredClone(rule);
    writeVar(copy, v.pointer, renamed);
  }
  return copy;
}

/** The path with the renamed element's segment replaced, or undefined when it reads another. */
export function renamePath(
  path: string,
  target: readonly string[],
  newKey: string,
  itemScope?: readonly string[],
): string | undefined {
  const segments = path.split('.');
  let full = segments;
  // Index in `segments` of the first segment of `full` that `segments` spells out.
  let shift = 0;
  if (segments[0] === '$item') {
    if (!itemScope) return undefined;
    full = [...itemScope, ...segments.slice(1)];
    shift = itemScope.length - 1;
  } else if (segments[0]?.startsWith('$')) {
    return undefined;
  }
  if (full.length < target.length) return undefined;
  const matches = target.every((segment, i) => {
    const s = full[i]!;
    return segment === '*' ? /^[0-9]+$/.test(s) || s === '*' : s === segment;
  });
  if (!matches) return undefined;
  const at = target.length - 1 - shift;
  // `$item.x` never spells the repeater (or its ancestors) out: nothing to rename.
  if (at < 1 && segments[0] === '$item') return undefined;
  const copy = segments.slice();
  copy[at] = newKey;
  return copy.join('.');
}

/** Writes a data path where readRule found it: `var`, `missing` or `missing_some`. */
function writeVar(rule: unknown, pointer: readonly (string | number)[], path: string): void {
  const last = pointer[pointer.length - 1];
  if (last === 'var') {
    const holder = nodeAt(rule, pointer.slice(0, -1)) as Record<string, unknown>;
    const args = holder.var;
    if (Array.isArray(args)) args[0] = path;
    else holder.var = path;
    return;
  }
  // `missing`: [..., 'missing', i]; `missing_some`: [..., 'missing_some', i] names args[1][i].
  const operator = pointer[pointer.length - 2];
  const index = Number(last);
  const holder = nodeAt(rule, pointer.slice(0, -2)) as Record<string, unknown>;
  const args = holder[String(operator)];
  const names = operator === 'missing_some' && Array.isArray(args) ? args[1] : args;
  if (Array.isArray(names)) names[index] = path;
  else if (operator === 'missing_some' && Array.isArray(args)) args[1] = path;
  else holder[String(operator)] = path;
}

function nodeAt(root: unknown, pointer: readonly (string | number)[]): unknown {
  let node = root;
  for (const segment of pointer) node = (node as Record<string, unknown>)[String(segment)];
  return node;
}
