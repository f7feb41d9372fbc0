import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkDefinition } from '@hoso/schema';
import { resolveOverlay, satisfiesRange, type OverlayResolution } from '../src/index.js';

const examples = new URL('../../../../examples/overlays/', import.meta.url);
const read = (path: string): any => JSON.parse(readFileSync(new URL(path, examples), 'utf8'));
const base = (): any => read('dang-ky-khai-sinh/definition.json');

function overlay(changes: unknown[], extra: Record<string, unknown> = {}): unknown {
  return {
    formatVersion: 1,
    base: { id: 'dang-ky-khai-sinh', version: '^1.0.0' },
    changes,
    ...extra,
  };
}

/** Resolves and insists that it worked. */
function resolved(changes: unknown[], extra?: Record<string, unknown>): any {
  const result = resolveOverlay(base(), overlay(changes, extra));
  assert.deepEqual(result.problems, [], JSON.stringify(result.problems, null, 2));
  return result.definition;
}

function codes(result: OverlayResolution): string[] {
  return result.problems.map((p) => p.code);
}

const applicant = (d: any): any[] => d.steps[0].elements[0].elements;
const keys = (list: any[]): string[] => list.map((x) => x.key ?? x.value ?? x.number);

describe('resolveOverlay: set', () => {
  it('merges into an element found by data path, keeping what it does not name', () => {
    const d = resolved([
      {
        op: 'set',
        target: { element: 'applicant.phone' },
        value: { label: { vi: 'Điện thoại di động' } },
      },
    ]);
    const phone = applicant(d).find((e) => e.key === 'phone');
    assert.deepEqual(phone.label, { vi: 'Điện thoại di động', en: 'Phone number' });
    assert.equal(phone.required, true);
  });

  it('removes a property with null (RFC 7396) and replaces arrays and rules whole', () => {
    const d = resolved([
      { op: 'set', target: { element: 'applicant.phone' }, value: { required: null } },
      { op: 'set', target: { procedure: 'delivery' }, value: ['counter'] },
      {
        op: 'set',
        target: { fee: 'extractCopyFee' },
        value: { amount: { rule: { if: [true, 1000, 0] } } },
      },
    ]);
    assert.equal('required' in applicant(d).find((e) => e.key === 'phone'), false);
    assert.deepEqual(d.delivery, ['counter']);
    assert.deepEqual(d.fees[1].amount, { rule: { if: [true, 1000, 0] } });
  });

  it('sets options, documents, stages, roles, steps, legal documents and procedure properties', () => {
    const d = resolved([
      {
        op: 'set',
        target: { element: 'child.sex', option: 'male' },
        value: { label: { vi: 'Nam giới' } },
      },
      { op: 'set', target: { document: 'birthCertificate' }, value: { maxSizeBytes: 1000000 } },
      { op: 'set', target: { stage: 'review' }, value: { durationDays: 1 } },
      { op: 'set', target: { role: 'chair' }, value: { title: { vi: 'Phó Chủ tịch' } } },
      { op: 'set', target: { step: 'childStep' }, value: { title: { vi: 'Về trẻ' } } },
      { op: 'set', target: { legalBasis: '60/2014/QH13' }, value: { issuedOn: '2014-11-20' } },
      { op: 'set', target: { procedure: 'serviceLevel' }, value: 'partial' },
      { op: 'set', target: { procedure: 'processingTime' }, value: { workingDays: 2 } },
    ]);
    assert.equal(d.steps[1].elements[0].elements[1].options[0].label.vi, 'Nam giới');
    assert.equal(d.documents[0].maxSizeBytes, 1000000);
    assert.equal(d.flow.stages[1].durationDays, 1);
    assert.equal(d.flow.roles[2].title.vi, 'Phó Chủ tịch');
    assert.equal(d.steps[1].title.vi, 'Về trẻ');
    assert.equal(d.legalBasis[0].issuedOn, '2014-11-20');
    assert.equal(d.serviceLevel, 'partial');
    assert.equal(d.processingTime.workingDays, 2);
    assert.ok(d.processingTime.note, 'the note is kept');
  });

  it('refuses to change a key', () => {
    const result = resolveOverlay(
      base(),
      overlay([{ op: 'set', target: { fee: 'registrationFee' }, value: { key: 'other' } }]),
    );
    assert.deepEqual(codes(result), ['overlay.key-change']);
    assert.equal(result.problems[0]!.pointer, '/changes/0/value/key');
  });
});

