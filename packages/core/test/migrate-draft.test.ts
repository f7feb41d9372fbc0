import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DefinitionError, migrateDraft } from '../src/index.js';

const fixture = new URL('../../test/fixtures/diff/identical.json', import.meta.url);
const v1 = (): any => JSON.parse(readFileSync(fixture, 'utf8')).old;
const person = (d: any): any[] => d.steps[0].elements;
const element = (d: any, key: string): any => person(d).find((e: any) => e.key === key);

/** v2 removes phone and a document, retypes code, narrows fullName, drops an option, adds a required field, hides age. */
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
  d.documents = [{ key: 'photoCard', title: { vi: 'Ảnh thẻ' }, form: 'original' }];
  return d;
}

const draft = {
  fullName: 'Nguyễn Văn Bình Minh',
  phone: '0912345678',
  code: 'ABC',
  gender: 'female',
  age: 30,
  address: { street: 'Lê Lợi', unknownInGroup: 1 },
  $documents: { idCard: [{ name: 'cccd.pdf', type: 'application/pdf', size: 100 }] },
  $delivery: 'online',
};

describe('migrateDraft', () => {
  it('keeps answers that fit, drops answers to removed or retyped fields, flags the rest', () => {
    const result = migrateDraft(v1(), v2(), draft);
    assert.deepEqual(result.data, {
      fullName: 'Nguyễn Văn Bình Minh',
      gender: 'female',
      age: 30,
      address: { street: 'Lê Lợi' },
      $documents: {},
      $delivery: 'online',
    });
    const flagged = result.attention.map((a) => `${a.code} ${a.path}`).sort();
    assert.deepEqual(flagged, [
      'hidden age',
      'invalid fullName',
      'invalid gender',
      'newly-required job',
      'removed $documents.idCard',
      'removed address.unknownInGroup',
      'removed phone',
      'retyped code',
    ]);
    for (const item of result.attention) assert.ok(item.message.vi && item.message.en);
    const fullName = result.attention.find((a) => a.path === 'fullName')!;
    assert.equal(fullName.error?.code, 'maxLength');
    assert.match(fullName.message.vi, /không còn hợp lệ ở phiên bản mới/);
    const phone = result.attention.find((a) => a.path === 'phone')!;
    assert.match(phone.message.vi, /không còn câu hỏi “Điện thoại”/);
    const idCard = result.attention.find((a) => a.path === '$documents.idCard')!;
    assert.match(idCard.message.en, /no longer asks for a document you attached/);
  });

  it('flags nothing for a draft that is merely incomplete in both versions', () => {
    const result = migrateDraft(v1(), v1(), { gender: 'male' });
    assert.deepEqual(result.attention, []);
    assert.deepEqual(result.data, { gender: 'male' });
  });

  it('keeps repeater items and drops the answers their removed fields held', () => {
    const withRepeater = (keys: string[]): any => {
      const d = v1();
      d.steps[1].elements.push({
        type: 'repeater',
        key: 'children',
        label: { vi: 'Con' },
        elements: keys.map((key) => ({ type: 'text', key, label: { vi: key } })),
      });
      return d;
    };
    const result = migrateDraft(withRepeater(['name', 'school']), withRepeater(['name']), {
      children: [{ name: 'An', school: 'A' }, { name: 'Bình' }],
    });
    assert.deepEqual(result.data, { children: [{ name: 'An' }, { name: 'Bình' }] });
    assert.deepEqual(
      result.attention.map((a) => `${a.code} ${a.path}`),
      ['removed children.0.school'],
    );
  });

  it('answers bad input clearly, never crashing', () => {
    const notAnObject = migrateDraft(v1(), v2(), 'draft');
    assert.deepEqual(notAnObject.data, {});
    assert.equal(notAnObject.attention[0]!.path, '');
    assert.throws(() => migrateDraft({}, v2(), {}), DefinitionError);
  });
});
