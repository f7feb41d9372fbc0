import { expect } from '@open-wc/testing';
import type { HosoSubmitErrorEvent, HosoSubmittedEvent } from '../../internal/submit-events.js';
import type { HosoProcedure } from './procedure.js';
import {
  answerPerson,
  button,
  clickContinue,
  documentSlot,
  fakeServer,
  heading,
  json,
  pdf,
  pickFiles,
  settle,
  wizard,
  type FakeRequest,
} from './test/wizard.js';

const ACTION = '/fake/api/procedures/test-household/dossiers';

const RECEIPT = {
  code: '000.00.20.H26-261123-0001',
  procedure: { id: 'test-household', version: '1.2.0' },
  stage: 'received',
  outcome: null,
  receivedOn: '2026-11-23',
  dueOn: '2026-11-30',
  data: {},
  documents: [{ key: 'idCard', name: 'cccd.pdf', type: 'application/pdf', size: 1500 }],
  fees: { lines: [], total: 58000 },
};

/** A wizard on its review page, with a document attached and delivery chosen. */
async function atReview(action = ACTION): Promise<HosoProcedure> {
  const el = await wizard({ values: { copyCount: 1 }, action });
  answerPerson(el);
  await clickContinue(el);
  await clickContinue(el);
  await pickFiles(documentSlot(el, 'idCard'), pdf('cccd.pdf', 1500));
  await clickContinue(el);
  el.formStore!.setValue('$delivery', 'post');
  await clickContinue(el);
  expect(heading(el)).to.contain('Kiểm tra thông tin');
  return el;
}

async function submit(el: HosoProcedure): Promise<void> {
  button(el, 'submit').click();
  for (let i = 0; i < 5; i++) await settle(el);
}

describe('<hoso-procedure action>', () => {
  let server: { requests: FakeRequest[]; restore: () => void } | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => server?.restore());

  it('posts multipart data and files with an Idempotency-Key, then shows the focused receipt', async () => {
    server = fakeServer(() => json(201, { created: true, receipt: RECEIPT, secret: 's3cr3t-123' }));
    const el = await atReview();
    const received = new Promise<HosoSubmittedEvent>((resolve) =>
      el.addEventListener('hoso-submitted', resolve as EventListener, { once: true }),
    );
    await submit(el);
    const event = await received;
    expect(event.detail.receipt.code).to.equal(RECEIPT.code);

    const [request] = server.requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal(ACTION);
    expect(request!.headers.get('Idempotency-Key')).to.match(/^[\x21-\x7e]{8,200}$/);
    const data = JSON.parse(request!.body!.get('data') as string) as Record<string, unknown>;
    expect(data['fullName']).to.equal('Nguyễn Văn An');
    expect(data['$delivery']).to.equal('post');
    const files = request!.body!.getAll('$documents.idCard') as File[];
    expect(files.map((f) => [f.name, f.size])).to.deep.equal([['cccd.pdf', 1500]]);

    const receipt = el.shadowRoot!.querySelector('hoso-receipt')!;
    await receipt.updateComplete;
    expect(receipt.shadowRoot!.activeElement?.tagName).to.equal('H2');
    const text = receipt.shadowRoot!.textContent!;
    expect(text).to.contain(RECEIPT.code);
    expect(text).to.contain('30/11/2026');
    expect(text).to.contain('s3cr3t-123');
    expect(text).to.contain('58.000 đồng');
    await expect(el).to.be.accessible();
  });

  it('keeps the Idempotency-Key when the citizen retries after a network failure', async () => {
    let calls = 0;
    server = fakeServer(() => {
      calls += 1;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return json(200, { created: false, receipt: RECEIPT });
    });
    const el = await atReview();
    const failed = new Promise<HosoSubmitErrorEvent>((resolve) =>
      el.addEventListener('hoso-submit-error', resolve as EventListener, { once: true }),
    );
    await submit(el);
    expect((await failed).detail.status).to.equal(0);
    const alert = el.shadowRoot!.querySelector<HTMLElement>('.send-error')!;
    expect(alert.textContent).to.contain('Chưa gửi được hồ sơ');
    expect(el.shadowRoot!.activeElement).to.equal(alert);
    await expect(el).to.be.accessible();

    await submit(el);
    expect(server.requests).to.have.length(2);
    const [first, second] = server.requests;
    expect(second!.headers.get('Idempotency-Key')).to.equal(first!.headers.get('Idempotency-Key'));
    expect(el.shadowRoot!.querySelector('hoso-receipt')).to.not.equal(null);
  });

  it("shows the server's field errors in the summary and in the field", async () => {
    const error = {
      path: '$documents.idCard',
      pointer: '/$documents/idCard/0/type',
      code: 'enum',
      message: { vi: 'Tệp không phải PDF hay JPEG.', en: 'The file is not a PDF or JPEG.' },
    };
    const nameError = {
      path: 'fullName',
      pointer: '/fullName',
      code: 'check.name',
      message: { vi: 'Họ tên không khớp với CSDL dân cư.', en: 'The name does not match.' },
    };
    server = fakeServer(() =>
      json(422, {
        code: 'invalid-submission',
        message: { vi: 'Hồ sơ có thông tin chưa hợp lệ.', en: 'The submission has errors.' },
        errors: [nameError, error],
      }),
    );
    const el = await atReview();
    const failed = new Promise<HosoSubmitErrorEvent>((resolve) =>
      el.addEventListener('hoso-submit-error', resolve as EventListener, { once: true }),
    );
    await submit(el);
    expect((await failed).detail.errors).to.have.length(2);
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(summary.textContent).to.contain('Tệp không phải PDF hay JPEG.');
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    await expect(el).to.be.accessible();

    const links = summary.querySelectorAll('a');
    links[0]!.click();
    await settle(el);
    const form = el.shadowRoot!.querySelector('hoso-form')!;
    const name = form.shadowRoot!.querySelector('[name="fullName"]')!;
    expect(name.shadowRoot!.querySelector('.error')!.textContent).to.contain(
      'Họ tên không khớp với CSDL dân cư.',
    );
    // The error goes once the answer changes.
    el.formStore!.setValue('fullName', 'Nguyễn Văn Anh');
    await settle(el);
    expect(name.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('posts nothing when hoso-submit is cancelled', async () => {
    server = fakeServer(() => json(201, { receipt: RECEIPT }));
    const el = await atReview();
    el.addEventListener('hoso-submit', (e) => e.preventDefault());
    await submit(el);
    expect(server.requests).to.have.length(0);
    expect(heading(el)).to.contain('Kiểm tra thông tin');
  });

  it("shows a server's refusal message in the citizen's language", async () => {
    server = fakeServer(() =>
      json(409, { code: 'conflict', message: { vi: 'Mã đã dùng.', en: 'Key reused.' } }),
    );
    const el = await atReview();
    el.lang = 'en';
    await submit(el);
    expect(el.shadowRoot!.querySelector('.send-error')!.textContent).to.contain(
      'The server did not accept the application: Key reused.',
    );
  });
});
