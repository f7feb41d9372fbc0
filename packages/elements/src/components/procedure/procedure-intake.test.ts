import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HosoSubmittedEvent } from '../../internal/submit-events.js';
import type { HosoProcedure } from './procedure.js';
import {
  answerPerson,
  clickContinue,
  documentSlot,
  heading,
  pickFiles,
  settle,
} from './test/wizard.js';
import './procedure.js';

// `/real/…` is the real intake server (`hoso serve`), started by the WTR config.
const PROCEDURE = '/real/api/procedures/test-household';

/** A file the server recognises as a PDF from its bytes. */
function realPdf(): File {
  const bytes = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n');
  return new File([bytes], 'căn cước.pdf', { type: 'application/pdf' });
}

describe('<hoso-procedure> with the intake server', () => {
  it('loads the procedure and its validator from src, submits to action and shows the receipt', async function () {
    // The server starts on the first request; its embedded PostgreSQL takes a while on a busy machine.
    this.timeout(180_000);
    const el = await fixture<HosoProcedure>(
      html`<hoso-procedure
        no-drafts
        src=${PROCEDURE}
        action=${`${PROCEDURE}/dossiers`}
      ></hoso-procedure>`,
    );
    const failure = () => el.shadowRoot!.querySelector('[part="load-error"]');
    await waitUntil(() => el.formStore !== undefined || failure(), 'the procedure is loaded', {
      timeout: 170_000,
      interval: 250,
    });
    expect(failure()?.textContent ?? '').to.equal('');
    await settle(el);
    answerPerson(el);
    el.formStore!.setValue('copyCount', 2);
    await clickContinue(el);
    await clickContinue(el);
    expect(heading(el)).to.contain('Giấy tờ kèm theo');
    await pickFiles(documentSlot(el, 'idCard'), realPdf());
    await clickContinue(el);
    el.formStore!.setValue('$delivery', 'post');
    await clickContinue(el);
    expect(heading(el)).to.contain('Kiểm tra thông tin');

    const received = new Promise<HosoSubmittedEvent>((resolve) =>
      el.addEventListener('hoso-submitted', resolve as EventListener, { once: true }),
    );
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')!.click();
    const { receipt, secret } = (await received).detail;
    expect(receipt.code).to.match(/^[0-9A-Z.]+-\d{6}-\d{4}$/);
    expect(secret).to.be.a('string');
    expect(receipt.documents!.map((d) => d.name)).to.deep.equal(['căn cước.pdf']);
    expect(receipt.fees!.total).to.equal(66000);
    await settle(el);
    const shown = el.shadowRoot!.querySelector('hoso-receipt')!;
    await shown.updateComplete;
    expect(shown.shadowRoot!.textContent).to.contain(receipt.code);
    await expect(el).to.be.accessible();
  });
});
