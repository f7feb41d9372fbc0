import { readRule, type Step } from '@hoso/schema/model';
import type { FieldNode } from './field-tree.js';

/**
 * The root keys of the data that the form's own rules read (visible-, enabled-, required-when,
 * computed values, step conditions). When a pass of the pipeline changes only other keys, no
 * rule can decide differently, so no further pass is needed.
 */
export function collectRuleInputs(
  steps: readonly Step[],
  tree: readonly FieldNode[][],
): Set<string> {
  const inputs = new Set<string>();
  const read = (rule: unknown, rootKey: string | undefined): void => {
    if (rule === undefined) return;
    for (const { path } of readRule(rule).vars) {
      const first = path.split('.')[0]!;
      // `$item` and `$index` read the enclosing repeater, which sits under `rootKey`.
      inputs.add(first.startsWith('$i') && rootKey !== undefined ? rootKey : first);
    }
  };
  const visit = (nodes: readonly FieldNode[], rootKey: string | undefined): void => {
    for (const node of nodes) {
      const e = node.element as unknown as Record<string, unknown>;
      const root = rootKey ?? node.key;
      for (const name of ['visibleWhen', 'enabledWhen', 'requiredWhen', 'rule'])
        read(e[name], root);
      visit(node.children, root);
    }
  };
  steps.forEach((step, s) => {
    read(step.visibleWhen, undefined);
    visit(tree[s] ?? [], undefined);
  });
  return inputs;
}
