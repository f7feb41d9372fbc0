import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { runFormControlTests } from '../../internal/test/form-control-tests.js';
import type { HosoAddressField } from './address-field.js';
import { TEST_UNITS, testUnitsUrl } from './test-units.js';
import { loadUnits, readUnits, registerUnits, UnitsError } from './units.js';
import './address-field.js';

const residence = {
  type: 'address',
  key: 'residence',
  label: { vi: 'Nơi cư trú', en: 'Residence' },
  units: 'vn-2025-07',
};
const ADDRESS = { province: '01', commune: '00004', street: '12 Hàng Bạc' };

// Without a data set: code inputs.
runFormControlTests({
  tag: 'hoso-address-field',
  element: residence,
  value: ADDRESS,
  formData: [JSON.stringify(ADDRESS)],
  empty: undefined,
});

async function withUnits(lang = 'vi'): Promise<HosoAddressField> {
  return fixture<HosoAddressField>(
    html`<hoso-address-field
      lang=${lang}
      name="residence"
      .element=${residence}
      .units=${TEST_UNITS}
    ></hoso-address-field>`,
  );
}

const selects = (el: HosoAddressField) => [
  ...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('select'),
];

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<hoso-address-field> with a data set', () => {
  it('lists provinces, then the communes of the chosen province', async () => {
    const el = await withUnits();
    const [province, commune] = selects(el);
    expect([...province!.options].map((o) => o.value)).to.deep.equal(['', '01', '79']);
    expect(commune!.disabled).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('Chọn tỉnh, thành phố trước.');
    choose(province!, '79');
    await el.updateComplete;
    expect([...commune!.options].map((o) => o.textContent!.trim())).to.deep.equal([
      '— Chọn —',
      'Phường Sài Gòn',
    ]);
    choose(commune!, '26734');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ province: '79', commune: '26734' });
    await expect(el).to.be.accessible();
  });

  it('shows hostile unit names as text', async () => {
    const hostile = {
      provinces: [{ code: '01', name: '<img src=x onerror=alert(1)>' }],
      communes: { '01': [{ code: '00004', name: '<script>alert(1)</script>' }] },
    };
    const el = await fixture<HosoAddressField>(
      html`<hoso-address-field
        .element=${residence}
        .units=${hostile}
        .value=${{ province: '01' }}
      ></hoso-address-field>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(selects(el)[0]!.options[1]!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(selects(el)[1]!.options[1]!.textContent).to.equal('<script>alert(1)</script>');
  });

  it('clears the commune when another province is chosen', async () => {
    const el = await withUnits();
    el.value = { ...ADDRESS };
    await el.updateComplete;
    choose(selects(el)[0]!, '79');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ province: '79', street: '12 Hàng Bạc' });
  });

  it('labels every part, with autofill tokens, inside a fieldset', async () => {
    const el = await withUnits('en');
    const root = el.shadowRoot!;
    expect(root.querySelector('fieldset > legend')!.textContent).to.contain('Residence');
    const labels = [...root.querySelectorAll('.part > label')].map((l) =>
      l.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).to.deep.equal([
      'Province or city',
      'Commune or ward',
      'House number, street, village or residential group (optional)',
    ]);
    const tokens = [...root.querySelectorAll('select, input')].map((c) =>
      c.getAttribute('autocomplete'),
    );
    expect(tokens).to.deep.equal(['address-level1', 'address-level2', 'address-line1']);
  });

  it("takes only a section from the definition's autocomplete", async () => {
    const el = await fixture<HosoAddressField>(
      html`<hoso-address-field
        .element=${{ ...residence, autocomplete: 'section-home address-level1' }}
        .units=${TEST_UNITS}
      ></hoso-address-field>`,
    );
    const tokens = [...el.shadowRoot!.querySelectorAll('select, input')].map((c) =>
      c.getAttribute('autocomplete'),
    );
    expect(tokens).to.deep.equal([
      'section-home address-level1',
      'section-home address-level2',
      'section-home address-line1',
    ]);
  });

  it('sends focus to the part an error points at', async () => {
    const el = await withUnits();
    el.value = { province: '01' };
    el.errors = [
      {
        path: 'residence.commune',
        pointer: '/residence/commune',
        code: 'required',
        message: { vi: 'Chọn xã, phường.', en: 'Choose the commune.' },
      },
    ];
    await el.updateComplete;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(selects(el)[1]);
    expect(selects(el)[1]!.getAttribute('aria-invalid')).to.equal('true');
    expect(selects(el)[0]!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('fires change only when focus leaves the whole address', async () => {
    const el = await withUnits();
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const [province, commune] = selects(el);
    province!.focus();
    choose(province!, '01');
    await el.updateComplete;
    commune!.focus();
    expect(changes).to.equal(0);
    commune!.blur();
    expect(changes).to.equal(1);
  });

  it('loads a data set from units-src once per URL', async () => {
    const url = testUnitsUrl();
    const el = await fixture<HosoAddressField>(
      html`<hoso-address-field .element=${residence} units-src=${url}></hoso-address-field>`,
    );
    expect(loadUnits(url)).to.equal(loadUnits(url));
    await loadUnits(url);
    await el.updateComplete;
    expect(selects(el)[0]!.options.length).to.equal(3);
  });

  it('finds a data set registered for the id the definition names', async () => {
    registerUnits('test-registered', testUnitsUrl({ ...TEST_UNITS, id: 'test-registered' }));
    const el = await fixture<HosoAddressField>(
      html`<hoso-address-field
        .element=${{ ...residence, units: 'test-registered' }}
      ></hoso-address-field>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('select') !== null);
    expect(selects(el)[0]!.options.length).to.equal(3);
  });

  it('falls back to code inputs and reports a broken data set', async () => {
    const url = testUnitsUrl({ provinces: [{ code: '1', name: 'x' }], communes: {} });
    const el = document.createElement('hoso-address-field') as HosoAddressField;
    el.element = residence;
    el.unitsSrc = url;
    const reported = oneEvent(el, 'hoso-units-error');
    document.body.append(el);
    const { detail } = (await reported) as CustomEvent;
    expect(detail.where).to.equal('/provinces/0/code');
    expect(detail.message.en).to.contain('a province code has 2 digits');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('nhập mã tỉnh và mã xã');
    el.remove();
  });

  it('refuses a data set other than the one the definition names', async () => {
    const el = document.createElement('hoso-address-field') as HosoAddressField;
    el.element = { ...residence, units: 'vn-2030-01' };
    el.units = TEST_UNITS;
    const reported = oneEvent(el, 'hoso-units-error');
    document.body.append(el);
    const { detail } = (await reported) as CustomEvent;
    expect(detail.why.vi).to.contain('vn-2030-01');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    el.remove();
  });
});

