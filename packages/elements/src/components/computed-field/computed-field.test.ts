import { expect, fixture, html } from '@open-wc/testing';
import type { ComputedValueType } from './format-computed.js';
import { formatComputed } from './format-computed.js';
import type { HosoComputedField } from './computed-field.js';
import './computed-field.js';

const fee = (valueType: ComputedValueType = 'money') => ({
  type: 'computed' as const,
  key: 'copyFee',
  label: { vi: 'Phí cấp bản sao', en: 'Copy fee' },
  hint: { vi: 'Tính theo số bản sao.', en: 'Worked out from the number of copies.' },
  valueType,
});

describe('formatComputed', () => {
  it('writes money in đồng with Vietnamese grouping', () => {
    expect(formatComputed(1250000, 'money', 'vi')).to.equal('1.250.000 đồng');
    expect(formatComputed(0, 'money', 'en')).to.equal('0 đồng');
  });
  it('groups numbers, writes dates as dd/mm/yyyy and booleans in words', () => {
    expect(formatComputed(12345.5, 'number', 'vi')).to.equal('12.345,5');
    expect(formatComputed('2026-01-09', 'text', 'vi')).to.equal('09/01/2026');
    expect(formatComputed(true, 'boolean', 'en')).to.equal('Yes');
    expect(formatComputed(false, 'boolean', 'vi')).to.equal('Không');
  });
  it('says when there is nothing to show yet', () => {
    expect(formatComputed(undefined, 'money', 'vi')).to.equal('Chưa tính được');
    expect(formatComputed(Number.NaN, 'number', 'en')).to.equal('Not worked out yet');
  });
});

describe('<hoso-computed-field>', () => {
  it('shows the value read-only, labelled, and is accessible', async () => {
    const el = await fixture<HosoComputedField>(
      html`<hoso-computed-field .element=${fee()} .value=${16000}></hoso-computed-field>`,
    );
    const output = el.shadowRoot!.querySelector('output')!;
    expect(output.textContent!.trim()).to.equal('16.000 đồng');
    const label = el.shadowRoot!.getElementById(output.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.contain('Phí cấp bản sao');
    expect(el.shadowRoot!.querySelector('input, select, textarea')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('announces a change politely, but not the first value', async () => {
    const el = await fixture<HosoComputedField>(
      html`<hoso-computed-field lang="en" .element=${fee()} .value=${8000}></hoso-computed-field>`,
    );
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent!.trim()).to.equal('');
    el.value = 24000;
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('Copy fee: 24.000 đồng');
  });

  it('renders a hostile label as text', async () => {
    const el = await fixture<HosoComputedField>(
      html`<hoso-computed-field
        .element=${{ ...fee('text'), label: { vi: '<img src=x onerror=alert(1)>' } }}
        .value=${'<b>x</b>'}
      ></hoso-computed-field>`,
    );
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('<b>x</b>');
  });
});
