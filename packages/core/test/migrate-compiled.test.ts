import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compile, migrateCompiledDraft as fromMainEntry } from '../src/index.js';
import { carryDraftOver, errorKeys, migrateCompiledDraft } from '../src/precompiled.js';

const fixture = new URL('../../test/fixtures/diff/identical.json', import.meta.url);
const v1 = (): any => JSON.parse(readFileSync(fixture, 'utf8')).old;
const person = (d: any): any[] => d.steps[0].elements;
const element = (d: any, key: string): any => person(d).find((e: any) => e.key === key);

/** v2 removes phone, retypes code, narrows fullName, drops an option, adds a required field, hides age. */
function v2(): any {
  const d = v1();
  d.version = '2.0.0';
  d.steps[0].elements = person(d).filter((e: any) => e.key !== 'phone');
  element(d, 'code').type = 'integer';
  delete element(d, 'code').pattern;
  element(d, 'fullName').maxLength = 10;
  element(d, 'gender').options.pop();
  element(d, 'age').visibleWhen = { '==': [{ var: 'gender' }, 'male'] };
  d.steps[1].elements.push({
    type: 'text',
    key: 'job',
    label: { vi: 'Nghề nghiệp', en: 'Occupation' },
    required: true,
  });
  return d;
}

const draft = {
  fullName: 'Nguyễn Văn Bình Minh',
  phone: '0912345678',
  code: 'ABC',
  gender: 'female',
  age: 30,
  address: { street: 'Lê Lợi', unknownInGroup: 1 },
  $delivery: 'online',
};

const flagged = (attention: { code: string; path: string }[]): string[] =>
  attention.map((a) => `${a.code} ${a.path}`).sort();

