/**
 * The JSON pointer (RFC 6901) of `target` inside `rule`, found by identity. Computed only when
 * an error is reported, so evaluation itself never tracks where it is.
 */
export function pointerTo(rule: unknown, target: unknown, maxDepth: number): string | undefined {
  const segments: string[] = [];
  return search(rule, target, segments, maxDepth)
    ? segments.map(escapeSegment).join('')
    : undefined;
}

function search(node: unknown, target: unknown, segments: string[], budget: number): boolean {
  if (node === target) return true;
  if (node === null || typeof node !== 'object' || budget <= 0) return false;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      segments.push(String(i));
      if (search(node[i], target, segments, budget - 1)) return true;
      segments.pop();
    }
    return false;
  }
  for (const key of Object.keys(node)) {
    segments.push(key);
    if (search((node as Record<string, unknown>)[key], target, segments, budget - 1)) return true;
    segments.pop();
  }
  return false;
}

function escapeSegment(segment: string): string {
  return '/' + segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
