/**
 * Every data path a rule reads, found without evaluating it, so a definition checker can report
 * rules that name unknown fields. Paths are dotted (`applicant.birthDate`). Inside an iterator
 * over a literal path, item paths are reported under `<array>.*` (`children.*.name`). Paths
 * computed at run time, and reads of loop frames, `reduce` accumulators or `try` errors, are not
 * reported.
 */
export function collectVars(rule: unknown): string[] {
  const found = new Set<string>();
  walk(rule, [ROOT], found, 0);
  return [...found];
}

/** What the current data is, statically: a path prefix, a reduce step, or unknowable (null). */
type Scope = { prefix: string } | { reduceItem: string | null } | null;

const ROOT: Scope = { prefix: '' };
// Rules nest far less than this; the cap also stops cyclic objects built in code.
const MAX_WALK_DEPTH = 256;
const ITERATORS = new Set(['map', 'filter', 'all', 'some', 'none', 'reduce']);

function walk(node: unknown, scopes: Scope[], found: Set<string>, depth: number): void {
  if (node === null || typeof node !== 'object' || depth > MAX_WALK_DEPTH) return;
  if (Array.isArray(node)) {
    for (const item of node) walk(item, scopes, found, depth + 1);
    return;
  }
  const keys = Object.keys(node);
  const args = (node as Record<string, unknown>)[keys[0] ?? ''];
  if (keys.length !== 1) {
    for (const key of keys) walk((node as Record<string, unknown>)[key], scopes, found, depth + 1);
    return;
  }
  const operator = keys[0] as string;
  if (operator === 'preserve') return;
  if (operator === 'var') return readVar(args, scopes, found, depth);
  if (operator === 'val' || operator === 'exists') return readVal(args, scopes, found, depth);
  if (operator === 'missing') return readMissing(args, scopes, found, depth);
  if (operator === 'missing_some') {
    if (Array.isArray(args)) readMissing(args[1], scopes, found, depth);
    return walk(Array.isArray(args) ? args[0] : args, scopes, found, depth + 1);
  }
  if (ITERATORS.has(operator) && Array.isArray(args)) {
    return readIterator(operator, args, scopes, found, depth);
  }
  if (operator === 'try' && Array.isArray(args)) {
    walk(args[0], scopes, found, depth + 1);
    // Fallbacks read the error value, not the data.
    const inner = [...scopes, null, null];
    for (let i = 1; i < args.length; i++) walk(args[i], inner, found, depth + 1);
    return;
  }
  walk(args, scopes, found, depth + 1);
}

function readVar(args: unknown, scopes: Scope[], found: Set<string>, depth: number): void {
  const path = Array.isArray(args) ? args[0] : args;
  if (typeof path === 'string' || typeof path === 'number') {
    record(scopes[scopes.length - 1] ?? null, String(path), found);
  } else if (path !== null && path !== undefined) {
    walk(path, scopes, found, depth + 1);
  }
  if (Array.isArray(args)) walk(args.slice(1), scopes, found, depth + 1);
}

function readVal(args: unknown, scopes: Scope[], found: Set<string>, depth: number): void {
  const path = Array.isArray(args) ? args : [args];
  const head = path[0];
  let scope = scopes[scopes.length - 1] ?? null;
  let first = 0;
  if (Array.isArray(head) && typeof head[0] === 'number') {
    scope = scopes[Math.max(0, scopes.length - 1 - Math.abs(Math.trunc(head[0])))] ?? null;
    first = 1;
  }
  const keys: string[] = [];
  for (let i = first; i < path.length; i++) {
    const key = path[i];
    if (typeof key !== 'string' && typeof key !== 'number') {
      walk(path, scopes, found, depth + 1); // computed key: report what the key itself reads
      return;
    }
    keys.push(String(key));
  }
  record(scope, keys.join('.'), found);
}

function readMissing(args: unknown, scopes: Scope[], found: Set<string>, depth: number): void {
  const list = Array.isArray(args) && Array.isArray(args[0]) ? args[0] : args;
  const names = Array.isArray(list) ? list : [list];
  for (const name of names) {
    if (typeof name === 'string' || typeof name === 'number') {
      record(scopes[scopes.length - 1] ?? null, String(name), found);
    } else {
      walk(name, scopes, found, depth + 1);
    }
  }
}

function readIterator(
  operator: string,
  args: readonly unknown[],
  scopes: Scope[],
  found: Set<string>,
  depth: number,
): void {
  walk(args[0], scopes, found, depth + 1);
  const arrayPath = literalPathOf(args[0], scopes[scopes.length - 1] ?? null);
  const itemPrefix = arrayPath === null ? null : joinPath(arrayPath, '*');
  const item: Scope =
    operator === 'reduce'
      ? { reduceItem: itemPrefix }
      : itemPrefix === null
        ? null
        : { prefix: itemPrefix };
  walk(args[1], [...scopes, null, item], found, depth + 1);
  for (let i = 2; i < args.length; i++) walk(args[i], scopes, found, depth + 1);
}

/** The absolute path of `{"var": "a.b"}` / `{"val": ["a", "b"]}`, or null when not literal. */
function literalPathOf(node: unknown, scope: Scope): string | null {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || scope === null) {
    return null;
  }
  if (!('prefix' in scope)) return null;
  const keys = Object.keys(node);
  if (keys.length !== 1) return null;
  const args = (node as Record<string, unknown>)[keys[0] as string];
  if (keys[0] === 'var') {
    const path = Array.isArray(args) ? args[0] : args;
    return typeof path === 'string' || typeof path === 'number'
      ? joinPath(scope.prefix, String(path))
      : null;
  }
  if (keys[0] === 'val') {
    const path = Array.isArray(args) ? args : [args];
    if (!path.every((key) => typeof key === 'string' || typeof key === 'number')) return null;
    return joinPath(scope.prefix, path.join('.'));
  }
  return null;
}

function record(scope: Scope, path: string, found: Set<string>): void {
  if (scope === null) return;
  if ('prefix' in scope) {
    const full = joinPath(scope.prefix, path);
    if (full !== '') found.add(full);
    return;
  }
  // Inside reduce only `current…` is data; `accumulator` is the rule's own value.
  if (scope.reduceItem === null) return;
  if (path === 'current') found.add(scope.reduceItem);
  else if (path.startsWith('current.')) found.add(joinPath(scope.reduceItem, path.slice(8)));
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  return path === '' ? prefix : `${prefix}.${path}`;
}
