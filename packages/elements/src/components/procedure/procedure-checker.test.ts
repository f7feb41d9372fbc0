import { expect, fixture, html } from '@open-wc/testing';
import type { SchemaValidator } from '@hoso/core/precompiled';
import type { HosoProcedure } from './procedure.js';
import './procedure.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON fixture edited by the tests
let definition: Record<string, any>;
let schemaValidator: SchemaValidator;

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
});

async function draw(def: unknown, lang = 'vi'): Promise<HosoProcedure> {
  const el = await fixture<HosoProcedure>(
    html`<hoso-procedure
      lang=${lang}
      no-drafts
      .definition=${def}
      .schemaValidator=${schemaValidator}
    ></hoso-procedure>`,
  );
  await el.updateComplete;
  return el;
}

/**
 * Whether the wizard had to wait for the definition checker before its form: the checker is
 * imported on demand, and the wizard shows a loading status meanwhile. (Which files load cannot
 * tell: unbundled, @hoso/schema's index is loaded anyway; the bundle test checks the chunks.)
 */
async function waitedForChecker(def: unknown): Promise<boolean> {
  const el = document.createElement('hoso-procedure') as HosoProcedure;
  el.noDrafts = true;
  el.schemaValidator = schemaValidator;
  el.definition = def;
  document.body.append(el);
  const added: Node[] = [];
  const observer = new MutationObserver((records) =>
    records.forEach((record) => added.push(...record.addedNodes)),
  );
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  try {
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('hoso-form')).to.not.equal(null);
    observer.takeRecords().forEach((record) => added.push(...record.addedNodes));
    return added.some((node) => node instanceof Element && node.getAttribute('role') === 'status');
  } finally {
    observer.disconnect();
    el.remove();
  }
}

const problems = (el: HosoProcedure) => el.shadowRoot!.querySelector('[part="problems"]');

describe('<hoso-procedure> and the definition checker', () => {
  it('starts at once when the validator vouches for the definition', async () => {
    expect(await waitedForChecker(definition)).to.equal(false);
    const el = await draw(definition);
    expect(problems(el)).to.equal(null);
  });

  it('checks a definition edited since its validator was built, with a status meanwhile', async () => {
    const edited = structuredClone(definition);
    edited.steps[0].title.vi = 'Người khai (bản đã sửa)';
    expect(await waitedForChecker(edited)).to.equal(true);
    const el = await draw(edited);
    expect(problems(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Người khai (bản đã sửa)');
  });

  it('lists the problems of an edited definition that no longer passes the checks', async () => {
    const broken = structuredClone(definition);
    broken.steps[0].elements[0].type = 'no-such-kind';
    const el = await draw(broken);
    expect(problems(el)).to.not.equal(null);
    expect(problems(el)!.textContent).to.contain('/steps/0/elements/0');
  });

  it('refuses a definition whose data the validator does not check, in both languages', async () => {
    const other = structuredClone(definition);
    other.steps[0].elements.push({
      type: 'text',
      key: 'nickname',
      label: { vi: 'Tên gọi khác', en: 'Other name' },
    });
    const vi = await draw(other);
    expect(problems(vi)!.textContent).to.contain('được tạo từ một định nghĩa khác');
    expect(vi.shadowRoot!.querySelector('hoso-form')).to.equal(null);
    const en = await draw(other, 'en');
    expect(problems(en)!.textContent).to.contain('was built from another definition');
  });
});
