// Renaming an element key: one command that rewrites every rule reading it; undo restores all.
import { checkDefinition, type ProcedureDefinition } from '@hoso/schema';
import { expect } from '@open-wc/testing';
import { getAt } from './json-path.js';
import { Modeling } from './modeling.js';
import { planKeyRename, renamePath } from './rename-key.js';
import { newDefinition } from './template.js';

const text = (key: string, extra: Record<string, unknown> = {}) => ({
  type: 'text',
  key,
  label: { vi: key },
  ...extra,
});

/** A definition that reads `applicant.fullName` and `children.*.age` from every kind of rule. */
function definition(): ProcedureDefinition {
  const d = newDefinition() as unknown as Record<string, unknown>;
  d.steps = [
    {
      key: 'first',
      title: { vi: 'Bước 1' },
      elements: [
        {
          type: 'group',
          key: 'applicant',
          label: { vi: 'Người nộp' },
          elements: [
            text('fullName'),
            text('nickname', {
              visibleWhen: { '!!': [{ var: 'applicant.fullName' }] },
              requiredWhen: { missing: ['applicant.fullName'] },
              enabledWhen: { '!=': [{ var: ['applicant.fullName', ''] }, 'x'] },
              checks: [
                {
                  key: 'differs',
                  rule: { '!=': [{ var: 'applicant.nickname' }, { var: 'applicant.fullName' }] },
                  message: { vi: 'Khác tên' },
                },
              ],
            }),
          ],
        },
        {
          type: 'repeater',
          key: 'children',
          label: { vi: 'Con' },
          elements: [
            { type: 'integer', key: 'age', label: { vi: 'Tuổi' } },
            text('school', { visibleWhen: { '>=': [{ var: '$item.age' }, 6] } }),
          ],
        },
        {
          type: 'computed',
          key: 'greeting',
          label: { vi: 'Lời chào' },
          valueType: 'text',
          rule: { cat: ['Chào ', { var: 'applicant.fullName' }] },
        },
      ],
    },
    {
      key: 'second',
      title: { vi: 'Bước 2' },
      visibleWhen: { missing_some: [1, ['applicant.fullName', 'children.0.age']] },
      elements: [
        text('fullName'),
        {
          type: 'radio',
          key: 'channel',
          label: { vi: 'Kênh' },
          options: [
            { value: 'sms', label: { vi: 'SMS' } },
            {
              value: 'call',
              label: { vi: 'Gọi' },
              visibleWhen: { in: ['@', { var: 'applicant.fullName' }] },
            },
          ],
        },
      ],
    },
  ];
  d.documents = [
    {
      key: 'birthCertificate',
      title: { vi: 'Giấy khai sinh' },
      form: 'copy',
      requiredWhen: { '<': [{ var: 'children.0.age' }, 6] },
    },
  ];
  d.fees = [
    {
      key: 'fee',
      title: { vi: 'Lệ phí' },
      kind: 'fee',
      amount: { rule: { if: [{ var: 'applicant.fullName' }, 10000, 0] } },
    },
  ];
  return d as unknown as ProcedureDefinition;
}

const NAME = '/steps/0/elements/0/elements/0';
const AGE = '/steps/0/elements/1/elements/0';

