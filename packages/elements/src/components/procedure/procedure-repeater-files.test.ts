import { expect } from '@open-wc/testing';
import type { HosoFileField } from '../file-field/file-field.js';
import type { HosoRepeater } from '../repeater/repeater.js';
import type { HosoProcedure } from './procedure.js';
import {
  answerPerson,
  button,
  clickContinue,
  documentSlot,
  fakeServer,
  field,
  fixtureProcedure,
  form,
  heading,
  json,
  pdf,
  pickFiles,
  settle,
  wizard,
  type FakeRequest,
} from './test/wizard.js';

// household-kid-files: each item of the `kids` repeater has a `cert` file field collecting the
// `birthCert` document, whose part is what the intake server reads.
const RECEIPT = { code: 'X-3', procedure: {}, receivedOn: '2026-11-23', dueOn: '2026-11-30' };

/** A PDF whose bytes say whose it is, so the test can tell which file was posted. */
function certOf(child: string): File {
  return new File([`%PDF-1.4 ${child}`], `khai-sinh-${child}.pdf`, { type: 'application/pdf' });
}

async function bytesOf(file: File): Promise<string> {
  return file.text();
}

function repeater(el: HosoProcedure): HosoRepeater {
  return form(el).shadowRoot!.querySelector<HosoRepeater>('hoso-repeater[name="kids"]')!;
}

/** On the children step, with two children named `An` and `Bình`, each with a certificate. */
async function twoChildrenWithCerts(): Promise<HosoProcedure> {
  const { definition, schemaValidator } = await fixtureProcedure('household-kid-files');
  const el = await wizard({
    definition,
    schemaValidator,
    values: { copyCount: 1 },
    action: '/fake/dossiers',
  });
  answerPerson(el, 'divorced');
  await clickContinue(el);
  expect(heading(el)).to.contain('Con');
  const list = repeater(el);
  list.addItem();
  list.addItem();
  await settle(el);
  const store = el.formStore!;
  store.setValue('kids.0.name', 'An');
  store.setValue('kids.0.age', 9);
  store.setValue('kids.1.name', 'Bình');
  store.setValue('kids.1.age', 6);
  await settle(el);
  await pickFiles(field(el, 'kids.0.cert'), certOf('an'));
  await pickFiles(field(el, 'kids.1.cert'), certOf('binh'));
  await settle(el);
  return el;
}

/** From the children step to the posted request. */
async function submitFromChildren(el: HosoProcedure, requests: FakeRequest[]): Promise<FormData> {
  await clickContinue(el);
  await clickContinue(el);
  expect(heading(el)).to.contain('Giấy tờ');
  await pickFiles(documentSlot(el, 'idCard'), pdf());
  await pickFiles(documentSlot(el, 'divorce'), pdf('quyet-dinh.pdf'));
  await clickContinue(el);
  el.formStore!.setValue('$delivery', 'counter');
  await clickContinue(el);
  expect(heading(el)).to.contain('Kiểm tra thông tin');
  button(el, 'submit').click();
  for (let i = 0; i < 4; i++) await settle(el);
  expect(requests).to.have.length(1);
  return requests[0]!.body!;
}

async function postedCerts(body: FormData): Promise<string[]> {
  return Promise.all((body.getAll('$documents.birthCert') as File[]).map(bytesOf));
}

function kidsOf(body: FormData): { name: string; cert: { name: string }[] }[] {
  return (JSON.parse(body.get('data') as string) as { kids: [] }).kids;
}

describe('<hoso-procedure> files in repeater items', () => {
  let server: { requests: FakeRequest[]; restore: () => void } | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => server?.restore());

  it("posts every item's files in the part of the document its field collects", async () => {
    server = fakeServer(() => json(201, { receipt: RECEIPT }));
    const el = await twoChildrenWithCerts();
    const body = await submitFromChildren(el, server.requests);
    expect(await postedCerts(body)).to.deep.equal(['%PDF-1.4 an', '%PDF-1.4 binh']);
    expect(kidsOf(body).map((k) => k.cert.map((c) => c.name))).to.deep.equal([
      ['khai-sinh-an.pdf'],
      ['khai-sinh-binh.pdf'],
    ]);
  });

  it("drops a removed item's files and keeps the next item's files with it", async () => {
    server = fakeServer(() => json(201, { receipt: RECEIPT }));
    const el = await twoChildrenWithCerts();
    repeater(el).removeItem(0);
    await settle(el);
    expect(el.attachedFiles.map(([path, files]) => [path, files.map((f) => f.name)])).to.deep.equal(
      [['kids.0.cert', ['khai-sinh-binh.pdf']]],
    );
    const shown = field(el, 'kids.0.cert') as unknown as HosoFileField;
    expect(shown.files.map((f) => f.name)).to.deep.equal(['khai-sinh-binh.pdf']);

    const body = await submitFromChildren(el, server.requests);
    expect(await postedCerts(body)).to.deep.equal(['%PDF-1.4 binh']);
    expect(kidsOf(body)).to.deep.equal([
      {
        name: 'Bình',
        age: 6,
        cert: [{ name: 'khai-sinh-binh.pdf', type: 'application/pdf', size: 13 }],
      },
    ]);
  });

  it("moves an item's files with it when the item moves", async () => {
    server = fakeServer(() => json(201, { receipt: RECEIPT }));
    const el = await twoChildrenWithCerts();
    repeater(el).moveItem(1, -1);
    await settle(el);
    const paths = Object.fromEntries(
      el.attachedFiles.map(([path, files]) => [path, files.map((f) => f.name)]),
    );
    expect(paths['kids.0.cert']).to.deep.equal(['khai-sinh-binh.pdf']);
    expect(paths['kids.1.cert']).to.deep.equal(['khai-sinh-an.pdf']);

    const body = await submitFromChildren(el, server.requests);
    expect(await postedCerts(body)).to.deep.equal(['%PDF-1.4 binh', '%PDF-1.4 an']);
    expect(kidsOf(body).map((k) => [k.name, k.cert[0]!.name])).to.deep.equal([
      ['Bình', 'khai-sinh-binh.pdf'],
      ['An', 'khai-sinh-an.pdf'],
    ]);
  });
});