describe('resolveOverlay: add', () => {
  const email = { type: 'email', key: 'email', label: { vi: 'Thư điện tử', en: 'Email' } };

  it('adds an element after, before or into', () => {
    const after = resolved([{ op: 'add', after: { element: 'applicant.phone' }, element: email }]);
    assert.deepEqual(keys(applicant(after)), [
      'fullName',
      'idNumber',
      'relationship',
      'phone',
      'email',
    ]);
    const before = resolved([
      { op: 'add', before: { element: 'applicant.idNumber' }, element: email },
    ]);
    assert.deepEqual(keys(applicant(before)), [
      'fullName',
      'email',
      'idNumber',
      'relationship',
      'phone',
    ]);
    const intoGroup = resolved([{ op: 'add', into: { element: 'mother' }, element: email }]);
    assert.deepEqual(keys(intoGroup.steps[2].elements[0].elements), [
      'fullName',
      'idNumber',
      'email',
    ]);
    const intoStep = resolved([{ op: 'add', into: { step: 'resultStep' }, element: email }]);
    assert.deepEqual(keys(intoStep.steps[3].elements), ['extractCopies', 'declaration', 'email']);
  });

  it('adds options, checks, fees, documents, stages, roles, steps and legal documents', () => {
    const d = resolved([
      {
        op: 'add',
        after: { element: 'applicant.relationship', option: 'father' },
        option: { value: 'guardian', label: { vi: 'Người giám hộ' } },
      },
      {
        op: 'add',
        into: { element: 'child.fullName' },
        check: {
          key: 'notShouting',
          rule: { '!=': [{ var: 'child.fullName' }, 'A'] },
          message: { vi: 'Sai.' },
        },
      },
      { op: 'add', fee: { key: 'postage', title: { vi: 'Cước' }, kind: 'charge', amount: 20000 } },
      {
        op: 'add',
        before: { document: 'birthCertificate' },
        document: { key: 'idCard', title: { vi: 'Căn cước' }, form: 'copy' },
      },
      { op: 'add', role: { key: 'archivist', title: { vi: 'Lưu trữ' } } },
      {
        op: 'add',
        after: { stage: 'done' },
        stage: { key: 'archived', title: { vi: 'Lưu trữ' }, outcome: 'withdrawn' },
      },
      {
        op: 'set',
        target: { stage: 'supplement' },
        value: {
          transitions: [
            { action: 'supplement', to: 'review' },
            { action: 'reject', to: 'archived' },
          ],
        },
      },
      {
        op: 'add',
        before: { step: 'resultStep' },
        step: { key: 'extraStep', title: { vi: 'Thêm' }, elements: [] },
      },
      { op: 'add', legalBasis: { number: '04/2020/TT-BTP', title: { vi: 'Thông tư' } } },
    ]);
    assert.deepEqual(keys(applicant(d)[2].options), [
      'mother',
      'father',
      'guardian',
      'grandparent',
      'other',
    ]);
    assert.deepEqual(keys(d.steps[1].elements[0].elements[0].checks), ['notShouting']);
    assert.deepEqual(keys(d.fees), ['registrationFee', 'extractCopyFee', 'postage']);
    assert.deepEqual(keys(d.documents), ['idCard', 'birthCertificate', 'parentsMarriage']);
    assert.deepEqual(keys(d.flow.roles), ['clerk', 'registrar', 'chair', 'archivist']);
    assert.equal(d.flow.stages[6].key, 'archived');
    assert.deepEqual(keys(d.steps), [
      'applicantStep',
      'childStep',
      'parentsStep',
      'extraStep',
      'resultStep',
    ]);
    assert.equal(d.legalBasis[2].number, '04/2020/TT-BTP');
  });

  it('never shares objects with the overlay or changes its inputs', () => {
    const b = base();
    const o = overlay([
      { op: 'add', after: { element: 'applicant.phone' }, element: email },
    ]) as any;
    const before = JSON.stringify([b, o]);
    const result = resolveOverlay(b, o);
    assert.equal(JSON.stringify([b, o]), before);
    assert.notEqual(
      (result.definition as any).steps[0].elements[0].elements[4],
      o.changes[0].element,
    );
  });
});

