import type { FieldNode } from '@hoso/core/precompiled';

/**
 * The definition's node for the data at `path` (`kids.0.cert` → the `cert` field of the `kids`
 * repeater). Every item of a repeater has the same fields, so the item's index is skipped;
 * the compiled tree keeps no data path for nodes inside repeaters, only their keys.
 */
export function fieldNodeAt(
  steps: readonly (readonly FieldNode[])[],
  path: string,
): FieldNode | undefined {
  const segments = path.split('.');
  let nodes: readonly FieldNode[] = steps.flat();
  let node: FieldNode | undefined;
  for (let i = 0; i < segments.length; i++) {
    node = nodes.find((candidate) => candidate.key === segments[i]);
    if (!node) return undefined;
    nodes = node.children;
    if (node.type === 'repeater' && i + 1 < segments.length) {
      if (!/^(0|[1-9]\d*)$/.test(segments[i + 1]!)) return undefined;
      i++;
    }
  }
  return node;
}
