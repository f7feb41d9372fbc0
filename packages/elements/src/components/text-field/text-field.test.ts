import { expect, fixture, html } from '@open-wc/testing';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import type { HosoTextField } from './text-field.js';
import './text-field.js';

for (const type of ['text', 'textarea', 'email', 'phone', 'citizen-id', 'tax-code'])
  runFormControlTests({
    tag: 'hoso-text-field',
    element: {
      type,
      key: 'answer',
      label: { vi: 'Câu trả lời', en: 'Answer' },
    },
    value: '0912345678',
    formData: ['0912345678'],
    empty: '',
  });

describe('<hoso-text-field> keyboards and autofill', () => {
  it('asks for a phone keyboard and tel autofill for phones', async () => {
    const el = await fixture<HosoTextField>(
      html`<hoso-text-field
        .element=${{ type: 'phone', key: 'p', label: { vi: 'SĐT' } }}
      ></hoso-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.type).to.equal('tel');
    expect(input.inputMode).to.equal('tel');
    expect(input.autocomplete).to.equal('tel');
  });

  it('asks for digits for a citizen ID and shows the hint', async () => {
    const el = await fixture<HosoTextField>(
      html`<hoso-text-field
        .element=${{ type: 'citizen-id', key: 'c', label: { vi: 'Số định danh' }, hint: { vi: '12 chữ số' } }}
      ></hoso-text-field>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.inputMode).to.equal('numeric');
    const hint = el.shadowRoot!.querySelector('.hint')!;
    expect(input.getAttribute('aria-describedby')).to.equal(hint.id);
  });
});
