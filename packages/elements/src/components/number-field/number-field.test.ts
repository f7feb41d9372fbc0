import { expect, fixture, html } from '@open-wc/testing';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import { parseNumber, type HosoNumberField } from './number-field.js';
import './number-field.js';

for (const type of ['number', 'integer', 'money'])
  runFormControlTests({
    tag: 'hoso-number-field',
    element: { type, key: 'answer', label: { vi: 'Số tiền', en: 'Amount' } },
    value: 1500000,
    formData: ['1500000'],
    empty: undefined,
  });

describe('<hoso-number-field>', () => {
  it('reads Vietnamese grouping and keeps what is not a number', () => {
    expect(parseNumber('1.500.000', 'money')).to.equal(1500000);
    expect(parseNumber('1 500 000 đ', 'money')).to.equal(1500000);
    expect(parseNumber('2,5', 'number')).to.equal(2.5);
    expect(parseNumber('abc', 'integer')).to.equal('abc');
    expect(parseNumber('  ', 'integer')).to.equal(undefined);
  });

  it('groups money in đồng when the citizen leaves the field', async () => {
    const el = await fixture<HosoNumberField>(
      html`<hoso-number-field
        .element=${{ type: 'money', key: 'm', label: { vi: 'Lệ phí' } }}
      ></hoso-number-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '1500000';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(el.value).to.equal(1500000);
    expect(input.value).to.equal('1.500.000');
    expect(el.shadowRoot!.textContent).to.contain('đồng');
  });
});