describe('resolveOverlay: remove and move', () => {
  it('removes items by key', () => {
    const d = resolved([
      { op: 'remove', target: { element: 'father.idNumber' } },
      { op: 'remove', target: { element: 'applicant.relationship', option: 'other' } },
      { op: 'remove', target: { fee: 'registrationFee' } },
      { op: 'remove', target: { document: 'birthCertificate' } },
      { op: 'remove', target: { legalBasis: '123/2015/NĐ-CP' } },
      { op: 'remove', target: { procedure: 'description' } },
    ]);
    assert.deepEqual(keys(d.steps[2].elements[1].elements), ['fullName']);
    assert.deepEqual(keys(applicant(d)[2].options), ['mother', 'father', 'grandparent']);
    assert.deepEqual(keys(d.fees), ['extractCopyFee']);
    assert.deepEqual(keys(d.documents), ['parentsMarriage']);
    assert.equal(d.legalBasis.length, 1);
    assert.equal(d.description, undefined);
  });

  it('moves an element next to another, or into a group of another step', () => {
    const d = resolved([
      {
        op: 'move',
        target: { element: 'applicant.phone' },
        before: { element: 'applicant.fullName' },
      },
      { op: 'move', target: { element: 'parentsMarried' }, into: { step: 'resultStep' } },
      { op: 'move', target: { fee: 'registrationFee' } },
    ]);
    assert.deepEqual(keys(applicant(d)), ['phone', 'fullName', 'idNumber', 'relationship']);
    assert.deepEqual(keys(d.steps[3].elements), ['extractCopies', 'declaration', 'parentsMarried']);
    assert.deepEqual(keys(d.fees), ['extractCopyFee', 'registrationFee']);
  });

  it('refuses to move an item into itself', () => {
    const result = resolveOverlay(
      base(),
      overlay([{ op: 'move', target: { element: 'mother' }, into: { element: 'mother' } }]),
    );
    assert.deepEqual(codes(result), ['overlay.move-relative-to-itself']);
  });
});

describe('resolveOverlay: JSON Patch escape hatch', () => {
  it('applies a patch to metadata', () => {
    const d = resolved([
      {
        op: 'json-patch',
        patch: [{ op: 'replace', path: '/processingTime/note/vi', value: 'Trong ngày.' }],
      },
    ]);
    assert.equal(d.processingTime.note.vi, 'Trong ngày.');
  });

  it('reports a failing test operation and applies nothing of that patch', () => {
    const result = resolveOverlay(
      base(),
      overlay([
        {
          op: 'json-patch',
          patch: [
            { op: 'replace', path: '/sector/vi', value: 'Tư pháp' },
            { op: 'test', path: '/serviceLevel', value: 'partial' },
          ],
        },
      ]),
    );
    assert.deepEqual(codes(result), ['overlay.json-patch.test-failed']);
    assert.equal(result.problems[0]!.pointer, '/changes/0/patch/1');
    assert.equal((result.definition as any).sector.vi, 'Hộ tịch');
  });

  it('may not reach into keyed lists', () => {
    const result = resolveOverlay(
      base(),
      overlay([{ op: 'json-patch', patch: [{ op: 'remove', path: '/steps/0/elements/0' }] }]),
    );
    assert.equal(result.definition, undefined);
    assert.deepEqual(codes(result), ['overlay.json-patch-keyed-list']);
  });
});

