// The key box of the properties panel: a rename rewrites the rules that read the element, in one
// undoable edit; a refused key stays in the box with a clear reason in the interface language.
import { expect } from '@open-wc/testing';
import type { HosoDesigner } from '../../app/designer-app.js';
import { setLocale } from '../i18n/locale.js';
import { click, designer, fill, q } from '../../test/helpers.js';

async function add(el: HosoDesigner, kind: string): Promise<string> {
  await click(el, `button.kind[data-kind="${kind}"]`);
  return el.selection.element!;
}

describe('properties panel: renaming a key', function () {
  this.timeout(60000);
  afterEach(() => setLocale('vi'));

  it('renames the element and the rules that read it; one undo restores both', async () => {
    const el = await designer();
    const text = await add(el, 'text');
    const choice = await add(el, 'select');
    const choiceKey = el.definition.steps[0]!.elements[1]!.key;
    el.modeling.setProperty(`${text}/visibleWhen`, { '==': [{ var: choiceKey }, 'a'] });
    el.selection = { section: 'step', step: 0, element: choice };
    await fill(el, `input[data-pointer="${choice}/key"]`, 'applicantType');

    expect(el.definition.steps[0]!.elements[1]!.key).to.equal('applicantType');
    expect(el.definition.steps[0]!.elements[0]!.visibleWhen).to.deep.equal({
      '==': [{ var: 'applicantType' }, 'a'],
    });
    expect(q(el, '.status').textContent).to.contain('applicantType');

    await click(el, '[data-action="undo"]');
    expect(el.definition.steps[0]!.elements[1]!.key).to.equal(choiceKey);
    expect(el.definition.steps[0]!.elements[0]!.visibleWhen).to.deep.equal({
      '==': [{ var: choiceKey }, 'a'],
    });
  });

  it('refuses a key used in the same scope, and one that is not a key, saying why', async () => {
    const el = await designer();
    const first = await add(el, 'text');
    const second = await add(el, 'text');
    const firstKey = el.definition.steps[0]!.elements[0]!.key;
    const before = JSON.stringify(el.definition);
    const depth = el.modeling.stack.undoDepth;

    await fill(el, `input[data-pointer="${second}/key"]`, firstKey);
    let input = q<HTMLInputElement>(el, `input[data-pointer="${second}/key"]`);
    expect(JSON.stringify(el.definition)).to.equal(before);
    expect(el.modeling.stack.undoDepth).to.equal(depth);
    expect(input.value, 'the typed key stays to be fixed').to.equal(firstKey);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = q(el, `#${input.getAttribute('aria-describedby')!.split(' ')[1]}`);
    expect(error.textContent).to.contain(`"${firstKey}"`);
    expect(error.textContent).to.contain('cùng phạm vi dữ liệu');

    setLocale('en');
    await fill(el, `input[data-pointer="${second}/key"]`, 'họ tên');
    input = q<HTMLInputElement>(el, `input[data-pointer="${second}/key"]`);
    expect(JSON.stringify(el.definition)).to.equal(before);
    expect(q(el, '.props .error').textContent).to.contain('is not valid');

    // A valid key clears the message.
    await fill(el, `input[data-pointer="${second}/key"]`, 'fullName');
    expect(el.definition.steps[0]!.elements[1]!.key).to.equal('fullName');
    expect(el.shadowRoot!.querySelector('.props .error')).to.equal(null);
    expect(first).to.equal('/steps/0/elements/0');
    await expect(el).to.be.accessible();
  });
});
