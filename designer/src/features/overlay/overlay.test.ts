// A base opened with a province overlay: the resolved definition, the overlay's values marked on
// the canvas and in the properties panel, changes that no longer apply reported.
import { checkDefinition, type ProcedureDefinition } from '@hoso/schema';
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { click, deepText, designer, fill, q, settle } from '../../test/helpers.js';
import { setLocale } from '../i18n/locale.js';
import { newDefinition } from '../modeling/template.js';
import { pickOverlayFiles } from './overlay-files.js';
import { notApplied, openOverlay, provenanceOf } from './overlay-session.js';

function base(): ProcedureDefinition {
  const d = newDefinition();
  d.id = 'dang-ky-thu';
  d.version = '1.2.0';
  d.steps[0]!.elements = [
    { type: 'text', key: 'fullName', label: { vi: 'Họ và tên', en: 'Full name' } },
    { type: 'phone', key: 'phone', label: { vi: 'Số điện thoại', en: 'Phone' } },
  ];
  return d;
}

function overlay(): Record<string, unknown> {
  return {
    formatVersion: 1,
    title: { vi: 'Thành phố Hà Nội', en: 'Hà Nội' },
    base: { id: 'dang-ky-thu', version: '^1.0.0' },
    changes: [
      { op: 'set', target: { element: 'phone' }, value: { required: true } },
      {
        op: 'add',
        after: { element: 'phone' },
        element: { type: 'email', key: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
        note: { vi: 'Cổng gửi thông báo qua thư.', en: 'The portal sends notices by email.' },
      },
      { op: 'remove', target: { element: 'fax' } },
      { op: 'set', target: { procedure: 'code' }, value: '1.000001.H26' },
      { op: 'set', target: { step: 'step1' }, value: { title: { vi: 'Người nộp hồ sơ' } } },
    ],
  };
}

describe('overlay provenance: resolving', () => {
  it('marks what each change wrote and reports the change that no longer applies', () => {
    expect(checkDefinition(base()).problems).to.deep.equal([]);
    const opening = openOverlay(base(), overlay(), 'thu/ha-noi');
    if (!opening.ok) throw new Error('not opened');
    const { session } = opening;
    expect(session.resolved.steps[0]!.elements.map((e) => e.key)).to.deep.equal([
      'fullName',
      'phone',
      'email',
    ]);
    expect(session.changes.map(notApplied)).to.deep.equal([false, false, true, false, false]);
    expect(session.changes[2]!.problems[0]!.code).to.equal('overlay.target-not-found');
    expect(session.changes[1]!.pointers).to.deep.equal(['/steps/0/elements/2']);
    const phone = provenanceOf(session, session.resolved, '/steps/0/elements/1');
    expect(phone).to.deep.equal([
      { pointer: '/steps/0/elements/1/required', change: 0, op: 'set' },
    ]);
    // Once the analyst changes the value, it is no longer the overlay's.
    const edited = structuredClone(session.resolved);
    (edited.steps[0]!.elements[1] as { required?: boolean }).required = false;
    expect(provenanceOf(session, edited, '/steps/0/elements/1')).to.deep.equal([]);
  });

  it('refuses an overlay for another procedure, saying why', () => {
    const other = { ...overlay(), base: { id: 'khac', version: '^1.0.0' } };
    const opening = openOverlay(base(), other, 'x');
    expect(opening.ok).to.equal(false);
    if (!opening.ok) expect(opening.problems[0]!.code).to.equal('overlay.base-id');
  });

  it('tells base and overlay files apart, and asks for both', () => {
    const files = [
      { name: 'ha-noi.overlay.json', text: JSON.stringify(overlay()) },
      { name: 'definition.json', text: JSON.stringify(base()) },
    ];
    const picked = pickOverlayFiles(files);
    expect(picked).to.deep.include({ ok: true, name: 'definition.json + ha-noi.overlay.json' });
    expect(pickOverlayFiles(files.slice(0, 1))).to.deep.equal({ ok: false, reason: 'need-both' });
    expect(pickOverlayFiles([files[1]!, files[1]!])).to.deep.equal({
      ok: false,
      reason: 'need-both',
    });
    expect(pickOverlayFiles([files[0]!, { name: 'b.json', text: '{' }])).to.deep.include({
      ok: false,
      reason: 'invalid-json',
      file: 'b.json',
    });
  });
});

describe('overlay provenance: in the designer', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 1600, height: 1000 }));
  afterEach(() => setLocale('vi'));

  it('opens from the example list, marks the canvas and the properties panel', async () => {
    const el = await designer();
    el.overlayExamples = [{ name: 'thu/ha-noi', base: base(), overlay: overlay() }];
    el.requestUpdate();
    await settle(el);
    await fill(el, 'select[data-action="examples"]', 'overlay:thu/ha-noi');
    expect(el.definition.code).to.equal('1.000001.H26');
    expect(q(el, '.status').textContent).to.contain('thu/ha-noi').and.to.contain('1 thay đổi');

    const badge = (i: number) =>
      el.shadowRoot!.querySelector(`li[data-pointer="/steps/0/elements/${i}"] .badge.overlay`);
    expect(badge(0)).to.equal(null);
    expect(badge(1)!.textContent).to.contain('Từ lớp phủ tỉnh').and.to.contain('sửa');
    expect(badge(2)!.textContent).to.contain('Từ lớp phủ tỉnh').and.to.contain('thêm');

    await click(el, 'li[data-pointer="/steps/0/elements/2"] .el-select');
    const origin = q(el, '.props .overlay-origin');
    expect(origin.textContent).to.contain('Từ lớp phủ tỉnh');
    expect(origin.textContent).to.contain('Cổng gửi thông báo qua thư.');
    await expect(el).to.be.accessible();

    setLocale('en');
    await settle(el);
    expect(badge(2)!.textContent).to.contain('From the province overlay').and.to.contain('added');

    // An edit of the overlay's value takes its mark away; undo brings it back.
    await click(el, 'li[data-pointer="/steps/0/elements/1"] .el-select');
    await click(el, 'input[type="checkbox"][data-pointer="/steps/0/elements/1/required"]');
    expect(badge(1)).to.equal(null);
    await click(el, '[data-action="undo"]');
    expect(badge(1)).not.to.equal(null);
  });

  it('lists every change with what became of it, and opens where it applied', async () => {
    const el = await designer();
    expect(el.shadowRoot!.querySelector('[data-section="overlay"]')).to.equal(null);
    expect(el.openWithOverlay(base(), overlay(), 'thu/ha-noi')).to.equal(true);
    await settle(el);
    // The procedure's own values from the overlay are marked in its details.
    await click(el, '[data-section="metadata"]');
    const details = q(el, '.section-editor .overlay-origin');
    expect(details.textContent).to.contain('Từ lớp phủ tỉnh').and.to.contain('code');
    expect(details.querySelector('.badge.overlay')!.textContent).to.equal('Từ lớp phủ tỉnh');

    await click(el, '[data-section="overlay"]');
    const changes = el.shadowRoot!.querySelectorAll('.overlay-change');
    expect(changes.length).to.equal(5);
    // The step whose title the overlay set carries the badge in the left list.
    expect(q(el, '[data-step="0"] .badge.overlay').textContent).to.contain('sửa');
    const removed = q(el, '.overlay-change[data-change="2"]');
    expect(removed.classList.contains('not-applied')).to.equal(true);
    expect(deepText(removed)).to.contain('Không còn áp dụng được');
    expect(deepText(removed)).to.contain('fax');
    expect(q(el, '.overlay-change[data-change="1"]').classList.contains('applied')).to.equal(true);
    await expect(el).to.be.accessible();

    await click(el, '.overlay-change[data-change="1"] button[data-pointer]');
    expect(el.selection).to.deep.include({ section: 'step', element: '/steps/0/elements/2' });

    // Another procedure opened plainly: no overlay any more.
    await click(el, '[data-action="new"]');
    expect(el.overlay).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[data-section="overlay"]')).to.equal(null);
  });

  it('opens a base and an overlay chosen as files', async () => {
    const el = await designer();
    const input = q<HTMLInputElement>(el, '#open-overlay');
    const choose = async (files: File[]) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(f);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(el);
    };
    const json = (value: unknown, name: string) =>
      new File([JSON.stringify(value)], name, { type: 'application/json' });

    await choose([json(overlay(), 'ha-noi.overlay.json')]);
    expect(q(el, '.status').textContent).to.contain('hai tệp');
    expect(el.overlay).to.equal(undefined);

    await choose([json(overlay(), 'ha-noi.overlay.json'), json(base(), 'definition.json')]);
    expect(el.overlay?.name).to.equal('definition.json + ha-noi.overlay.json');
    expect(el.definition.steps[0]!.elements.map((e) => e.key)).to.deep.equal([
      'fullName',
      'phone',
      'email',
    ]);
  });
});
