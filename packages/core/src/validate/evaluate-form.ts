import { readRule, type Element, type Step } from '@hoso/schema/model';
import type { FieldNode } from '../compile/field-tree.js';
import { evaluate, isTruthy, RuleError } from '../rules/index.js';
import type { FieldState } from './field-state.js';
import { toNfc } from './nfc.js';
import { isPlainObject } from './normalise.js';
import { toDottedPath, type PathSegments } from './result.js';

export interface RuleFailure {
  path: PathSegments;
  order: number;
  label: Element['key'];
  reason: string;
}

export interface FormEvaluation {
  /** The data after dropping inactive values and setting computed ones (mutated in place). */
  data: Record<string, unknown>;
  /** Every field instance in document order. */
  fields: FieldState[];
  /** Which steps are shown, by index. */
  stepVisible: boolean[];
  dropped: string[];
  ruleFailures: RuleFailure[];
  /** True when rules kept changing each other's inputs and no stable answer was reached. */
  unstable: boolean;
}

type Rules = {
  visibleWhen?: unknown;
  enabledWhen?: unknown;
  requiredWhen?: unknown;
  required?: boolean;
};

/**
 * Decides visibility, enablement and requiredness of every field, removes the values of hidden
 * and disabled fields and recomputes computed values — repeated until nothing changes, because
 * removing one value can hide another field and a computed value can show one. Each pass only
 * removes sent values or recomputes computed ones, and computed values have no cycles
 * (checkDefinition), so this settles in a few passes; a bound guards the rest.
 */
export function evaluateForm(
  steps: readonly Step[],
  tree: readonly FieldNode[][],
  data: Record<string, unknown>,
  ruleInputs: ReadonlySet<string>,
): FormEvaluation {
  const result: FormEvaluation = {
    data,
    fields: [],
    stepVisible: [],
    dropped: [],
    ruleFailures: [],
    unstable: false,
  };
  const maxPasses = 2 + countNodes(tree) * 2;
  for (let pass = 0; pass < maxPasses; pass++) {
    const run = new Pass(data, result.dropped);
    result.stepVisible = steps.map((step, s) => {
      const visible =
        step.visibleWhen === undefined ||
        run.test(step.visibleWhen, data, [], -1, `#step:${s}`, true);
      run.walk(tree[s] ?? [], data, data, [], visible, true);
      return visible;
    });
    result.fields = run.fields;
    result.ruleFailures = run.failures;
    // Another pass only matters if a rule reads something this one changed, and only if that
    // rule ran before the change (a rule that ran after it already saw the new value).
    if (run.settled || ![...run.changedKeys].some((key) => ruleInputs.has(key))) return result;
  }
  result.unstable = true;
  return result;
}

class Pass {
  /** Root keys of the data this pass changed (dropped or recomputed values). */
  changedKeys = new Set<string>();
  /** False once a value changed that a rule evaluated earlier in this pass had read. */
  settled = true;
  /** What the rules evaluated so far in this pass read, in evaluation order. */
  private readonly reads: RuleReads[] = [];
  fields: FieldState[] = [];
  failures: RuleFailure[] = [];
  private order = 0;

  constructor(
    private readonly root: Record<string, unknown>,
    private readonly dropped: string[],
  ) {}

