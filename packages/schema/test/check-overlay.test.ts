import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkOverlay } from '../src/index.js';

const examples = new URL('../../../../examples/overlays/', import.meta.url);

function overlay(changes: unknown[]): Record<string, unknown> {
  return { formatVersion: 1, base: { id: 'dang-ky-khai-sinh', version: '^1.0.0' }, changes };
}

function problems(json: unknown): string[] {
  return checkOverlay(json).problems.map((p) => `${p.pointer} ${p.code}`);
}

describe('checkOverlay', () => {
  for (const name of [
    'dang-ky-khai-sinh/ha-noi',
    'dang-ky-khai-sinh/hai-phong',
    'cap-ban-sao-trich-luc-ho-tich/ha-noi',
    'cap-ban-sao-trich-luc-ho-tich/hai-phong',
  ]) {
    it(`accepts examples/overlays/${name}.overlay.json`, () => {
      const json: unknown = JSON.parse(
        readFileSync(new URL(`${name}.overlay.json`, examples), 'utf8'),
      );
      assert.deepEqual(checkOverlay(json), { valid: true, problems: [] });
    });
  }

  it('reports the shape: missing members, unknown operations and properties', () => {
    assert.deepEqual(
      problems({
        formatVersion: 1,
        changes: [{ op: 'rename' }, { op: 'remove', target: { element: 'a' }, extra: 1 }],
      }),
      [
        ' overlay.schema.required',
        '/changes/0 overlay.schema.discriminator',
        '/changes/1/extra overlay.schema.additionalProperties',
      ],
    );
    const [unknownOp] = checkOverlay(overlay([{ op: 'rename' }])).problems;
    assert.match(unknownOp!.message.vi, /Không có thao tác "rename"/);
    assert.match(unknownOp!.message.en, /There is no operation "rename"/);
  });

  it('reports targets that name nothing or too much', () => {
    assert.deepEqual(
      problems(
        overlay([
          { op: 'remove', target: { fee: 'a', stage: 'b' } },
          { op: 'remove', target: { option: 'x' } },
          { op: 'set', target: { element: 'a', option: 'x', check: 'y' }, value: {} },
        ]),
      ),
      [
        '/changes/0/target overlay.target',
        '/changes/1/target overlay.target',
        '/changes/2/target overlay.target',
      ],
    );
  });

  it('reports adds without exactly one item, without a key, or in the wrong place', () => {
    assert.deepEqual(
      problems(
        overlay([
          { op: 'add', fee: { key: 'a' }, document: { key: 'b' } },
          { op: 'add', into: { step: 's' }, element: { type: 'text' } },
          { op: 'add', element: { key: 'a', type: 'text' } },
          { op: 'add', after: { fee: 'x' }, element: { key: 'a', type: 'text' } },
          { op: 'add', into: { step: 's' }, fee: { key: 'a' } },
          { op: 'add', before: { element: 'a' }, after: { element: 'b' }, element: { key: 'c' } },
        ]),
      ),
      [
        '/changes/0 overlay.add-item',
        '/changes/1/element overlay.item-key-missing',
        '/changes/2 overlay.position-missing',
        '/changes/3/after overlay.position-kind',
        '/changes/4/into overlay.position-kind',
        '/changes/5 overlay.position-ambiguous',
      ],
    );
  });

  it('reports set values that are not objects, and moving procedure properties', () => {
    assert.deepEqual(
      problems(
        overlay([
          { op: 'set', target: { element: 'a' }, value: 'x' },
          { op: 'set', target: { procedure: 'serviceLevel' }, value: 'partial' },
          { op: 'move', target: { procedure: 'agency' } },
        ]),
      ),
      ['/changes/0/value overlay.value-not-object', '/changes/2/target overlay.move-procedure'],
    );
  });

  it('keeps JSON Patch out of keyed lists and requires pointers', () => {
    assert.deepEqual(
      problems(
        overlay([
          {
            op: 'json-patch',
            patch: [
              { op: 'replace', path: '/fees/0/amount', value: 1 },
              { op: 'move', from: '/steps/1', path: '/description' },
              { op: 'add', path: 'sector', value: { vi: 'x' } },
              { op: 'replace', path: '/flow/start', value: 'receive' },
            ],
          },
        ]),
      ),
      [
        '/changes/0/patch/0/path overlay.json-patch-keyed-list',
        '/changes/0/patch/1/from overlay.json-patch-keyed-list',
        '/changes/0/patch/2/path overlay.json-patch-pointer',
      ],
    );
  });

  it('never crashes on anything', () => {
    for (const value of [null, 1, 'x', [], {}, { changes: [null, 1, []] }, { changes: 'x' }]) {
      const result = checkOverlay(value);
      assert.equal(result.valid, false);
      for (const p of result.problems) assert.ok(p.message.vi && p.message.en);
    }
  });
});
