import { expect, fixture, html } from '@open-wc/testing';
import './json-editor.js';
import type { HosoJsonEditor } from './json-editor.js';

const pretty = (value: unknown) => JSON.stringify(value, null, 2);

async function plainEditor(value: string): Promise<HosoJsonEditor> {
  const el = await fixture<HosoJsonEditor>(
    html`<hoso-json-editor plain .value=${value}></hoso-json-editor>`,
  );
  return el;
}

/** Sets what the host sets on a model change, and counts JSON.parse calls while it renders. */
async function modelChange(el: HosoJsonEditor, value: string, valueSource?: string) {
  const parse = JSON.parse;
  let parses = 0;
  JSON.parse = ((...args: Parameters<typeof parse>) => {
    parses++;
    return parse(...args);
  }) as typeof parse;
  try {
    el.valueSource = valueSource;
    el.value = value;
    await el.updateComplete;
  } finally {
    JSON.parse = parse;
  }
  return parses;
}

describe('<hoso-json-editor> plain', () => {
  it("keeps the analyst's formatting when the model came from their text", async () => {
    const el = await plainEditor(pretty({ id: 'a', steps: [] }));
    const area = el.querySelector('textarea')!;
    expect(area.value).to.equal(pretty({ id: 'a', steps: [] }));

    const typed = '{"id":"b",  "steps":[]}';
    area.value = typed;
    const parses = await modelChange(el, pretty({ id: 'b', steps: [] }), typed);
    expect(area.value).to.equal(typed);
    expect(parses, 'decided by comparing strings, not by parsing').to.equal(0);
  });

  it('shows changes made elsewhere (undo, canvas), replacing only what changed', async () => {
    const el = await plainEditor(pretty({ id: 'a', steps: [] }));
    const area = el.querySelector('textarea')!;
    const typed = '{"id":"b","steps":[]}';
    area.value = typed;
    await modelChange(el, pretty({ id: 'b', steps: [] }), typed);

    // Undo: the model is no longer the one the text became, so the text follows the model.
    const parses = await modelChange(el, pretty({ id: 'a', steps: [] }));
    expect(area.value).to.equal(pretty({ id: 'a', steps: [] }));
    expect(parses).to.equal(0);
  });
});