  walk(
    nodes: readonly FieldNode[],
    container: Record<string, unknown>,
    scope: Record<string, unknown>,
    at: PathSegments,
    parentVisible: boolean,
    parentEnabled: boolean,
  ): void {
    for (const node of nodes) {
      // Outside repeaters a node's path never varies: reuse the one made at compile time.
      const path = node.fixedPath ?? [...at, node.key];
      const order = this.order++;
      const rules = node.element as Rules;
      const id = node.fixedId ?? toDottedPath(path);
      const visible =
        parentVisible &&
        (rules.visibleWhen === undefined ||
          this.test(rules.visibleWhen, scope, path, order, id, true));
      const enabled =
        parentEnabled &&
        (rules.enabledWhen === undefined ||
          this.test(rules.enabledWhen, scope, path, order, id, true));
      const active = visible && enabled;
      const required =
        active &&
        (rules.required === true ||
          (rules.requiredWhen !== undefined &&
            this.test(rules.requiredWhen, scope, path, order, id, false)));
      this.fields.push({ node, path, id, visible, enabled, required, order, scope });
      if (!node.holdsValue) continue;

      if (!active) {
        this.drop(container, node.key, path);
        continue;
      }
      if (node.element.type === 'computed') {
        this.compute(node.element, container, scope, path, order);
      } else if (node.type === 'group') {
        // An absent group is walked too: its required fields must still be reported, and a
        // computed value inside it creates the group.
        const existing = container[node.key];
        const group = isPlainObject(existing) ? existing : {};
        this.walk(node.children, group, scope, path, visible, enabled);
        if (group !== existing && Object.keys(group).length > 0) {
          container[node.key] = group;
          this.changed(path);
        }
      } else if (node.type === 'repeater' && Array.isArray(container[node.key])) {
        (container[node.key] as unknown[]).forEach((item, index) => {
          if (!isPlainObject(item)) return;
          // Copying the root for each item costs; only items whose fields have rules need it.
          const itemScope = needsItemScope(node)
            ? { ...this.root, $item: item, $index: index }
            : this.root;
          // The copy's root keys are fixed now: any later change makes the pass unsettled.
          if (itemScope !== this.root) this.reads.push(READS_EVERYTHING);
          this.walk(node.children, item, itemScope, [...path, index], visible, enabled);
        });
      }
    }
  }

  /** Evaluates a condition; a failing rule is reported and counts as `fallback`. */
  test(
    rule: unknown,
    scope: unknown,
    path: PathSegments,
    order: number,
    id: string,
    fallback: boolean,
  ): boolean {
    this.reads.push(readsOf(rule));
    try {
      return isTruthy(evaluate(rule, scope));
    } catch (error) {
      this.fail(error, path, order, id);
      return fallback;
    }
  }

  private compute(
    element: Extract<Element, { type: 'computed' }>,
    container: Record<string, unknown>,
    scope: Record<string, unknown>,
    path: PathSegments,
    order: number,
  ): void {
    let value: unknown;
    this.reads.push(readsOf(element.rule));
    try {
      value = coerceComputed(evaluate(element.rule, scope), element.valueType);
    } catch (error) {
      this.fail(error, path, order, toDottedPath(path));
      value = undefined;
    }
    const current = Object.hasOwn(container, element.key) ? container[element.key] : undefined;
    if (Object.is(current, value)) return;
    if (value === undefined) delete container[element.key];
    else container[element.key] = value;
    this.changed(path);
  }

  private drop(container: Record<string, unknown>, key: string, path: PathSegments): void {
    if (!Object.hasOwn(container, key)) return;
    delete container[key];
    this.dropped.push(toDottedPath(path));
    this.changed(path);
  }

  /** Notes a change to the data at `path`, and whether an earlier rule had read it. */
  changed(path: PathSegments): void {
    this.changedKeys.add(String(path[0]));
    if (!this.settled || this.reads.length === 0) return;
    const changed = toDottedPath(path);
    if (this.reads.some((reads) => readsPath(reads, changed))) this.settled = false;
  }

  private fail(error: unknown, path: PathSegments, order: number, id: string): void {
    if (this.failures.some((f) => toDottedPath(f.path) === id)) return;
    const reason = error instanceof RuleError ? error.message : String(error);
    this.failures.push({ path, order, label: id, reason });
  }
}

