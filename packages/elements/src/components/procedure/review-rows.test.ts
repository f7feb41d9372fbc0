import { expect } from '@open-wc/testing';
import { compile, createFormStore, type SchemaValidator } from '@hoso/core/precompiled';
import { checkDefinition } from '@hoso/schema';
import { TEST_UNITS } from '../address-field/test-units.js';
import { registerUnits } from '../address-field/units.js';
import { display, reviewRows } from './review-rows.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON fixture edited by the tests
let definition: Record<string, any>;
let schemaValidator: SchemaValidator;

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  const residence = definition.steps[0].elements.find((e: { key: string }) => e.key === 'address')
    .elements[0];
  residence.units = 'vn-2025-07';
  registerUnits('vn-2025-07', TEST_UNITS);
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
});

function rowsOf(values: Record<string, unknown>, step: number, lang: 'vi' | 'en' = 'vi') {
  const store = createFormStore(compile(definition, { schemaValidator, checkDefinition }), {
    values,
    today: '2026-11-22',
  });
  return reviewRows(definition.steps[step].elements, '', store.getState(), lang);
}

describe('review rows', () => {
  it('shows an address as one line with the names of its units', () => {
    const rows = rowsOf(
      { address: { residence: { province: '01', commune: '00004', street: '12 Hàng Bạc' } } },
      0,
    );
    const residence = rows.find((r) => r.path === 'address.residence')!;
    expect(residence.value).to.contain('12 Hàng Bạc');
    expect(residence.value).to.contain(TEST_UNITS.provinces.find((p) => p.code === '01')!.name);
    expect(residence.value).not.to.contain('{');
  });

  it('lists each repeater item field under the item name, never as an object', () => {
    const rows = rowsOf(
      {
        maritalStatus: 'divorced',
        kids: [
          { name: 'Nguyễn Thị Bình', age: 4 },
          { name: 'Nguyễn Văn Cường', age: 2 },
        ],
      },
      1,
      'en',
    );
    expect(rows.map((r) => [r.path, r.value])).to.deep.equal([
      ['kids.0.name', 'Nguyễn Thị Bình'],
      ['kids.0.age', '4'],
      ['kids.1.name', 'Nguyễn Văn Cường'],
      ['kids.1.age', '2'],
    ]);
    expect(rows[2]!.label).to.equal("Item 2 — Child's name");
  });

  it('shows a date as dd/mm/yyyy in both languages, and unreadable text as typed', () => {
    for (const lang of ['vi', 'en'] as const) {
      const rows = rowsOf({ birthDate: '1990-12-25' }, 0, lang);
      expect(rows.find((r) => r.path === 'birthDate')!.value).to.equal('25/12/1990');
    }
    const typed = rowsOf({ birthDate: '31-02-2024' }, 0);
    expect(typed.find((r) => r.path === 'birthDate')!.value).to.equal('31-02-2024');
  });

  it('shows computed values as their own field does: grouped, dd/mm/yyyy, in đồng', () => {
    const computed = (valueType: 'text' | 'number' | 'money' | 'boolean') => ({
      type: 'computed' as const,
      key: 'total',
      label: { vi: 'Tổng', en: 'Total' },
      rule: { var: 'x' },
      valueType,
    });
    expect(display(computed('number'), 12345.5, 'vi')).to.equal('12.345,5');
    expect(display(computed('money'), 1250000, 'en')).to.equal('1.250.000 đồng');
    expect(display(computed('text'), '2026-01-09', 'en')).to.equal('09/01/2026');
    expect(display(computed('text'), '2026-02-31', 'vi'), 'not a real date').to.equal('2026-02-31');
    expect(display(computed('number'), undefined, 'vi')).to.equal('Chưa tính được');
  });

  it('says a repeater with no items is not answered', () => {
    const rows = rowsOf({ maritalStatus: 'divorced' }, 1);
    expect(rows).to.deep.equal([{ path: 'kids', label: 'Các con', value: 'Chưa trả lời' }]);
  });
});
