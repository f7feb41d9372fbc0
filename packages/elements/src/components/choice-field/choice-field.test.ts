import { expect, fixture, html } from '@open-wc/testing';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import type { HosoChoiceField } from './choice-field.js';
import './choice-field.js';

const choice = (type: string) => ({
  type,
  key: 'answer',
  label: { vi: 'Tình trạng', en: 'Status' },
  options: [
    { value: 'a', label: { vi: 'Lựa chọn A', en: 'Option A' } },
    { value: 'b', label: { vi: 'Lựa chọn B', en: 'Option B' } },
  ],
});

runFormControlTests({
  tag: 'hoso-choice-field',
  element: choice('select'),
  value: 'b',
  formData: ['b'],
  empty: undefined,
});
runFormControlTests({
  tag: 'hoso-choice-field',
  element: choice('radio'),
  value: 'a',
  formData: ['a'],
  empty: undefined,
});
runFormControlTests({
  tag: 'hoso-choice-field',
  element: choice('checkboxes'),
  value: ['a', 'b'],
  formData: ['a', 'b'],
  empty: undefined,
});

describe('<hoso-choice-field>', () => {
  it('groups radios in a fieldset whose legend is the label', async () => {
    const el = await fixture<HosoChoiceField>(
      html`<hoso-choice-field .element=${choice('radio')}></hoso-choice-field>`,
    );
    const legend = el.shadowRoot!.querySelector('fieldset > legend')!;
    expect(legend.textContent).to.contain('Tình trạng');
    expect(el.shadowRoot!.querySelectorAll('input[type=radio]').length).to.equal(2);
  });

  it('keeps the definition order of ticked checkboxes', async () => {
    const el = await fixture<HosoChoiceField>(
      html`<hoso-choice-field .element=${choice('checkboxes')}></hoso-choice-field>`,
    );
    const [a, b] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    b!.click();
    a!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['a', 'b']);
  });
});
