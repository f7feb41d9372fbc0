import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { HosoRepeater, ItemsChangeDetail, RepeaterDefinition } from './repeater.js';
import '../text-field/text-field.js';
import './repeater.js';

const children = (extra: Partial<RepeaterDefinition> = {}): RepeaterDefinition => ({
  type: 'repeater',
  key: 'children',
  label: { vi: 'Các con', en: 'Children' },
  itemLabel: { vi: 'Con thứ', en: 'Child' },
  ...extra,
});

/** A repeater whose owner fills each item's slot with one input, as `<hoso-form>` does. */
async function owned(
  items: unknown[],
  extra: Partial<RepeaterDefinition> = {},
  lang = 'vi',
): Promise<HosoRepeater> {
  const el = await fixture<HosoRepeater>(
    html`<hoso-repeater
      lang=${lang}
      name="children"
      .element=${children(extra)}
      .value=${items}
    ></hoso-repeater>`,
  );
  const fill = (): void => {
    el.replaceChildren(
      ...el.value.map((_, i) => {
        const slot = document.createElement('div');
        slot.slot = `item-${i}`;
        slot.innerHTML = `<label>Họ tên <input name="children.${i}.name"></label>`;
        return slot;
      }),
    );
  };
  fill();
  // The owner redraws after the store took the change.
  el.addEventListener('hoso-items-change', () => setTimeout(fill));
  await el.updateComplete;
  return el;
}

