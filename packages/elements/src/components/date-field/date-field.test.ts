import { expect, fixture, html } from '@open-wc/testing';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import type { HosoDateField } from './date-field.js';
import './date-field.js';

runFormControlTests({
  tag: 'hoso-date-field',
  element: {
    type: 'date',
    key: 'answer',
    label: { vi: 'Ngày sinh', en: 'Date of birth' },
  },
  value: '1990-05-01',
  formData: ['1990-05-01'],
  empty: '',
});

describe('<hoso-date-field>', () => {
  it('uses the native date input and keeps ISO values', async () => {
    const el = await fixture<HosoDateField>(
      html`<hoso-date-field
        .element=${{ type: 'date', key: 'd', label: { vi: 'Ngày' } }}
        value="2024-02-29"
      ></hoso-date-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.type).to.equal('date');
    expect(input.value).to.equal('2024-02-29');
  });
});
