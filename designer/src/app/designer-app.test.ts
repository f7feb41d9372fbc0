// End to end: the designer UI builds a small procedure from empty, exports it, and the export
// passes checkDefinition. Plus undo/redo, JSON view sync, bad input, autosave and axe.
import { checkDefinition, type ProcedureDefinition } from '@hoso/schema';
import { expect } from '@open-wc/testing';
import { builder, click, deepText, designer, fill, q, settle } from '../test/helpers.js';
import type { HosoDesigner } from './designer-app.js';

async function addKind(el: HosoDesigner, kind: string): Promise<string> {
  await click(el, `button.kind[data-kind="${kind}"]`);
  return el.selection.element!;
}

describe('<hoso-designer> end to end', function () {
  this.timeout(60000);

  it('builds a procedure from empty, exports it, and the export is valid', async () => {
    const el = await designer();
    await click(el, '[data-action="new"]');

    // Metadata.
    await click(el, '[data-section="metadata"]');
    await fill(el, 'input[data-pointer="/code"]', '2.002001');
    await fill(el, 'input[data-pointer="/title/vi"]', 'Đăng ký thử nghiệm');
    await fill(el, 'input[data-pointer="/title/en"]', 'Trial registration');

    // Step 1: a required name, a choice, and a field shown only for one choice.
    await click(el, '[data-step="0"]');
    let p = await addKind(el, 'text');
    expect(p).to.equal('/steps/0/elements/0');
    await fill(el, `input[data-pointer="${p}/key"]`, 'fullName');
    await fill(el, `input[data-pointer="${p}/label/vi"]`, 'Họ và tên');
    await fill(el, `input[data-pointer="${p}/label/en"]`, 'Full name');
    await click(el, `input[type="checkbox"][data-pointer="${p}/required"]`);

    p = await addKind(el, 'select');
    expect(p).to.equal('/steps/0/elements/1');
    await fill(el, `input[data-pointer="${p}/key"]`, 'applicantType');

    p = await addKind(el, 'text');
    expect(p).to.equal('/steps/0/elements/2');
    await fill(el, `input[data-pointer="${p}/key"]`, 'companyName');
    let cb = builder(el, `${p}/visibleWhen`);
    await click(el, 'button', cb); // Add a condition
    cb = builder(el, `${p}/visibleWhen`);
    await fill(el, 'select[aria-label$=" 1"]', 'applicantType', cb);
    await fill(el, 'select[aria-label^="Giá trị"]', 'b', builder(el, `${p}/visibleWhen`));
    expect(el.definition.steps[0]!.elements[2]!.visibleWhen).to.deep.equal({
      '==': [{ var: 'applicantType' }, 'b'],
    });

    // Step 2, renamed, with a number of floors.
    await click(el, '[data-action="add-step"]');
    expect(el.selection.step).to.equal(1);
    await fill(el, 'input[data-pointer="/steps/1/title/vi"]', 'Thông tin công trình');
    p = await addKind(el, 'integer');
    expect(p).to.equal('/steps/1/elements/0');
    await fill(el, `input[data-pointer="${p}/key"]`, 'floors');

    // A computed fee.
    await click(el, '[data-section="fees"]');
    await click(el, '[data-action="add-fee"]');
    await click(el, 'input[data-mode="formula"]');
    const formula = q(el, 'hoso-formula-editor[data-pointer="/fees/0/amount/rule"]').shadowRoot!;
    await fill(el, 'textarea', '{"*": [{"var": "floors"}, 50000]}', formula);
    expect(el.definition.fees![0]!.amount).to.deep.equal({
      rule: { '*': [{ var: 'floors' }, 50000] },
    });
    await fill(el, 'textarea[id$="-sample"]', '{"floors": 3}', formula);
    expect(q(formula, 'output').textContent).to.contain('150000');

    // A document required for one kind of applicant.
    await click(el, '[data-section="documents"]');
    await click(el, '[data-action="add-document"]');
    await click(el, 'button', builder(el, '/documents/0/requiredWhen'));
    await fill(
      el,
      'select[aria-label$=" 1"]',
      'applicantType',
      builder(el, '/documents/0/requiredWhen'),
    );
    await fill(el, 'select[aria-label^="Giá trị"]', 'b', builder(el, '/documents/0/requiredWhen'));

    // A three-stage flow: receive → review → done.
    await click(el, '[data-section="flow"]');
    await click(el, '[data-action="add-stage"]');
    expect(el.definition.flow.stages).to.have.length(3);
    const review = el.definition.flow.stages[2]!.key;
    await fill(el, 'select[data-pointer="/flow/stages/0/transitions/0/to"]', review);
    await click(el, '[data-item="/flow/stages/2"] [data-action="add-transition"]');
    await fill(el, 'select[data-pointer="/flow/stages/2/transitions/0/action"]', 'approve');
    await fill(el, 'select[data-pointer="/flow/stages/2/transitions/0/to"]', 'done');
    const diagram = q(el, 'hoso-flow-diagram').shadowRoot!;
    expect(diagram.querySelectorAll('g.node')).to.have.length(3);
    expect(diagram.querySelectorAll('path.edge')).to.have.length(2);

    // Export.
    await click(el, '[data-action="export"]');
    const exported = JSON.parse(el.lastExport!) as ProcedureDefinition;
    const check = checkDefinition(exported);
    expect(check.problems).to.deep.equal([]);
    expect(check.valid).to.equal(true);
    expect(exported.steps).to.have.length(2);
    expect(exported.code).to.equal('2.002001');
    expect(exported.documents![0]!.requiredWhen).to.deep.equal({
      '==': [{ var: 'applicantType' }, 'b'],
    });
    expect(exported.flow.stages.map((s) => s.key)).to.deep.equal(['receive', 'done', review]);
    expect(q(el, '.problems').textContent).to.contain('0');

    // The export renders in <hoso-procedure>.
    await import('@hoso/elements');
    const { compile } = await import('@hoso/core/precompiled');
    const procedure = document.createElement('hoso-procedure') as HTMLElement & {
      definition: unknown;
      schemaValidator: unknown;
      updateComplete: Promise<unknown>;
    };
    procedure.schemaValidator = compile(exported, {
      schemaValidator: Object.assign(() => true, { errors: null }),
      checkDefinition,
    }).validateSchema;
    procedure.definition = exported;
    document.body.append(procedure);
    await procedure.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(deepText(procedure)).to.contain('Họ và tên');
    procedure.remove();

    // The preview shows the computed fee for sample data.
    await click(el, '[data-view="preview"]');
    const preview = q(el, 'hoso-preview');
    await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(preview.shadowRoot!.textContent).to.contain('Họ và tên');
    await click(el, '[data-view="types"]');
    expect(q(el, 'pre.code').textContent).to.contain('fullName: string;');
  });

  it('undoes and redoes edits with the toolbar and with Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y', async () => {
    const el = await designer();
    await addKind(el, 'text');
    await addKind(el, 'date');
    expect(el.definition.steps[0]!.elements).to.have.length(2);
    await click(el, '[data-action="undo"]');
    expect(el.definition.steps[0]!.elements).to.have.length(1);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    await settle(el);
    expect(el.definition.steps[0]!.elements).to.have.length(0);
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Z', ctrlKey: true, shiftKey: true, bubbles: true }),
    );
    await settle(el);
    expect(el.definition.steps[0]!.elements).to.have.length(1);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }));
    await settle(el);
    expect(el.definition.steps[0]!.elements).to.have.length(2);
  });

  it('moves elements by keyboard and by drag with the same command', async () => {
    const el = await designer();
    await addKind(el, 'text');
    await addKind(el, 'email');
    await addKind(el, 'phone');
    const types = () => el.definition.steps[0]!.elements.map((e) => e.type);
    const button = q(el, '[data-pointer="/steps/0/elements/2"] .el-select');
    button.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true }),
    );
    await settle(el);
    expect(types()).to.deep.equal(['text', 'phone', 'email']);
    expect(el.selection.element).to.equal('/steps/0/elements/1');

    // Drag the first element to the end of the list.
    const data = new DataTransfer();
    q(el, '[data-pointer="/steps/0/elements/0"]').dispatchEvent(
      new DragEvent('dragstart', { dataTransfer: data, bubbles: true, composed: true }),
    );
    const list = q(el, 'ol.elements');
    const box = list.getBoundingClientRect();
    list.dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: data,
        clientY: box.bottom - 1,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await settle(el);
    expect(types()).to.deep.equal(['phone', 'email', 'text']);
    expect(el.modeling.stack.undoDepth).to.equal(5);

    // A palette entry dropped on the list adds that kind.
    const fromPalette = new DataTransfer();
    q(el, 'button.kind[data-kind="money"]').dispatchEvent(
      new DragEvent('dragstart', { dataTransfer: fromPalette, bubbles: true, composed: true }),
    );
    const top = q(el, 'ol.elements').getBoundingClientRect().top;
    q(el, 'ol.elements').dispatchEvent(
      new DragEvent('drop', {
        dataTransfer: fromPalette,
        clientY: top + 1,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    await settle(el);
    expect(types()).to.deep.equal(['money', 'phone', 'email', 'text']);
  });

  it('keeps the JSON view and the visual editor in sync both ways', async () => {
    const el = await designer();
    const area = () => el.querySelector('hoso-json-editor textarea') as HTMLTextAreaElement;
    await addKind(el, 'text');
    expect(JSON.parse(area().value).steps[0].elements[0].type).to.equal('text');
    const edited = JSON.parse(area().value);
    edited.steps[0].elements[0].label.vi = 'Sửa trong JSON';
    area().value = JSON.stringify(edited, null, 2);
    area().dispatchEvent(new Event('input', { bubbles: true }));
    el.applyJsonText(area().value);
    await settle(el);
    expect(q(el, '[data-pointer="/steps/0/elements/0"] strong').textContent).to.equal(
      'Sửa trong JSON',
    );
    // Text that does not parse is kept, listed as a problem, and not applied.
    el.applyJsonText('{"steps": [');
    await settle(el);
    expect(q(el, '.problems .json').textContent).to.contain('JSON');
    expect(el.definition.steps[0]!.elements[0]!.type).to.equal('text');
  });

  it('opens invalid JSON and definitions with problems without losing work', async () => {
    const el = await designer();
    await addKind(el, 'text');
    el.openText('{ not json', 'broken.json');
    await settle(el);
    expect(el.draftText).to.equal('{ not json');
    expect(el.definition.steps[0]!.elements).to.have.length(1);
    expect((el.querySelector('hoso-json-editor textarea') as HTMLTextAreaElement).value).to.equal(
      '{ not json',
    );

    const bad = structuredClone(el.definition) as unknown as Record<string, unknown>;
    delete bad.code;
    (bad.steps as Record<string, unknown>[])[0]!.elements = [
      { type: 'text', key: 'a', label: { vi: 'A' }, pattern: '(a+)+$' },
      { type: 'text', key: 'b', label: { vi: 'B' }, visibleWhen: { '==': [{ var: 'nope' }, 1] } },
    ];
    el.openText(JSON.stringify(bad), 'bad.json');
    await settle(el);
    expect(el.problems.length).to.be.greaterThan(1);
    const problemButtons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.problems button');
    expect(problemButtons.length).to.equal(el.problems.length);
    const unknown = [...problemButtons].find((b) =>
      b.dataset.pointer?.startsWith('/steps/0/elements/1'),
    );
    unknown!.click();
    await settle(el);
    expect(el.selection.element).to.equal('/steps/0/elements/1');
    // The editor still works on the broken definition; undo restores the earlier one.
    await click(el, '[data-action="undo"]');
    expect(el.definition.code).to.equal('0.000000');
  });

  it('autosaves to IndexedDB and restores after a reload', async () => {
    const storage = `hoso-test-${Date.now()}`;
    const first = await designer(storage);
    await addKind(first, 'citizen-id');
    await first.save();
    first.remove();
    const second = await designer(storage);
    expect(second.definition.steps[0]!.elements[0]!.type).to.equal('citizen-id');
    second.remove();
  });
});