describe('migrateCompiledDraft', () => {
  it('is the same function in @hoso/core and @hoso/core/precompiled', () => {
    assert.equal(migrateCompiledDraft, fromMainEntry);
  });

  it('needs only the new version: drops removed and retyped answers, flags every error', () => {
    const result = migrateCompiledDraft(compile(v2()), draft);
    assert.deepEqual(result.data, {
      fullName: 'Nguyễn Văn Bình Minh',
      gender: 'female',
      age: 30,
      address: { street: 'Lê Lợi' },
      $delivery: 'online',
    });
    assert.deepEqual(flagged(result.attention), [
      'invalid fullName',
      'invalid gender',
      'newly-required job',
      'removed address.unknownInGroup',
      'removed phone',
      'retyped code',
    ]);
    const byPath = new Map(result.attention.map((a) => [a.path, a]));
    assert.equal(byPath.get('fullName')!.error?.code, 'maxLength');
    assert.deepEqual(byPath.get('fullName')!.label, { vi: 'Họ và tên', en: 'Full name' });
    assert.equal(byPath.get('job')!.label?.en, 'Occupation');
    assert.match(byPath.get('job')!.message.en, /asks for more at “Occupation”: /);
    assert.match(byPath.get('code')!.message.vi, /Câu hỏi “Mã” nay cần một kiểu câu trả lời khác/);
    assert.equal(
      byPath.get('phone')!.label,
      undefined,
      'a removed field is unknown to the new version',
    );
    assert.equal(
      byPath.get('phone')!.message.en,
      'The new version of the procedure no longer asks a question you answered; that answer was removed.',
      'without a label, a neutral sentence rather than the data path',
    );
    for (const item of result.attention) {
      assert.ok(item.message.vi && item.message.en);
      for (const text of [item.message.vi, item.message.en]) {
        assert.ok(!text.includes(item.path), `no data path shown to citizens: ${text}`);
      }
    }
  });

  it('names removed fields by their old label when the old version is given', () => {
    const result = migrateCompiledDraft(compile(v2()), draft, { before: compile(v1()) });
    const phone = result.attention.find((a) => a.path === 'phone')!;
    assert.deepEqual(phone.label, { vi: 'Điện thoại', en: 'Phone' });
    assert.equal(
      phone.message.vi,
      'Phiên bản mới của thủ tục không còn câu hỏi “Điện thoại”; câu trả lời đã được bỏ.',
    );
    assert.match(phone.message.en, /no longer asks “Phone”; its answer was removed/);
  });

  it('does not flag the errors the draft already had', () => {
    const result = migrateCompiledDraft(compile(v2()), draft, {
      knownErrors: errorKeys([
        { path: 'fullName', code: 'maxLength' },
        { path: 'job', code: 'required' },
      ]),
    });
    const codes = flagged(result.attention);
    assert.ok(!codes.includes('invalid fullName'));
    assert.ok(!codes.includes('newly-required job'));
    assert.ok(codes.includes('invalid gender'), 'an error of another code is still new');
  });

  it('flags newly hidden answers only when it knows what was hidden before', () => {
    const after = compile(v2());
    const unknown = migrateCompiledDraft(after, draft);
    assert.ok(!unknown.attention.some((a) => a.code === 'hidden'));

    const newly = migrateCompiledDraft(after, draft, { knownHidden: [] });
    const age = newly.attention.find((a) => a.code === 'hidden')!;
    assert.equal(age.path, 'age');
    assert.match(age.message.en, /The question “Age” is no longer shown/);
    assert.equal(newly.data['age'], 30, 'the answer is kept: another answer may show it again');

    const already = migrateCompiledDraft(after, draft, { knownHidden: ['age'] });
    assert.ok(!already.attention.some((a) => a.code === 'hidden'));
  });

  it('drops a delivery method the new version no longer offers', () => {
    const counterOnly = v2();
    counterOnly.delivery = ['counter'];
    const dropped = migrateCompiledDraft(compile(counterOnly), { $delivery: 'online' });
    assert.deepEqual(dropped.data, {});
    const delivery = dropped.attention.find((a) => a.path === '$delivery')!;
    assert.equal(delivery.code, 'removed');
    assert.match(delivery.message.en, /no longer offers “online, as an electronic result”/);
    assert.match(delivery.message.vi, /không còn cách nhận kết quả “nhận bản điện tử trực tuyến”/);
    for (const text of [delivery.message.vi, delivery.message.en]) assert.ok(!text.includes('$'));

    const unknown = migrateCompiledDraft(compile(counterOnly), { $delivery: 'pigeon' });
    assert.match(
      unknown.attention.find((a) => a.path === '$delivery')!.message.en,
      /no longer offers the way of receiving the result you chose/,
    );

    const kept = migrateCompiledDraft(compile(counterOnly), { $delivery: 'counter' });
    assert.deepEqual(kept.data, { $delivery: 'counter' });
    assert.ok(!kept.attention.some((a) => a.path === '$delivery'));
  });

  it('labels errors inside repeater items', () => {
    const withChildren = v1();
    withChildren.steps[1].elements.push({
      type: 'repeater',
      key: 'children',
      label: { vi: 'Con' },
      elements: [{ type: 'integer', key: 'age', label: { vi: 'Tuổi của con' }, maximum: 18 }],
    });
    const result = migrateCompiledDraft(compile(withChildren), {
      fullName: 'An',
      children: [{ age: 3 }, { age: 40 }],
      $delivery: 'counter',
    });
    assert.deepEqual(flagged(result.attention), ['invalid children.1.age']);
    assert.equal(result.attention[0]!.label?.vi, 'Tuổi của con');
  });

  it('keeps nothing of a draft that is not an object, never crashing', () => {
    for (const bad of ['draft', null, [1, 2], 3]) {
      const result = migrateCompiledDraft(compile(v2()), bad);
      assert.deepEqual(result.data, {});
      assert.deepEqual(flagged(result.attention), ['removed ']);
    }
  });

  it('carryDraftOver finds the same without the sentences, for interfaces with their own words', () => {
    const options = { knownHidden: [], knownErrors: ['fullName|maxLength'] };
    const { data, findings } = carryDraftOver(compile(v2()), draft, options);
    const migrated = migrateCompiledDraft(compile(v2()), draft, options);
    assert.deepEqual(data, migrated.data);
    assert.deepEqual(
      findings,
      migrated.attention.map(({ message: _message, ...finding }) => finding),
    );
    assert.ok(findings.every((f) => !('message' in f)));
  });
});