describe('renaming an element key', () => {
  it('starts from a definition without problems', () => {
    expect(checkDefinition(definition()).problems).to.deep.equal([]);
  });

  it('rewrites every rule that reads the element, as one edit, and undo restores all', () => {
    const m = new Modeling(definition());
    const before = JSON.stringify(m.definition);
    const plan = m.renameElementKey(NAME, 'name');
    expect(plan.ok).to.equal(true);
    const d = m.definition;
    const nick = '/steps/0/elements/0/elements/1';
    expect(getAt(d, `${NAME}/key`)).to.equal('name');
    expect(getAt(d, `${nick}/visibleWhen`)).to.deep.equal({ '!!': [{ var: 'applicant.name' }] });
    expect(getAt(d, `${nick}/requiredWhen`)).to.deep.equal({ missing: ['applicant.name'] });
    expect(getAt(d, `${nick}/enabledWhen`)).to.deep.equal({
      '!=': [{ var: ['applicant.name', ''] }, 'x'],
    });
    expect(getAt(d, `${nick}/checks/0/rule`)).to.deep.equal({
      '!=': [{ var: 'applicant.nickname' }, { var: 'applicant.name' }],
    });
    expect(getAt(d, '/steps/0/elements/2/rule')).to.deep.equal({
      cat: ['Chào ', { var: 'applicant.name' }],
    });
    expect(getAt(d, '/steps/1/visibleWhen')).to.deep.equal({
      missing_some: [1, ['applicant.name', 'children.0.age']],
    });
    expect(getAt(d, '/fees/0/amount/rule')).to.deep.equal({
      if: [{ var: 'applicant.name' }, 10000, 0],
    });
    expect(getAt(d, '/steps/1/elements/1/options/1/visibleWhen')).to.deep.equal({
      in: ['@', { var: 'applicant.name' }],
    });
    // The other `fullName`, at the root of the data, is another field: untouched.
    expect(getAt(d, '/steps/1/elements/0/key')).to.equal('fullName');
    expect(checkDefinition(d).problems).to.deep.equal([]);

    expect(m.stack.undoDepth).to.equal(1);
    m.undo();
    expect(JSON.stringify(m.definition)).to.equal(before);
    m.redo();
    expect(getAt(m.definition, '/fees/0/amount/rule')).to.deep.equal({
      if: [{ var: 'applicant.name' }, 10000, 0],
    });
  });

  it('renames inside repeaters: indexed paths, $item paths, documents', () => {
    const m = new Modeling(definition());
    expect(m.renameElementKey(AGE, 'years').ok).to.equal(true);
    const d = m.definition;
    expect(getAt(d, '/steps/0/elements/1/elements/1/visibleWhen')).to.deep.equal({
      '>=': [{ var: '$item.years' }, 6],
    });
    expect(getAt(d, '/documents/0/requiredWhen')).to.deep.equal({
      '<': [{ var: 'children.0.years' }, 6],
    });
    expect(getAt(d, '/steps/1/visibleWhen')).to.deep.equal({
      missing_some: [1, ['applicant.fullName', 'children.0.years']],
    });
    expect(checkDefinition(d).problems).to.deep.equal([]);
  });

  it('renaming a group rewrites the paths of everything inside it', () => {
    const m = new Modeling(definition());
    expect(m.renameElementKey('/steps/0/elements/0', 'person').ok).to.equal(true);
    expect(getAt(m.definition, '/fees/0/amount/rule')).to.deep.equal({
      if: [{ var: 'person.fullName' }, 10000, 0],
    });
    expect(checkDefinition(m.definition).problems).to.deep.equal([]);
  });

  it('refuses a key used in the same data scope, and accepts it in another scope', () => {
    const m = new Modeling(definition());
    const plan = m.renameElementKey(NAME, 'nickname');
    expect(plan).to.deep.include({ ok: false, reason: 'duplicate', scope: 'applicant' });
    expect(m.stack.undoDepth).to.equal(0);
    // `greeting` is at the root, in another scope than applicant.greeting would be.
    expect(m.renameElementKey(NAME, 'greeting').ok).to.equal(true);
    // At the root, steps share one data scope.
    expect(planKeyRename(m.definition, '/steps/1/elements/0', 'children')).to.deep.include({
      ok: false,
      reason: 'duplicate',
      scope: '',
    });
  });

  it('refuses keys that are not valid', () => {
    const m = new Modeling(definition());
    for (const key of ['', '1st', 'họTên', 'full-name', 'a.b', 'x'.repeat(65)]) {
      expect(m.renameElementKey(NAME, key)).to.deep.include({ ok: false, reason: 'invalid' });
    }
    expect(m.stack.undoDepth).to.equal(0);
  });

  it('does nothing when the key is unchanged', () => {
    const m = new Modeling(definition());
    expect(m.renameElementKey(NAME, 'fullName').ok).to.equal(true);
    expect(m.stack.undoDepth).to.equal(0);
  });

  it('maps paths: prefixes, indexes, $item and built-ins', () => {
    const target = ['children', '*', 'age'];
    expect(renamePath('children.2.age', target, 'years')).to.equal('children.2.years');
    expect(renamePath('children.2.ages', target, 'years')).to.equal(undefined);
    expect(renamePath('$item.age', target, 'years', ['children', '*'])).to.equal('$item.years');
    expect(renamePath('$item.age', target, 'years')).to.equal(undefined);
    expect(renamePath('$documents.age', ['$documents'], 'x')).to.equal(undefined);
    expect(renamePath('$item', ['children'], 'kids', ['children', '*'])).to.equal(undefined);
    expect(renamePath('children.length', ['children'], 'kids')).to.equal('kids.length');
  });
});
