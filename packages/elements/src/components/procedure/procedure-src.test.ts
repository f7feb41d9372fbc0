import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HosoProcedure } from './procedure.js';
import { settle } from './test/wizard.js';
import './procedure.js';

// The WTR config serves `/intake/api/procedures/…` like the intake server does.
const API = '/intake/api/procedures';

async function load(src: string, attrs: { validator?: string; lang?: string } = {}) {
  const el = await fixture<HosoProcedure>(
    html`<hoso-procedure
      no-drafts
      lang=${attrs.lang ?? 'vi'}
      src=${src}
      validator-src=${attrs.validator ?? ''}
    ></hoso-procedure>`,
  );
  if (!attrs.validator) el.removeAttribute('validator-src');
  return el;
}

const text = (el: HosoProcedure) => el.shadowRoot!.textContent!;

describe('<hoso-procedure src>', () => {
  it('shows a loading state, then the wizard of the fetched definition and its validator', async () => {
    const el = await load(`${API}/test-household`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Đang tải thủ tục…',
    );
    await waitUntil(() => el.formStore !== undefined, 'the wizard is set up');
    await settle(el);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Người nộp');
    // The validator module (from `${src}/validator.js`) checks the data schema.
    el.formStore!.setValue('fullName', 'x'.repeat(60));
    expect(el.formStore!.getState().result.errors.map((e) => e.path)).to.include('fullName');
    await expect(el).to.be.accessible();
  });

  it('takes the validator from validator-src when given', async () => {
    const el = await load(`${API}/test-household`, {
      validator: '/dist/test-fixtures/household.validator.js',
    });
    await waitUntil(() => el.formStore !== undefined, 'the wizard is set up');
  });

  it('explains a failed fetch in Vietnamese and English', async () => {
    const el = await load(`${API}/no-such-procedure`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="load-error"]'), 'error panel');
    expect(text(el)).to.contain(`Không tải được thủ tục từ ${API}/no-such-procedure (HTTP 404)`);
    await expect(el).to.be.accessible();
    el.lang = 'en';
    await el.updateComplete;
    expect(text(el)).to.contain('The procedure could not be loaded from');
  });

  it('says when the answer is not JSON, and when the validator cannot be loaded', async () => {
    const notJson = await load(`${API}/not-json`);
    await waitUntil(() => notJson.shadowRoot!.querySelector('[part="load-error"]'), 'panel');
    expect(text(notJson)).to.contain('nội dung không phải JSON');

    const noValidator = await load('/dist/test-fixtures/household.json');
    await waitUntil(() => noValidator.shadowRoot!.querySelector('[part="load-error"]'), 'panel');
    expect(text(noValidator)).to.contain(
      'Không tải được bộ kiểm tra dữ liệu từ /dist/test-fixtures/household.json/validator.js',
    );
  });

  it('lists the problems of a fetched definition that does not pass the checks', async () => {
    const el = await load(`${API}/test-household`, {
      validator: '/dist/test-fixtures/household.validator.js',
    });
    await waitUntil(() => el.formStore !== undefined, 'the wizard is set up');
    const broken = structuredClone(
      (await (await fetch(`${API}/test-household`)).json()) as Record<string, unknown>,
    );
    delete broken['steps'];
    el.definition = broken;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="problems"]')).to.not.equal(null);
  });
});