/** A computed value of the declared type, or undefined when the rule gives nothing usable. */
function coerceComputed(
  value: unknown,
  valueType: 'text' | 'number' | 'money' | 'boolean',
): unknown {
  switch (valueType) {
    case 'boolean':
      return isTruthy(value);
    case 'text':
      return value === null || value === undefined ? undefined : toNfc(String(value));
    case 'number':
    case 'money': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : NaN;
      if (!Number.isFinite(n)) return undefined;
      return valueType === 'money' ? Math.round(n) : n;
    }
  }
}

/** The data paths a rule reads (dotted), or `everything` when that cannot be known. */
interface RuleReads {
  everything: boolean;
  paths: readonly string[];
}

const READS_EVERYTHING: RuleReads = { everything: true, paths: [] };
const READS_NOTHING: RuleReads = { everything: false, paths: [] };
const readsCache = new WeakMap<object, RuleReads>();

/**
 * Read statically once per rule. Paths computed at run time, the whole data (`{"var": ""}`)
 * and a repeater item's `$item`/`$index` count as reading everything.
 */
function readsOf(rule: unknown): RuleReads {
  if (typeof rule !== 'object' || rule === null) return READS_NOTHING;
  let reads = readsCache.get(rule);
  if (!reads) {
    const reading = readRule(rule);
    const paths = reading.vars.map((v) => v.path);
    const everything =
      reading.problems.length > 0 ||
      paths.some((p) => p === '' || p.startsWith('$')) ||
      hasUnnamedReads(rule, 0);
    reads = everything ? READS_EVERYTHING : { everything: false, paths };
    readsCache.set(rule, reads);
  }
  return reads;
}

/** Whether a rule reads data through a name that is not written out (`{"var": null}`…). */
function hasUnnamedReads(node: unknown, depth: number): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (depth > 256) return true;
  if (Array.isArray(node)) return node.some((item) => hasUnnamedReads(item, depth + 1));
  const named = (name: unknown) => typeof name === 'string' || typeof name === 'number';
  for (const [operator, args] of Object.entries(node)) {
    const list = Array.isArray(args) ? args : [args];
    if (operator === 'var' && !named(list[0])) return true;
    if (operator === 'missing' && !list.every(named)) return true;
    if (operator === 'missing_some' && !(Array.isArray(list[1]) && list[1].every(named)))
      return true;
    if (hasUnnamedReads(args, depth + 1)) return true;
  }
  return false;
}

/** Whether a rule reading `reads` sees a change at `changed` (the same path, inside or around). */
function readsPath(reads: RuleReads, changed: string): boolean {
  if (reads.everything) return true;
  for (const path of reads.paths) {
    if (
      path === changed ||
      (path.startsWith(changed) && path.charCodeAt(changed.length) === 0x2e) ||
      (changed.startsWith(path) && changed.charCodeAt(path.length) === 0x2e)
    )
      return true;
  }
  return false;
}

const itemScopeNeeded = new WeakMap<FieldNode, boolean>();

/** Whether any field inside a repeater has a rule that may read `$item` or `$index`. */
function needsItemScope(repeater: FieldNode): boolean {
  let needed = itemScopeNeeded.get(repeater);
  if (needed === undefined) {
    const hasRules = (node: FieldNode): boolean => {
      const e = node.element as unknown as Record<string, unknown>;
      const options = Array.isArray(e['options'])
        ? (e['options'] as { visibleWhen?: unknown }[])
        : [];
      return (
        ['visibleWhen', 'enabledWhen', 'requiredWhen', 'rule', 'checks'].some(
          (k) => e[k] !== undefined,
        ) ||
        options.some((o) => o.visibleWhen !== undefined) ||
        node.children.some(hasRules)
      );
    };
    needed = repeater.children.some(hasRules);
    itemScopeNeeded.set(repeater, needed);
  }
  return needed;
}

function countNodes(tree: readonly FieldNode[][]): number {
  const count = (nodes: readonly FieldNode[]): number =>
    nodes.reduce((sum, n) => sum + 1 + count(n.children), 0);
  return tree.reduce((sum, nodes) => sum + count(nodes), 0);
}
