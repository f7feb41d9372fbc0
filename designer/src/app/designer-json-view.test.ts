// The JSON view inside the designer: the analyst's formatting survives their own edits, and
// changes made elsewhere (undo, the canvas) still show.
import { expect } from '@open-wc/testing';
import { click, designer, settle } from '../test/helpers.js';

describe('<hoso-designer> JSON view', function () {
  this.timeout(60000);

  it("keeps the analyst's formatting while they type, and shows undo and canvas edits", async () => {
    const el = await designer();
    const area = () => el.querySelector('hoso-json-editor textarea') as HTMLTextAreaElement;
    await click(el, 'button.kind[data-kind="text"]');
    await settle(el);
    const before = area().value;
    expect(before).to.equal(JSON.stringify(el.definition, null, 2));

    // Compact JSON typed by the analyst: applied to the model, left as typed.
    const edited = JSON.parse(before);
    edited.steps[0].elements[0].label.vi = 'Sửa trong JSON';
    const typed = JSON.stringify(edited);
    area().value = typed;
    area().dispatchEvent(new Event('input', { bubbles: true }));
    el.applyJsonText(typed);
    await settle(el);
    expect(JSON.stringify(el.definition)).to.contain('Sửa trong JSON');
    expect(area().value).to.equal(typed);

    // Undo comes from elsewhere: the view shows the model again, formatted.
    await click(el, '[data-action="undo"]');
    await settle(el);
    expect(area().value).to.equal(before);

    // So does an edit on the canvas after the analyst's text was applied.
    area().value = typed;
    el.applyJsonText(typed);
    await settle(el);
    expect(area().value).to.equal(typed);
    await click(el, 'button.kind[data-kind="email"]');
    await settle(el);
    expect(area().value).to.equal(JSON.stringify(el.definition, null, 2));
    expect(el.definition.steps[0]!.elements.map((e) => e.type)).to.include('email');
  });
});