describe('resolveOverlay: conflicts are reported, never dropped', () => {
  const baseWithoutPhone = (): any => {
    const b = base();
    b.version = '1.1.0';
    b.steps[0].elements[0].elements.splice(3, 1);
    return b;
  };

  it('a change whose key the base removed', () => {
    const result = resolveOverlay(
      baseWithoutPhone(),
      overlay([{ op: 'set', target: { element: 'applicant.phone' }, value: { required: false } }]),
    );
    assert.deepEqual(codes(result), ['overlay.target-not-found']);
    const [problem] = result.problems;
    assert.equal(problem!.pointer, '/changes/0/target');
    assert.equal(problem!.source, 'overlay');
    assert.equal(problem!.change, 0);
    assert.match(
      problem!.message.en,
      /dang-ky-khai-sinh@1\.1\.0 has no element "applicant\.phone"/,
    );
    assert.match(problem!.message.vi, /phần tử "applicant\.phone"/);
  });

  it('an anchor the base removed, and a container that is not one', () => {
    const email = { type: 'email', key: 'email', label: { vi: 'Thư điện tử' } };
    const result = resolveOverlay(
      baseWithoutPhone(),
      overlay([
        { op: 'add', after: { element: 'applicant.phone' }, element: email },
        { op: 'add', into: { element: 'applicant.fullName' }, element: email },
        { op: 'remove', target: { stage: 'gone' } },
      ]),
    );
    assert.deepEqual(codes(result), [
      'overlay.anchor-not-found',
      'overlay.not-a-container',
      'overlay.target-not-found',
    ]);
    assert.deepEqual(
      result.problems.map((p) => p.pointer),
      ['/changes/0/after', '/changes/1/into', '/changes/2/target'],
    );
  });

  it('an added key the base now has itself', () => {
    const result = resolveOverlay(
      base(),
      overlay([
        {
          op: 'add',
          after: { element: 'applicant.fullName' },
          element: { type: 'phone', key: 'phone', label: { vi: 'ĐT' } },
        },
        {
          op: 'add',
          fee: { key: 'registrationFee', title: { vi: 'Lệ phí' }, kind: 'fee', amount: 1 },
        },
      ]),
    );
    assert.deepEqual(codes(result), ['overlay.duplicate-key', 'overlay.duplicate-key']);
    assert.equal(result.problems[0]!.pointer, '/changes/0/element');
  });

  it('a base with another id or a version outside the range', () => {
    const other = resolveOverlay(base(), {
      ...(overlay([]) as object),
      base: { id: 'khac', version: '1.x' },
    });
    assert.deepEqual(codes(other), ['overlay.base-id']);
    assert.equal(other.definition, undefined);
    const newer = resolveOverlay(baseWithoutPhone(), {
      ...(overlay([]) as object),
      base: { id: 'dang-ky-khai-sinh', version: '~1.0.0' },
    });
    assert.deepEqual(codes(newer), ['overlay.base-version']);
    const unreadable = resolveOverlay(base(), {
      ...(overlay([]) as object),
      base: { id: 'dang-ky-khai-sinh', version: 'latest' },
    });
    assert.deepEqual(codes(unreadable), ['overlay.base-version-range']);
  });

  it('a malformed overlay or base, with pointers and both languages', () => {
    const result = resolveOverlay(base(), {
      formatVersion: 1,
      base: { id: 'dang-ky-khai-sinh' },
      changes: [{ op: 'rename' }],
    });
    assert.equal(result.definition, undefined);
    assert.ok(result.problems.every((p) => p.source === 'overlay' && p.message.vi && p.message.en));
    assert.deepEqual(result.problems.map((p) => p.pointer).sort(), ['/base', '/changes/0']);
    const badBase = resolveOverlay({ id: 'dang-ky-khai-sinh' }, overlay([]));
    assert.ok(badBase.problems.length > 0 && badBase.problems.every((p) => p.source === 'base'));
    assert.doesNotThrow(() => resolveOverlay(null, null));
    assert.doesNotThrow(() => resolveOverlay('x', [1, 2]));
  });

  it('a resolved definition that fails checkDefinition, traced to the change', () => {
    const result = resolveOverlay(
      base(),
      overlay([
        { op: 'set', target: { fee: 'registrationFee' }, value: { note: { vi: 'x' } } },
        {
          op: 'add',
          after: { element: 'applicant.phone' },
          element: { type: 'email', key: 'email', label: { en: 'Email' } },
        },
      ]),
    );
    assert.ok(result.problems.length > 0);
    for (const p of result.problems) {
      assert.equal(p.source, 'resolved');
      assert.equal(p.change, 1);
      assert.match(p.pointer, /^\/steps\/0\/elements\/0\/elements\/4/);
    }
  });
});

