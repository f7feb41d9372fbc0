// A change redraws only the fields it changed: the others get identical property values from
// the form store's snapshot, so Lit skips them (what keeps 1,000-field forms fast).
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { compile, createFormStore, type SchemaValidator } from '@hoso/core/precompiled';
import { checkDefinition } from '@hoso/schema';
import type { HosoForm } from './form.js';
import './form.js';

let definition: Record<string, unknown>;
let schemaValidator: SchemaValidator;

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
});

type Counted = HTMLElement & { updateComplete: Promise<boolean>; updated(c: unknown): void };

/** Counts the updates of every field element drawn by the form, by field name. */
function countUpdates(form: HosoForm): Map<string, number> {
  const counts = new Map<string, number>();
  for (const field of form.shadowRoot!.querySelectorAll<Counted>('[name]')) {
    const name = field.getAttribute('name')!;
    counts.set(name, 0);
    const updated = field.updated.bind(field);
    field.updated = (changed) => {
      counts.set(name, counts.get(name)! + 1);
      updated(changed);
    };
  }
  return counts;
}

async function settle(form: HosoForm): Promise<void> {
  await form.updateComplete;
  await aTimeout(0);
  for (const field of form.shadowRoot!.querySelectorAll<Counted>('[name]'))
    await field.updateComplete;
}

describe('<hoso-form> on a change', () => {
  it('redraws the changed field and leaves every other field alone', async () => {
    const compiled = compile(definition, { schemaValidator, checkDefinition });
    const store = createFormStore(compiled, { today: '2026-11-22' });
    const form = await fixture<HosoForm>(
      html`<hoso-form
        lang="en"
        .compiled=${compiled}
        .store=${store}
        .snapshot=${store.getState()}
      ></hoso-form>`,
    );
    store.subscribe((snapshot) => (form.snapshot = snapshot));
    await settle(form);
    const counts = countUpdates(form);
    expect(counts.size).to.be.greaterThan(3);

    const input = form
      .shadowRoot!.querySelector('[name="fullName"]')!
      .shadowRoot!.querySelector('input')!;
    input.value = 'Lê Thị Mai';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(form);

    expect(store.getState().values['fullName']).to.equal('Lê Thị Mai');
    const redrawn = [...counts].filter(([, n]) => n > 0).map(([name]) => name);
    expect(redrawn).to.deep.equal(['fullName']);
  });

  it('still redraws a field whose errors are now shown', async () => {
    const compiled = compile(definition, { schemaValidator, checkDefinition });
    const store = createFormStore(compiled, { today: '2026-11-22' });
    const form = await fixture<HosoForm>(
      html`<hoso-form
        lang="en"
        .compiled=${compiled}
        .store=${store}
        .snapshot=${store.getState()}
      ></hoso-form>`,
    );
    store.subscribe((snapshot) => (form.snapshot = snapshot));
    await settle(form);
    const counts = countUpdates(form);
    store.touch('birthDate');
    await settle(form);
    expect(counts.get('birthDate')).to.equal(1);
    expect(counts.get('fullName')).to.equal(0);
    const error = form
      .shadowRoot!.querySelector('[name="birthDate"]')!
      .shadowRoot!.querySelector('.error');
    expect(error?.textContent).to.contain('birth');
  });
});
