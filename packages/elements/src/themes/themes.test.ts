import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { AxeResults, RunOptions } from 'axe-core';
// Registers `window.axe` (axe's browser build is a script, not a module).
import 'axe-core/axe.min.js';
import type { SchemaValidator } from '@hoso/core/precompiled';
import type { HosoProcedure } from '../components/procedure/procedure.js';
import type { HosoTextField } from '../components/text-field/text-field.js';
import '../components/procedure/procedure.js';
import '../components/text-field/text-field.js';

type Theme = 'default' | 'high-contrast';
const axe = (window as unknown as { axe: { run(el: Element, o: RunOptions): Promise<AxeResults> } })
  .axe;

// What a portal supplies for parts the wizard may not draw (address, documents).
const PREFILLED = {
  copyCount: 1,
  address: { residence: { province: '01', commune: '00004', street: '12 Hàng Bạc' } },
  $documents: { idCard: [{ name: 'cccd.pdf', type: 'application/pdf', size: 100 }] },
};

let definition: unknown;
let schemaValidator: SchemaValidator;
const themeText = new Map<Theme, string>();
const themeStyle = document.createElement('style');

before(async () => {
  definition = await (await fetch('/dist/test-fixtures/household.json')).json();
  const url = '/dist/test-fixtures/household.validator.js';
  schemaValidator = ((await import(url)) as { default: SchemaValidator }).default;
  for (const theme of ['default', 'high-contrast'] as const)
    themeText.set(theme, await (await fetch(`/src/themes/${theme}.css`)).text());
  document.head.append(themeStyle);
});

after(async () => {
  themeStyle.remove();
  await setViewport({ width: 800, height: 600 });
});

/** Links a theme the way a portal does: its custom properties on :root. */
function useTheme(theme: Theme): void {
  themeStyle.textContent = themeText.get(theme)!;
}

async function wizard(lang = 'vi'): Promise<HosoProcedure> {
  const el = await fixture<HosoProcedure>(
    html`<hoso-procedure
      lang=${lang}
      today="2026-11-22"
      no-drafts
      .definition=${definition}
      .schemaValidator=${schemaValidator}
      .values=${PREFILLED}
    ></hoso-procedure>`,
  );
  await settle(el);
  return el;
}

async function settle(el: HosoProcedure): Promise<void> {
  await el.updateComplete;
  await el.shadowRoot!.querySelector('hoso-form')?.updateComplete;
  await aTimeout(0);
}

/** The wizard after Continue on an empty step: error summary and field errors showing. */
async function wizardWithErrors(lang = 'vi'): Promise<HosoProcedure> {
  const el = await wizard(lang);
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.continue')!.click();
  await settle(el);
  expect(el.shadowRoot!.querySelector('.error-summary')).to.not.equal(null);
  return el;
}

/**
 * Answers step 1, then presses Continue through the documents, fees and delivery pages to the
 * review page, calling `onPage` on each page after the first.
 */
async function walkToReview(
  el: HosoProcedure,
  fullName: string,
  onPage: () => void | Promise<void>,
): Promise<void> {
  const store = el.formStore!;
  store.setValue('fullName', fullName);
  store.setValue('birthDate', '1990-05-01');
  store.setValue('idNumber', '001090012345');
  store.setValue('maritalStatus', 'single');
  store.setValue('declaration', true);
  store.setValue('$delivery', 'post');
  for (let page = 0; page < 10 && !el.shadowRoot!.querySelector('button.submit'); page++) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.continue')!.click();
    await settle(el);
    await onPage();
  }
  expect(el.shadowRoot!.querySelector('button.submit'), 'the review page').to.not.equal(null);
}

async function contrast(el: Element): Promise<AxeResults> {
  return axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast'] } });
}

