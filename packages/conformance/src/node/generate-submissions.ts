import fc from 'fast-check';
import type { CompiledProcedure, FieldNode } from '@hoso/core';

/**
 * Submissions for property-based parity: each starts from a real sample (or nothing) and gets
 * one to four random edits — a field set to a value of any kind (well-formed for its type,
 * hostile, Vietnamese text in NFC or NFD, dates around the day's edges), or removed. The same
 * seed always gives the same submissions.
 */
export function generateSubmissions(
  procedure: CompiledProcedure,
  bases: readonly unknown[],
  count: number,
  seed: number,
): unknown[] {
  const fields = leafFields(procedure.tree.flat(), []);
  const submission = fc.record({
    base: fc.constantFrom(...(bases.length > 0 ? bases : [{}])),
    edits: fc.array(
      fc.tuple(
        fc.constantFrom(...fields),
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(REMOVE) },
          { weight: 4, arbitrary: anyValue() },
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  });
  return fc.sample(submission, { numRuns: count, seed }).map(({ base, edits }) => {
    let data = structuredClone(base) as Record<string, unknown>;
    for (const [field, value] of edits) data = setPath(data, field.path, value);
    // What crosses the wire is JSON: both runtimes see exactly these bytes.
    return JSON.parse(JSON.stringify(data));
  });
}

const REMOVE = Symbol('remove');

interface Leaf {
  path: (string | number)[];
  node: FieldNode;
}

function leafFields(nodes: readonly FieldNode[], at: (string | number)[]): Leaf[] {
  return nodes.flatMap((node) => {
    const path = [...at, node.key];
    if (node.type === 'group') return [{ path, node }, ...leafFields(node.children, path)];
    if (node.type === 'repeater')
      return [{ path, node }, ...leafFields(node.children, [...path, 0])];
    return node.holdsValue ? [{ path, node }] : [];
  });
}

const VIETNAMESE = [
  'Nguyễn Thị Ánh',
  'Trần Văn Đức',
  'Hà Nội',
  'Phường Hoàn Kiếm',
  'Đắk Lắk',
  'Ngõ 45 phố Hàng Bông',
];

function anyValue(): fc.Arbitrary<unknown> {
  const text = fc.oneof(
    fc.constantFrom(...VIETNAMESE),
    fc.constantFrom(...VIETNAMESE).map((s) => s.normalize('NFD')),
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '',
      '   ',
      '0912345678',
      '+84912345678',
      '001090000001',
      '0101234567-001',
      'a@example.vn',
      '01',
      '00004',
    ),
  );
  const date = fc.oneof(
    fc.constantFrom(
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-02-29',
      '2024-02-29',
      '1899-12-31',
      '1900-01-01',
    ),
    fc
      .date({ min: new Date('1890-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const number = fc.oneof(
    fc.integer({ min: -10, max: 300 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, 1, 4, 5, 250, 1e21),
  );
  return fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 2, arbitrary: date },
    { weight: 3, arbitrary: number },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.array(fc.oneof(text, number), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant({ province: '01', commune: '00004', street: 'Số 1' }) },
    { weight: 1, arbitrary: fc.constant([{ name: 'a.pdf', type: 'application/pdf', size: 1000 }]) },
    { weight: 1, arbitrary: fc.constant([{ name: 'An', age: 5 }, {}]) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'x'), text, {
        maxKeys: 2,
      }),
    },
  );
}

function setPath(
  data: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  const copy: Record<string, unknown> = Array.isArray(data)
    ? ([...data] as never)
    : { ...(isObject(data) ? data : {}) };
  const key = String(head);
  if (rest.length === 0) {
    if (value === REMOVE) delete copy[key];
    else
      Object.defineProperty(copy, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return copy;
  }
  const inner = copy[key];
  const container =
    typeof rest[0] === 'number'
      ? Array.isArray(inner)
        ? inner
        : [{}]
      : isObject(inner)
        ? inner
        : {};
  copy[key] = setPath(container as Record<string, unknown>, rest, value);
  return copy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
