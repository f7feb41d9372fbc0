import type { CompiledProcedure, FieldNode, ValidateOptions } from '@hoso/core/precompiled';
import type { Draft } from './drafts.js';
import { getAt } from './paths.js';

/** An answer of a migrated draft the citizen must look at again. */
export interface DraftAttention {
  path: string;
  /** `removed`: the question is gone; `invalid`: the answer no longer passes; `newly-required`. */
  code: 'removed' | 'invalid' | 'newly-required';
  /** The new version's error, for `invalid` and `newly-required`. */
  message?: { vi: string; en: string };
  /** The label of the question in the new version, when it still has one. */
  label?: { vi: string; en?: string };
}

/**
 * Carries a draft saved against another version over to this one, the way core's
 * `migrateDraft` does it on the server: answers to questions the new version no longer has are
 * dropped, and the new version's pipeline decides which kept answers need attention — only
 * errors the draft did not already have when it was saved are flagged. It runs on the compiled
 * (precompiled) procedure alone, so the browser needs neither the old definition nor ajv.
 */
export function migrateDraft(
  compiled: CompiledProcedure,
  draft: Draft,
  options: ValidateOptions = {},
): { values: Record<string, unknown>; attention: DraftAttention[] } {
  const attention: DraftAttention[] = [];
  const prune = (
    nodes: readonly FieldNode[],
    data: Record<string, unknown>,
    base: string,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      const path = base ? `${base}.${key}` : key;
      const node = nodes.find((n) => n.key === key && n.holdsValue);
      if (!node) {
        if (!base && key === '$delivery' && compiled.definition.delivery?.includes(value as never))
          out[key] = value;
        else attention.push({ path, code: 'removed' });
      } else if (node.type === 'group' && isObject(value)) {
        out[key] = prune(node.children, value, path);
      } else if (node.type === 'repeater' && Array.isArray(value)) {
        out[key] = value.map((item, i) =>
          isObject(item) ? prune(node.children, item, `${path}.${i}`) : item,
        );
      } else {
        out[key] = value;
      }
    }
    return out;
  };
  const values = prune(compiled.tree.flat(), draft.values, '');
  const known = new Set(draft.errors);
  const labels = labelsOf(compiled);
  for (const error of compiled.validate(values, options).errors) {
    if (known.has(`${error.path}|${error.code}`) || error.path.startsWith('$documents')) continue;
    const answered = getAt(values, error.path) !== undefined;
    const label = labels.get(error.path);
    attention.push({
      path: error.path,
      code: !answered && error.code.startsWith('required') ? 'newly-required' : 'invalid',
      message: error.message,
      ...(label ? { label } : {}),
    });
  }
  return { values, attention };
}

/** `path|code` of each error: what a draft remembers of its own errors. */
export function errorKeys(errors: readonly { path: string; code: string }[]): string[] {
  return errors.map((e) => `${e.path}|${e.code}`);
}

function labelsOf(compiled: CompiledProcedure): Map<string, { vi: string; en?: string }> {
  const labels = new Map<string, { vi: string; en?: string }>();
  const visit = (nodes: readonly FieldNode[]): void => {
    for (const node of nodes) {
      const label = (node.element as { label?: { vi: string; en?: string } }).label;
      if (node.fixedId && label) labels.set(node.fixedId, label);
      visit(node.children);
    }
  };
  visit(compiled.tree.flat());
  return labels;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
