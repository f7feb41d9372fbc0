import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import { formContext, type FormContextValue } from '../../internal/context.js';
import type { HosoSubmitEvent } from '../../events/hoso-submit.js';
import {
  answerPerson,
  button,
  clickContinue,
  documentSlot,
  fakeServer,
  field,
  fixtureProcedure,
  heading,
  household,
  json,
  pdf,
  pickFiles,
  settle,
  wizard,
} from './test/wizard.js';

/** A portal's own element inside the wizard, reading the form state from the context. */
class ContextProbe extends LitElement {
  @consume({ context: formContext, subscribe: true })
  context: FormContextValue | undefined;
}
customElements.define('test-context-probe', ContextProbe);

async function toDocuments(status: 'single' | 'divorced' = 'single') {
  const el = await wizard({ values: { copyCount: 1 } });
  answerPerson(el, status);
  await clickContinue(el);
  if (status === 'divorced') await clickContinue(el); // the children step
  await clickContinue(el);
  expect(heading(el)).to.contain('Giấy tờ kèm theo');
  return el;
}

describe('<hoso-procedure> documents, fees and delivery', () => {
  beforeEach(() => localStorage.clear());

  it('has a documents page with one slot per document, required as the rules say', async () => {
    const el = await toDocuments();
    expect(el.shadowRoot!.querySelector('.progress')!.textContent).to.contain('Bước 3/4');
    const idCard = documentSlot(el, 'idCard') as HTMLElement & { required: boolean };
    const divorce = documentSlot(el, 'divorce') as HTMLElement & { required: boolean };
    expect(idCard.required).to.equal(true);
    expect(divorce.required).to.equal(false);
    expect(idCard.shadowRoot!.textContent).to.contain('Bản sao');
    await expect(el).to.be.accessible();

    const divorced = await toDocuments('divorced');
    const decision = documentSlot(divorced, 'divorce') as HTMLElement & { required: boolean };
    expect(decision.required).to.equal(true);
  });

  it('will not go on without the required documents; the summary link focuses the slot', async () => {
    const el = await toDocuments();
    await clickContinue(el);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(summary, 'error summary').to.not.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    const slot = documentSlot(el, 'idCard');
    expect(slot.shadowRoot!.querySelector('.error')!.textContent).to.contain('Lỗi:');
    await expect(el).to.be.accessible();
    summary.querySelector('a')!.click();
    await settle(el);
    const documents = el.shadowRoot!.querySelector('hoso-documents')!;
    expect(documents.shadowRoot!.activeElement).to.equal(slot);
  });

  it('keeps the attached File objects and their references in $documents', async () => {
    const el = await toDocuments();
    await pickFiles(documentSlot(el, 'idCard'), pdf('cccd.pdf', 1500));
    await settle(el);
    expect(el.formStore!.getState().values['$documents']).to.deep.equal({
      idCard: [{ name: 'cccd.pdf', type: 'application/pdf', size: 1500 }],
    });
    const [[path, files]] = el.attachedFiles as [[string, File[]]];
    expect(path).to.equal('$documents.idCard');
    expect(files[0]).to.be.instanceOf(File);
    await clickContinue(el);
    expect(heading(el)).to.contain('Nhận kết quả');
  });

  it('shows the fees live, grouped in đồng, and announces a new total politely', async () => {
    const el = await wizard({ values: { copyCount: 1 } });
    answerPerson(el);
    await clickContinue(el);
    const summary = el.shadowRoot!.querySelector('hoso-fee-summary')!;
    const total = () => summary.shadowRoot!.querySelector('.total')!.textContent!.trim();
    expect(total()).to.equal('58.000 đồng');
    el.formStore!.setValue('copyCount', 3);
    await settle(el);
    await summary.updateComplete;
    expect(total()).to.equal('74.000 đồng');
    const live = summary.shadowRoot!.querySelector('[role="status"]')!;
    expect(live.textContent).to.contain('Tổng phí, lệ phí nay là 74.000 đồng.');
    await expect(el).to.be.accessible();
  });

  it('asks how to receive the result, then lists documents, fees and delivery on the review page', async () => {
    const el = await toDocuments();
    await pickFiles(documentSlot(el, 'idCard'), pdf());
    await clickContinue(el);
    await expect(el).to.be.accessible();
    await clickContinue(el);
    // The error is core's, the one the server gives a dossier without a choice.
    const missing = el.formStore!.getState().result.errors.find((e) => e.path === '$delivery')!;
    expect(missing.code).to.equal('required.delivery');
    const summary = el.shadowRoot!.querySelector('.error-summary')!;
    expect(summary.textContent).to.contain(missing.message.vi);
    expect(summary.textContent).to.contain('Vui lòng chọn cách nhận kết quả.');
    const choice = el.shadowRoot!.querySelector<HTMLElement>('hoso-choice-field')!;
    expect(choice.shadowRoot!.textContent).to.contain('Vui lòng chọn cách nhận kết quả.');
    summary.querySelector('a')!.click();
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(choice);
    await expect(el).to.be.accessible();
    el.formStore!.setValue('$delivery', 'post');
    await clickContinue(el);
    expect(heading(el)).to.contain('Kiểm tra thông tin');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('cccd.pdf');
    expect(text).to.contain('Qua dịch vụ bưu chính công ích');
    const fees = el.shadowRoot!.querySelector('hoso-fee-summary')!.shadowRoot!.textContent!;
    expect(fees).to.contain('58.000 đồng');
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>(
      'button.change[data-path="$delivery"]',
    )!.click();
    await settle(el);
    expect(heading(el)).to.contain('Nhận kết quả');
    await clickContinue(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>(
      'button.change[data-path="$documents.idCard"]',
    )!.click();
    await settle(el);
    const documents = el.shadowRoot!.querySelector('hoso-documents')!;
    expect(documents.shadowRoot!.activeElement).to.equal(documentSlot(el, 'idCard'));
  });

  it('speaks English on the new pages', async () => {
    const el = await wizard({ values: { copyCount: 1 }, lang: 'en' });
    answerPerson(el);
    await clickContinue(el);
    await clickContinue(el);
    expect(heading(el)).to.contain('Documents');
    expect(documentSlot(el, 'idCard').shadowRoot!.textContent).to.contain('File types: PDF, JPEG');
    await pickFiles(documentSlot(el, 'idCard'), pdf());
    await clickContinue(el);
    expect(heading(el)).to.contain('Receiving the result');
    const choice = el.shadowRoot!.querySelector('hoso-choice-field')!;
    expect(choice.shadowRoot!.textContent).to.contain('By public postal service');
  });

  it('draws a file element of a step, keeps its files across steps and posts them as its document', async () => {
    const { definition, schemaValidator } = await fixtureProcedure('household-file');
    const server = fakeServer(() =>
      json(201, {
        receipt: { code: 'X-1', procedure: {}, receivedOn: '2026-11-23', dueOn: '2026-11-30' },
      }),
    );
    try {
      const el = await wizard({
        definition,
        schemaValidator,
        values: { copyCount: 1 },
        action: '/fake/dossiers',
      });
      answerPerson(el);
      await settle(el);
      const portrait = field(el, 'portrait');
      expect(portrait.tagName).to.equal('HOSO-FILE-FIELD');
      await pickFiles(portrait, new File([new Uint8Array(20)], 'anh.jpg', { type: 'image/jpeg' }));
      await settle(el);
      expect(el.formStore!.getState().values['portrait']).to.deep.equal([
        { name: 'anh.jpg', type: 'image/jpeg', size: 20 },
      ]);
      await clickContinue(el);
      expect(el.shadowRoot!.querySelector('.error-summary')?.textContent ?? '').to.equal('');
      button(el, 'back').click();
      await settle(el);
      const again = field(el, 'portrait');
      expect(
        again.shadowRoot!.querySelector('button.replace'),
        'still on this device',
      ).to.not.equal(null);
      await clickContinue(el);
      await clickContinue(el);
      await pickFiles(documentSlot(el, 'idCard'), pdf());
      await clickContinue(el);
      el.formStore!.setValue('$delivery', 'post');
      await clickContinue(el);
      expect(el.shadowRoot!.textContent).to.contain('anh.jpg');
      button(el, 'submit').click();
      for (let i = 0; i < 4; i++) await settle(el);
      const body = server.requests[0]!.body!;
      const sent = (body.getAll('$documents.idCard') as File[]).map((f) => f.name);
      expect(sent).to.have.members(['anh.jpg', 'cccd.pdf']);
    } finally {
      server.restore();
    }
  });

  it('does not post the files of a file element that is now hidden', async () => {
    const { definition, schemaValidator } = await fixtureProcedure('household-file');
    const server = fakeServer(() =>
      json(201, {
        receipt: { code: 'X-2', procedure: {}, receivedOn: '2026-11-23', dueOn: '2026-11-30' },
      }),
    );
    try {
      const el = await wizard({
        definition,
        schemaValidator,
        values: { copyCount: 1 },
        action: '/fake/dossiers',
      });
      answerPerson(el);
      await settle(el);
      await pickFiles(
        field(el, 'portrait'),
        new File([new Uint8Array(20)], 'anh.jpg', { type: 'image/jpeg' }),
      );
      // The portrait is asked of citizens who are not divorced.
      el.formStore!.setValue('maritalStatus', 'divorced');
      el.formStore!.setValue('divorceDate', '2020-01-01');
      await settle(el);
      expect(field(el, 'portrait')).to.equal(null);
      for (let step = 0; step < 3; step++) await clickContinue(el);
      await pickFiles(documentSlot(el, 'idCard'), pdf());
      await pickFiles(documentSlot(el, 'divorce'), pdf('quyet-dinh.pdf'));
      await clickContinue(el);
      el.formStore!.setValue('$delivery', 'counter');
      await clickContinue(el);
      expect(heading(el)).to.contain('Kiểm tra thông tin');
      button(el, 'submit').click();
      for (let i = 0; i < 4; i++) await settle(el);
      const body = server.requests[0]!.body!;
      const idCard = (body.getAll('$documents.idCard') as File[]).map((f) => f.name);
      expect(idCard).to.deep.equal(['cccd.pdf']);
      expect((body.getAll('$documents.divorce') as File[]).map((f) => f.name)).to.deep.equal([
        'quyet-dinh.pdf',
      ]);
      expect(JSON.parse(body.get('data') as string)).to.not.have.property('portrait');
    } finally {
      server.restore();
    }
  });

  it('provides the form state to elements inside it (formContext)', async () => {
    const { definition, schemaValidator } = await household();
    const el = await fixture(
      html`<hoso-procedure
        no-drafts
        today="2026-11-22"
        .definition=${definition}
        .schemaValidator=${schemaValidator}
        ><test-context-probe></test-context-probe
      ></hoso-procedure>`,
    );
    const probe = el.querySelector<ContextProbe>('test-context-probe')!;
    await probe.updateComplete;
    expect(probe.context?.compiled.definition.id).to.equal('test-household');
    probe.context!.store.setValue('copyCount', 2);
    await probe.updateComplete;
    expect(probe.context!.snapshot.result.fees.total).to.equal(66000);
    expect(probe.context!.lang).to.equal('vi');
  });

  it('goes through household.json by keyboard alone, uploading a document', async () => {
    const el = await wizard({ values: { copyCount: 1 } });
    answerPerson(el);
    await settle(el);
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    field(el, 'email').focus();
    await sendKeys({ type: 'an@gmail.com' });
    await sendKeys({ press: 'Tab' });
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.contain('Giấy tờ kèm theo');
    // Tab reaches the slot's file input; the file chooser is the operating system's, so the
    // test hands the input its file the way the chooser does.
    const slot = documentSlot(el, 'idCard');
    slot.focus();
    const input = slot.shadowRoot!.activeElement as HTMLInputElement;
    expect(input.type).to.equal('file');
    await pickFiles(slot, pdf('can-cuoc.pdf'));
    await settle(el);
    expect(slot.shadowRoot!.textContent).to.contain('can-cuoc.pdf');
    // Remove and attach again, by keyboard: Tab to "Remove", Enter.
    slot.shadowRoot!.querySelector<HTMLButtonElement>('button.remove')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(slot.shadowRoot!.activeElement).to.equal(input);
    await pickFiles(slot, pdf('can-cuoc.pdf'));
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    el.shadowRoot!.querySelector<HTMLElement>('[name="$delivery"]')!.focus();
    await sendKeys({ press: 'Space' });
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.contain('Kiểm tra thông tin');
    button(el, 'submit').focus();
    const submitted = new Promise<HosoSubmitEvent>((resolve) =>
      el.addEventListener('hoso-submit', resolve as EventListener, { once: true }),
    );
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(event.detail.data['$documents']).to.deep.equal({
      idCard: [{ name: 'can-cuoc.pdf', type: 'application/pdf', size: 1500 }],
    });
    expect(event.detail.data['$delivery']).to.equal('counter');
  });
});