describe('resolveOverlay: provenance and version', () => {
  it('points at what the overlay wrote, in the final positions', () => {
    const field = (key: string): unknown => ({ type: 'text', key, label: { vi: key } });
    const result = resolveOverlay(
      base(),
      overlay([
        { op: 'add', before: { element: 'applicant.phone' }, element: field('a') },
        { op: 'set', target: { element: 'applicant.phone' }, value: { hint: { vi: 'Di động' } } },
        { op: 'add', before: { element: 'applicant.fullName' }, element: field('b') },
        { op: 'set', target: { procedure: 'agency' }, value: { name: { vi: 'UBND phường' } } },
      ]),
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.provenance, [
      { pointer: '/steps/0/elements/0/elements/4', change: 0, op: 'add' },
      { pointer: '/steps/0/elements/0/elements/5/hint', change: 1, op: 'set' },
      { pointer: '/steps/0/elements/0/elements/0', change: 2, op: 'add' },
      { pointer: '/agency/name/vi', change: 3, op: 'set' },
    ]);
  });

  it("uses the overlay's version, or the base's when it has none", () => {
    assert.equal(resolved([], { version: '3.1.0' }).version, '3.1.0');
    assert.equal(resolved([]).version, '1.0.0');
  });
});

describe('examples/overlays', () => {
  for (const procedure of ['dang-ky-khai-sinh', 'cap-ban-sao-trich-luc-ho-tich']) {
    it(`${procedure}: the base and both province overlays resolve to valid definitions`, () => {
      const national = read(`${procedure}/definition.json`);
      assert.deepEqual(checkDefinition(national).problems, []);
      for (const province of ['ha-noi', 'hai-phong']) {
        const result = resolveOverlay(national, read(`${procedure}/${province}.overlay.json`));
        assert.deepEqual(result.problems, [], `${province}: ${JSON.stringify(result.problems)}`);
        assert.ok(checkDefinition(result.definition).valid);
        assert.ok(result.provenance.length >= 4);
        assert.notDeepEqual(result.definition!.agency.name, national.agency.name);
      }
    });
  }
});

describe('satisfiesRange', () => {
  const cases: [string, string, boolean | undefined][] = [
    ['1.2.3', '^1.0.0', true],
    ['2.0.0', '^1.0.0', false],
    ['0.2.5', '^0.2.1', true],
    ['0.3.0', '^0.2.1', false],
    ['1.2.9', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['1.9.0', '1.x', true],
    ['2.0.0', '1.x', false],
    ['5.0.0', '*', true],
    ['1.5.0', '>=1.0.0 <2.0.0', true],
    ['2.0.0', '>=1.0.0 <2.0.0', false],
    ['3.1.0', '^1.0.0 || ^3.0.0', true],
    ['1.4.0', '1.0.0 - 1.4', true],
    ['1.5.0', '1.0.0 - 1.4', false],
    ['1.0.0', '1.0.0', true],
    ['2.0.0-rc.1', '>=2.0.0', false],
    ['1.0.0', 'latest', undefined],
  ];
  for (const [version, range, expected] of cases) {
    it(`${version} in "${range}" → ${String(expected)}`, () => {
      assert.equal(satisfiesRange(version, range), expected);
    });
  }
});