describe('<hoso-address-field> without a data set', () => {
  it('explains the code formats and flags a malformed code', async () => {
    const el = await fixture<HosoAddressField>(
      html`<hoso-address-field .element=${residence}></hoso-address-field>`,
    );
    const [province, commune] = el.shadowRoot!.querySelectorAll('input');
    expect(province!.inputMode).to.equal('numeric');
    const hint = el.shadowRoot!.getElementById(province!.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.contain('2 chữ số');
    expect(commune!.getAttribute('pattern')).to.equal('[0-9]{5}');
    el.value = { province: '1', commune: '00004' };
    await el.updateComplete;
    expect(el.validity.patternMismatch).to.equal(true);
    expect(el.validationMessage).to.contain('2 chữ số');
  });

  it('is missing a value while required with only a province', async () => {
    const el = await fixture<HosoAddressField>(
      html`<hoso-address-field required .element=${residence}></hoso-address-field>`,
    );
    el.value = { province: '01' };
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
  });
});

describe('readUnits', () => {
  it('accepts the documented format', () => {
    expect(readUnits(JSON.parse(JSON.stringify(TEST_UNITS)))).to.deep.equal(TEST_UNITS);
  });
  it('names where and why a data set is wrong', () => {
    const bad = [
      [[], '/'],
      [{ provinces: {}, communes: {} }, '/provinces'],
      [{ provinces: [{ code: '01' }], communes: {} }, '/provinces/0'],
      [{ provinces: [], communes: { '01': [] } }, '/communes/01'],
      [
        { provinces: [{ code: '01', name: 'A' }], communes: { '01': [{ code: '4', name: 'B' }] } },
        '/communes/01/0/code',
      ],
    ] as const;
    for (const [json, where] of bad) {
      try {
        readUnits(json);
        expect.fail(`accepted ${JSON.stringify(json)}`);
      } catch (error) {
        expect(error).to.be.instanceOf(UnitsError);
        expect((error as UnitsError).where).to.equal(where);
      }
    }
  });
});