const root = (el: HosoRepeater) => el.shadowRoot!;
const headings = (el: HosoRepeater) =>
  [...root(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());
const buttons = (el: HosoRepeater, cls: string) => [
  ...root(el).querySelectorAll<HTMLButtonElement>(`button.${cls}`),
];
const status = (el: HosoRepeater) => root(el).querySelector('[role=status]')!.textContent!.trim();

describe('<hoso-repeater>', () => {
  it('names each item as a group, with named buttons, and is accessible', async () => {
    const el = await owned([{}, {}]);
    expect(headings(el)).to.deep.equal(['Con thứ 1', 'Con thứ 2']);
    const group = root(el).querySelectorAll('[role=group]')[1]!;
    const heading = root(el).getElementById(group.getAttribute('aria-labelledby')!)!;
    expect(heading.textContent!.trim()).to.equal('Con thứ 2');
    expect(buttons(el, 'remove')[1]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Xoá Con thứ 2',
    );
    await expect(el).to.be.accessible();
  });

  it('names items "Item n" when the definition gives no item label', async () => {
    const el = await owned([{}], { itemLabel: undefined }, 'en');
    expect(headings(el)).to.deep.equal(['Item 1']);
  });

  it('adds an item, announces it and focuses its first field', async () => {
    const el = await owned([{ name: 'An' }]);
    const changed = oneEvent(el, 'hoso-items-change');
    buttons(el, 'add')[0]!.click();
    const { detail } = (await changed) as CustomEvent<ItemsChangeDetail>;
    expect(detail).to.deep.equal({ value: [{ name: 'An' }, {}], action: 'add', index: 1 });
    await aTimeout(50);
    expect(headings(el)).to.deep.equal(['Con thứ 1', 'Con thứ 2']);
    expect(status(el)).to.equal('Đã thêm Con thứ 2.');
    expect(document.activeElement).to.equal(el.querySelector('input[name="children.1.name"]'));
  });

  it('focuses the new item heading when nothing fills its slot', async () => {
    const el = await fixture<HosoRepeater>(
      html`<hoso-repeater .element=${children()} .value=${[]}></hoso-repeater>`,
    );
    expect(root(el).textContent).to.contain('Chưa có mục nào.');
    el.addItem();
    await aTimeout(50);
    expect(root(el).activeElement).to.equal(root(el).querySelector('h3'));
  });

  it('removes an item, announces it and focuses the item now in its place', async () => {
    const el = await owned([{ name: 'An' }, { name: 'Bình' }, { name: 'Chi' }]);
    buttons(el, 'remove')[1]!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(el.value).to.deep.equal([{ name: 'An' }, { name: 'Chi' }]);
    expect(status(el)).to.equal('Đã xoá Con thứ 2. Còn 2 mục.');
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Con thứ 2');
    buttons(el, 'remove')[1]!.click();
    buttons(el, 'remove')[0]!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).activeElement).to.equal(buttons(el, 'add')[0]);
  });

  it('moves an item and keeps focus with it', async () => {
    const el = await owned([{ name: 'An' }, { name: 'Bình' }, { name: 'Chi' }], {}, 'en');
    buttons(el, 'down')[0]!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(el.value).to.deep.equal([{ name: 'Bình' }, { name: 'An' }, { name: 'Chi' }]);
    expect(status(el)).to.equal('Moved to position 2 of 3.');
    const active = root(el).activeElement as HTMLButtonElement;
    expect(active.classList.contains('down')).to.equal(true);
    expect(active.textContent).to.contain('Child 2');
    // At the bottom there is no "move down": focus goes to the item's heading.
    buttons(el, 'down')[1]!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Child 3');
  });

  it('sends focus to the add button, or to item 1 when the list is full', async () => {
    const open = await owned([{}]);
    open.focus();
    expect(root(open).activeElement).to.equal(buttons(open, 'add')[0]);
    const full = await owned([{}], { maxItems: 1 });
    full.focus();
    expect(root(full).activeElement!.textContent!.trim()).to.equal('Con thứ 1');
  });

  it('keeps to minItems and maxItems', async () => {
    const el = await owned([{}, {}], { minItems: 2, maxItems: 2 });
    expect(buttons(el, 'remove')).to.have.length(0);
    expect(buttons(el, 'add')).to.have.length(0);
    expect(root(el).textContent).to.contain('Đã đủ số mục tối đa (2).');
    el.addItem();
    el.removeItem(0);
    expect(el.value).to.have.length(2);
  });

  it('shows its own error, described by the fieldset', async () => {
    const el = await owned([]);
    el.errors = [
      {
        path: 'children',
        pointer: '/children',
        code: 'minItems',
        message: { vi: 'Thêm ít nhất 1 con.', en: 'Add at least 1 child.' },
      },
    ];
    await el.updateComplete;
    const error = root(el).querySelector('.error')!;
    expect(error.textContent).to.contain('Lỗi:');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain(
      error.id,
    );
    await expect(el).to.be.accessible();
  });

  it('renders hostile labels as text', async () => {
    const el = await owned([{}], {
      label: { vi: '<img src=x onerror=alert(1)>' },
      itemLabel: { vi: '<script>alert(1)</script>' },
    });
    expect(root(el).querySelector('img, script')).to.equal(null);
    expect(headings(el)[0]).to.equal('<script>alert(1)</script> 1');
  });
});

describe('<hoso-repeater readonly>', () => {
  it('shows its items without add, remove or move buttons, and changes nothing', async () => {
    const el = await owned([{}, {}], { minItems: 0 });
    el.readonly = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('li.item')).to.have.length(2);
    let changes = 0;
    el.addEventListener('hoso-items-change', () => changes++);
    el.addItem();
    el.removeItem(0);
    el.moveItem(0, 1);
    await el.updateComplete;
    expect(el.value).to.have.length(2);
    expect(changes).to.equal(0);
    await expect(el).to.be.accessible();
    el.readonly = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button.add')).to.not.equal(null);
  });

  it('makes the fields in its items read-only', async () => {
    const el = await fixture<HosoRepeater>(
      html`<hoso-repeater readonly name="children" .element=${children()} .value=${[{}]}>
        <hoso-text-field
          slot="item-0"
          name="children.0.name"
          .value=${'An'}
          .element=${{ type: 'text', key: 'name', label: { vi: 'Tên con' } }}
        ></hoso-text-field>
      </hoso-repeater>`,
    );
    const field = el.querySelector('hoso-text-field')!;
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('input')!.readOnly).to.equal(true);
  });
});