describe('themes', () => {
  it('the high-contrast theme changes the computed colours', async () => {
    const el = await fixture<HosoTextField>(
      html`<hoso-text-field
        .element=${{ type: 'text', key: 'name', label: { vi: 'Họ và tên' } }}
      ></hoso-text-field>`,
    );
    const label = el.shadowRoot!.querySelector('label')!;
    const input = el.shadowRoot!.querySelector('input')!;
    useTheme('default');
    const before = {
      text: getComputedStyle(label).color,
      field: getComputedStyle(input).backgroundColor,
      border: getComputedStyle(input).borderTopColor,
    };
    expect(before).to.deep.equal({
      text: 'rgb(27, 31, 36)',
      field: 'rgb(255, 255, 255)',
      border: 'rgb(92, 102, 112)',
    });
    useTheme('high-contrast');
    expect({
      text: getComputedStyle(label).color,
      field: getComputedStyle(input).backgroundColor,
      border: getComputedStyle(input).borderTopColor,
      host: getComputedStyle(el).backgroundColor,
    }).to.deep.equal({
      text: 'rgb(255, 255, 255)',
      field: 'rgb(0, 0, 0)',
      border: 'rgb(255, 255, 255)',
      host: 'rgb(0, 0, 0)',
    });
  });

  it('keeps text at 16px or more and checkboxes at 24px or more', async () => {
    useTheme('default');
    const el = await wizard();
    const form = el.shadowRoot!.querySelector('hoso-form')!;
    const fields = [...form.shadowRoot!.querySelectorAll('*')].filter((n) => n.shadowRoot);
    expect(fields.length).to.be.greaterThan(0);
    for (const field of fields) {
      for (const text of field.shadowRoot!.querySelectorAll('label, legend, p')) {
        expect(parseFloat(getComputedStyle(text).fontSize), field.tagName).to.be.at.least(16);
      }
      // An input hidden from everyone (the date field's native picker) is no one's target.
      const controls = 'input:not([aria-hidden="true"]), select, textarea';
      for (const control of field.shadowRoot!.querySelectorAll(controls)) {
        const box = control.getBoundingClientRect();
        expect(Math.min(box.width, box.height), field.tagName).to.be.at.least(24);
        if (!control.matches('[type=radio], [type=checkbox]'))
          expect(parseFloat(getComputedStyle(control).fontSize)).to.be.at.least(16);
      }
    }
  });

  for (const theme of ['default', 'high-contrast'] as const)
    for (const lang of ['vi', 'en'])
      it(`passes axe colour contrast with the ${theme} theme (${lang}, errors shown)`, async () => {
        useTheme(theme);
        const el = await wizardWithErrors(lang);
        const results = await contrast(el);
        expect(results.violations, JSON.stringify(results.violations, null, 1)).to.deep.equal([]);
        // The rule did look at the wizard's text (labels, summary, buttons).
        expect(results.passes.flatMap((p) => p.nodes).length).to.be.greaterThan(5);
      });

  for (const theme of ['default', 'high-contrast'] as const)
    it(`passes axe colour contrast on every later wizard page with the ${theme} theme`, async () => {
      useTheme(theme);
      const el = await wizard('en');
      const pages: string[] = [];
      await walkToReview(el, 'Nguyễn Văn An', async () => {
        pages.push(el.shadowRoot!.querySelector('h2')?.textContent?.trim() ?? '');
        const results = await contrast(el);
        expect(results.violations, JSON.stringify(results.violations, null, 1)).to.deep.equal([]);
      });
      expect(pages.length, pages.join(' / ')).to.be.at.least(2);
    });

  for (const theme of ['default', 'high-contrast'] as const)
    it(`draws read-only controls apart from disabled ones, at AA contrast (${theme})`, async () => {
      useTheme(theme);
      const element = { type: 'text', key: 'name', label: { vi: 'Họ và tên' } };
      const el = await fixture<HTMLElement>(
        html`<div>
          <hoso-text-field readonly .element=${element} .value=${'Nguyễn Văn An'}></hoso-text-field>
          <hoso-text-field disabled .element=${element} .value=${'Nguyễn Văn An'}></hoso-text-field>
        </div>`,
      );
      const [readOnly, disabled] = [...el.querySelectorAll<HosoTextField>('hoso-text-field')].map(
        (field) => getComputedStyle(field.shadowRoot!.querySelector('input')!),
      );
      expect(readOnly!.borderTopStyle).to.equal('dashed');
      expect(readOnly!.cursor).to.not.equal(disabled!.cursor);
      expect(readOnly!.color).to.not.equal(disabled!.color);
      // The page behind: the theme's background, white where the theme leaves it transparent.
      const page = theme === 'default' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)';
      expect(contrastRatio(readOnly!.color, readOnly!.backgroundColor)).to.be.at.least(4.5);
      expect(contrastRatio(readOnly!.borderTopColor, page)).to.be.at.least(3);
      const results = await contrast(el);
      expect(results.violations, JSON.stringify(results.violations, null, 1)).to.deep.equal([]);
    });

  it('draws a focus ring of the theme colour, 3 px or wider, on the focused control', async () => {
    for (const [theme, colour] of [
      ['default', 'rgb(29, 78, 216)'],
      ['high-contrast', 'rgb(0, 255, 255)'],
    ] as const) {
      useTheme(theme);
      const el = await wizard();
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.continue')!;
      button.focus();
      // Away and back by keyboard, so the ring is the one keyboard users see (:focus-visible).
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(button);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(style.outlineStyle, theme).to.equal('solid');
      expect(style.outlineColor, theme).to.equal(colour);
      expect(parseFloat(style.outlineWidth), theme).to.be.at.least(3);
      expect(button.getBoundingClientRect().height, theme).to.be.at.least(24);
    }
  });

  for (const theme of ['default', 'high-contrast'] as const)
    it(`has no horizontal scroll at a 320 px viewport with the ${theme} theme`, async () => {
      useTheme(theme);
      await setViewport({ width: 320, height: 640 });
      const el = await wizardWithErrors();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      // Every later page too, up to the review page's answer list, with a long unbroken name.
      await walkToReview(el, 'Nguyễn'.repeat(8), () => {
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
      });
      expect(el.shadowRoot!.querySelector('dl')).to.not.equal(null);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await setViewport({ width: 800, height: 600 });
    });
});

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function contrastRatio(a: string, b: string): number {
  const luminance = (colour: string): number => {
    const [r, g, b] = colour
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
