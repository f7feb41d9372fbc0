import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import type { FileFieldDefinition, HosoFileField } from './file-field.js';
import './file-field.js';

// A value without bytes on this device (a reference given by a portal) fills the slot but puts
// nothing in FormData; files picked by the citizen do (tested below).
runFormControlTests({
  tag: 'hoso-file-field',
  element: { type: 'file', key: 'answer', label: { vi: 'Căn cước', en: 'ID card' } },
  value: [{ name: 'cccd.pdf', type: 'application/pdf', size: 1200 }],
  formData: [],
  empty: [],
});

const SLOT: FileFieldDefinition = {
  type: 'file',
  key: 'idCard',
  label: { vi: 'Căn cước', en: 'ID card' },
  accept: ['application/pdf', 'image/jpeg'],
  maxSizeBytes: 1024 * 1024,
  maxFiles: 2,
};

function file(name: string, type: string, size = 1000): File {
  return new File([new Uint8Array(size)], name, { type });
}

/** Picks files the way the browser's file chooser does: sets `files` and fires `change`. */
async function pick(el: HosoFileField, ...files: File[]): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const f of files) transfer.items.add(f);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function slot(element = SLOT, lang = 'vi'): Promise<HosoFileField> {
  return fixture<HosoFileField>(
    html`<hoso-file-field
      name="$documents.idCard"
      lang=${lang}
      .element=${element}
    ></hoso-file-field>`,
  );
}

describe('<hoso-file-field>', () => {
  it('states the accepted types, size and count and is accessible', async () => {
    const el = await slot();
    const limits = el.shadowRoot!.querySelector('.limits')!.textContent!;
    expect(limits).to.contain('PDF, JPEG');
    expect(limits).to.contain('1 MB');
    expect(limits).to.contain('tối đa 2 tệp');
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.accept).to.equal('application/pdf,image/jpeg');
    expect(input.multiple).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('attaches picked files, announces them and puts them in FormData', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><hoso-file-field name="doc" .element=${SLOT}></hoso-file-field></form>`,
    );
    const el = form.querySelector<HosoFileField>('hoso-file-field')!;
    await el.updateComplete;
    const changed = oneEvent(el, 'input');
    await pick(el, file('cccd.pdf', 'application/pdf', 2048));
    await changed;
    expect(el.value).to.deep.equal([{ name: 'cccd.pdf', type: 'application/pdf', size: 2048 }]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Đã đính kèm cccd.pdf.',
    );
    const sent = new FormData(form).getAll('doc') as File[];
    expect(sent.map((f) => f.name)).to.deep.equal(['cccd.pdf']);
    expect(el.shadowRoot!.querySelector('.files')!.textContent).to.contain('PDF, 2 KB');
    await expect(el).to.be.accessible();
  });

  it('refuses a file of another type or too large, with the reason in Vietnamese', async () => {
    const el = await slot();
    await pick(
      el,
      file('anh.png', 'image/png'),
      file('to.pdf', 'application/pdf', 2 * 1024 * 1024),
    );
    expect(el.value).to.deep.equal([]);
    const error = el.shadowRoot!.querySelector('.error')!.textContent!;
    expect(error).to.contain('Tệp anh.png không đúng loại. Chỉ nhận tệp PDF, JPEG.');
    expect(error).to.contain('Tệp to.pdf quá lớn. Mỗi tệp tối đa 1 MB.');
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('explains refusals in English too', async () => {
    const el = await slot(SLOT, 'en');
    await pick(el, file('photo.png', 'image/png'));
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain(
      'The file photo.png is not of an accepted type. It must be PDF, JPEG.',
    );
  });

  it('keeps at most maxFiles files and says why', async () => {
    const el = await slot();
    await pick(
      el,
      file('a.pdf', 'application/pdf'),
      file('b.pdf', 'application/pdf'),
      file('c.pdf', 'application/pdf'),
    );
    expect(el.value.map((r) => r.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain(
      'Chỉ được đính kèm tối đa 2 tệp.',
    );
  });

  it('removes a file and moves focus back to the picker', async () => {
    const el = await slot();
    await pick(el, file('a.pdf', 'application/pdf'), file('b.pdf', 'application/pdf'));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.remove')[0]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.value.map((r) => r.name)).to.deep.equal(['b.pdf']);
    expect(el.files.map((f) => f.name)).to.deep.equal(['b.pdf']);
    expect(el.shadowRoot!.activeElement?.matches('input[type="file"]')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Đã xoá a.pdf.',
    );
  });

  it('replaces one file, and a single-file slot replaces its file', async () => {
    const el = await slot();
    await pick(el, file('a.pdf', 'application/pdf'), file('b.pdf', 'application/pdf'));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.replace')[1]!.click();
    await pick(el, file('c.jpg', 'image/jpeg'));
    expect(el.value.map((r) => r.name)).to.deep.equal(['a.pdf', 'c.jpg']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Đã thay b.pdf bằng c.jpg.',
    );

    const single = await slot({ ...SLOT, maxFiles: 1 });
    expect(single.shadowRoot!.querySelector('input')!.multiple).to.equal(false);
    await pick(single, file('a.pdf', 'application/pdf'));
    await pick(single, file('b.pdf', 'application/pdf'));
    expect(single.value.map((r) => r.name)).to.deep.equal(['b.pdf']);
  });
});
