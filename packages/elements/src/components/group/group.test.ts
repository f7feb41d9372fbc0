import { expect, fixture, html } from '@open-wc/testing';
import type { HosoGroup } from './group.js';
import './group.js';
import '../text-field/text-field.js';

const residence = {
  type: 'group' as const,
  key: 'address',
  label: { vi: 'Địa chỉ', en: 'Address' },
  hint: { vi: 'Nơi bạn đang sống.', en: 'Where you live now.' },
};

describe('<hoso-group>', () => {
  it('puts its fields in a fieldset named by the legend and is accessible', async () => {
    const el = await fixture<HosoGroup>(
      html`<hoso-group .element=${residence}>
        <hoso-text-field
          name="address.street"
          .element=${{ type: 'text', key: 'street', label: { vi: 'Đường' } }}
        ></hoso-text-field>
      </hoso-group>`,
    );
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.equal('Địa chỉ');
    const hint = el.shadowRoot!.querySelector('.hint')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal(hint.id);
    const slot = fieldset.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.localName).to.equal('hoso-text-field');
    await expect(el).to.be.accessible();
  });

  it('is a plain wrapper without a label, and shows a hostile label as text', async () => {
    const plain = await fixture<HosoGroup>(
      html`<hoso-group .element=${{ type: 'group', key: 'g' }}></hoso-group>`,
    );
    expect(plain.shadowRoot!.querySelector('fieldset')).to.equal(null);
    const hostile = await fixture<HosoGroup>(
      html`<hoso-group
        lang="en"
        .element=${{ ...residence, label: { vi: 'x', en: '<img src=x onerror=alert(1)>' } }}
      ></hoso-group>`,
    );
    expect(hostile.shadowRoot!.querySelector('img')).to.equal(null);
    expect(hostile.shadowRoot!.querySelector('legend')!.textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('makes its fields read-only while it is, and editable again after', async () => {
    const el = await fixture<HosoGroup>(
      html`<hoso-group readonly .element=${residence}>
        <hoso-text-field
          name="address.street"
          .value=${'12 Hàng Bạc'}
          .element=${{ type: 'text', key: 'street', label: { vi: 'Đường' } }}
        ></hoso-text-field>
      </hoso-group>`,
    );
    const field = el.querySelector('hoso-text-field')!;
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    expect(input.readOnly).to.equal(true);
    expect(field.willValidate).to.equal(false);
    await expect(el).to.be.accessible();
    el.readonly = false;
    await el.updateComplete;
    await field.updateComplete;
    expect(input.readOnly).to.equal(false);
    expect(field.willValidate).to.equal(true);
  });
});
