import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './condition-builder.js';
import type { HosoConditionBuilder } from './condition-builder.js';
import type { FieldChoice } from './fields.js';

const fields: FieldChoice[] = [
  {
    path: 'kind',
    label: { vi: 'Loại' },
    type: 'select',
    stepIndex: 0,
    options: [
      { value: 'a', label: { vi: 'A' } },
      { value: 'b', label: { vi: 'B' } },
    ],
  },
  { path: 'area', label: { vi: 'Diện tích' }, type: 'number', stepIndex: 0 },
];

describe('<hoso-condition-builder>', () => {
  it('shows a recognised rule as clauses and writes edits as JSON Logic', async () => {
    const el = await fixture<HosoConditionBuilder>(
      html`<hoso-condition-builder
        label="Hiện khi"
        .fields=${fields}
        .rule=${{ and: [{ '==': [{ var: 'kind' }, 'a'] }, { '>': [{ var: 'area' }, 100] }] }}
      ></hoso-condition-builder>`,
    );
    expect(el.shadowRoot!.querySelectorAll('.clause')).to.have.length(2);
    const value = el.shadowRoot!.querySelector<HTMLInputElement>('.clause[data-clause="1"] input')!;
    value.value = '250';
    setTimeout(() => value.dispatchEvent(new Event('change')));
    const event = (await oneEvent(el, 'rule-change')) as CustomEvent<{ rule: unknown }>;
    expect(event.detail.rule).to.deep.equal({
      and: [{ '==': [{ var: 'kind' }, 'a'] }, { '>': [{ var: 'area' }, 250] }],
    });
    await expect(el).to.be.accessible();
  });

  it('falls back to raw JSON for a rule it cannot show, without rewriting it', async () => {
    const rule = { if: [{ var: 'kind' }, true, false] };
    const el = await fixture<HosoConditionBuilder>(
      html`<hoso-condition-builder
        label="Bắt buộc khi"
        .fields=${fields}
        .rule=${rule}
      ></hoso-condition-builder>`,
    );
    const area = el.shadowRoot!.querySelector('textarea')!;
    expect(JSON.parse(area.value)).to.deep.equal(rule);
    expect(el.shadowRoot!.querySelector('.clause')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