describe('<hoso-designer> accessibility', function () {
  this.timeout(60000);

  it('design view with a selected element', async () => {
    const el = await designer();
    await addKind(el, 'select');
    await expect(el).to.be.accessible();
  });

  it('procedure details, documents, fees and flow', async () => {
    const el = await designer();
    for (const section of ['metadata', 'documents', 'fees', 'flow']) {
      await click(el, `[data-section="${section}"]`);
      if (section === 'documents') await click(el, '[data-action="add-document"]');
      if (section === 'fees') await click(el, '[data-action="add-fee"]');
      await expect(el).to.be.accessible();
    }
  });

  it('previews with the citizen wizard itself, keeping no drafts', async () => {
    const el = await designer();
    await addKind(el, 'text');
    await click(el, '[data-view="preview"]');
    const preview = q(el, 'hoso-preview');
    const toggle = preview.shadowRoot!.querySelector<HTMLInputElement>(
      '[data-action="use-elements"]',
    )!;
    toggle.click();
    await settle(el);
    const wizard = preview.shadowRoot!.querySelector('hoso-procedure') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    expect(wizard, 'the wizard replaces the preview form').to.not.equal(null);
    expect(wizard.hasAttribute('no-drafts')).to.equal(true);
    await wizard.updateComplete;
    expect(wizard.shadowRoot!.querySelector('hoso-form'), 'a step is drawn').to.not.equal(null);
    await expect(el).to.be.accessible();

    // Switching the preview's width keeps the citizen's progress: the wizard is not started over.
    const store = (wizard as unknown as { formStore: unknown }).formStore;
    const phone = preview.shadowRoot!.querySelector<HTMLInputElement>(
      'input[name="width"]:not(:checked)',
    )!;
    phone.click();
    await settle(el);
    await wizard.updateComplete;
    expect((wizard as unknown as { formStore: unknown }).formStore).to.equal(store);
  });

  it('preview, types and problems', async () => {
    const el = await designer();
    await addKind(el, 'radio');
    await click(el, '[data-view="preview"]');
    await expect(el).to.be.accessible();
    await click(el, '[data-view="types"]');
    await expect(el).to.be.accessible();
  });
});
