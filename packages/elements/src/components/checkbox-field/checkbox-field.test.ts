import { expect, fixture, html } from '@open-wc/testing';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import type { HosoCheckboxField } from './checkbox-field.js';
import './checkbox-field.js';

runFormControlTests({
  tag: 'hoso-checkbox-field',
  element: {
    type: 'checkbox',
    key: 'answer',
    label: { vi: 'Tôi cam đoan', en: 'I declare' },
  },
  value: true,
  formData: ['on'],
  empty: false,
});

describe('<hoso-checkbox-field>', () => {
  it('ticks when its label is clicked', async () => {
    const el = await fixture<HosoCheckboxField>(
      html`<hoso-checkbox-field
        .element=${{ type: 'checkbox', key: 'd', label: { vi: 'Tôi cam đoan' } }}
      ></hoso-checkbox-field>`,
    );
    el.shadowRoot!.querySelector('label')!.click();
    await el.updateComplete;
    expect(el.value).to.equal(true);
  });
});
