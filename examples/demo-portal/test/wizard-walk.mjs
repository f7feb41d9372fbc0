// Fills `<hoso-procedure>` for the marriage registration step by step, as a citizen with a
// keyboard would: typing into text, date and number fields, Space on the first choice and on
// required checkboxes, the arrow keys in address lists. Files are attached through their inputs
// (no keyboard path exists for a native file picker in a headless browser).

/** What to type into each field, by its name. */
const ANSWERS = {
  'bride.fullName': 'Nguyễn Thị Lan Anh',
  'bride.birthDate': '12/04/1998', // dd/mm/yyyy, although the browser runs with --lang=en-US
  'bride.ethnicity': 'Kinh',
  'bride.nationality': 'Việt Nam',
  'bride.citizenId': '001198004512',
  'bride.marriageCount': '1',
  'groom.fullName': 'Trần Minh Đức',
  'groom.birthDate': '30/09/1995',
  'groom.ethnicity': 'Kinh',
  'groom.nationality': 'Việt Nam',
  'groom.citizenId': '001095007788',
  'groom.marriageCount': '1',
  phone: '0912345678',
};

/** Required checkboxes to tick; optional ones (extra copies) stay unticked. */
const TICK = new Set(['ageCommitment', 'declaration']);

/** Finds, across shadow roots under `<hoso-procedure>`, the element named `name`. */
function deepNamed(name) {
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.getAttribute('name') === name && el.tagName.startsWith('HOSO-')) return el;
      const inner = el.shadowRoot && walk(el.shadowRoot);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(document.querySelector('hoso-procedure').shadowRoot);
}

/** The fields of the current step: tag, name, and which native control they draw. */
function currentFields() {
  const fields = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const name = el.getAttribute('name');
      if (name && el.tagName.startsWith('HOSO-') && el.tagName !== 'HOSO-FORM') {
        const inner = el.shadowRoot;
        fields.push({
          tag: el.tagName.toLowerCase(),
          name,
          control: inner?.querySelector('input[type=file]')
            ? 'file'
            : inner?.querySelector('select')
              ? 'select'
              : inner?.querySelector('input[type=radio]')
                ? 'radio'
                : inner?.querySelector('input[type=checkbox]')
                  ? 'checkbox'
                  : 'text',
          disabled: el.hasAttribute('disabled') || el.matches?.(':disabled'),
        });
        continue; // a field's own parts are not fields
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.querySelector('hoso-procedure').shadowRoot);
  return fields;
}

function wizard(page, body, arg) {
  return page.evaluate(body, arg);
}

/**
 * Puts the finders into the page. A string evaluated through the DevTools protocol is not
 * subject to the page's CSP; the portal itself never evaluates strings.
 */
async function installFinders(page) {
  await page.evaluate(
    `globalThis.hosoWalk = { deepNamed: ${deepNamed}, currentFields: ${currentFields} }`,
  );
}

async function focusNamed(page, name) {
  await page.evaluate((n) => globalThis.hosoWalk.deepNamed(n).focus(), name);
}

async function heading(page) {
  return wizard(page, () =>
    document.querySelector('hoso-procedure').shadowRoot.querySelector('h2')?.textContent?.trim(),
  );
}

async function fillStep(page, files) {
  const fields = await page.evaluate(() => globalThis.hosoWalk.currentFields());
  for (const field of fields) {
    if (field.disabled) continue;
    const answer = ANSWERS[field.name];
    if (field.control === 'file') {
      const key = field.name.replace(/^\$documents\./, '');
      if (!files[key]) continue;
      const input = await page.evaluateHandle(
        (n) => globalThis.hosoWalk.deepNamed(n).shadowRoot.querySelector('input[type=file]'),
        field.name,
      );
      await input.uploadFile(files[key]);
    } else if (field.tag === 'hoso-address-field') {
      // The same commune for everyone: the first in the lists, or Hà Nội's Phúc Xá by code
      // when the field has no units data set and asks for codes.
      await focusNamed(page, field.name);
      const lists = await page.evaluate(
        (n) => globalThis.hosoWalk.deepNamed(n).shadowRoot.activeElement?.tagName === 'SELECT',
        field.name,
      );
      await (lists ? page.keyboard.press('ArrowDown') : page.keyboard.type('01'));
      await page.keyboard.press('Tab');
      await (lists ? page.keyboard.press('ArrowDown') : page.keyboard.type('00004'));
    } else if (field.control === 'radio') {
      await focusNamed(page, field.name);
      await page.keyboard.press('Space');
    } else if (field.control === 'select') {
      await focusNamed(page, field.name);
      await page.keyboard.press('ArrowDown');
    } else if (field.control === 'checkbox') {
      if (!TICK.has(field.name)) continue;
      await focusNamed(page, field.name);
      await page.keyboard.press('Space');
    } else if (answer !== undefined) {
      await focusNamed(page, field.name);
      await page.keyboard.type(answer);
    }
  }
}

async function press(page, cls) {
  await page.evaluate((c) => {
    document.querySelector('hoso-procedure').shadowRoot.querySelector(`button.${c}`).focus();
  }, cls);
  await page.keyboard.press('Enter');
}

/**
 * Walks the wizard to its review page ("check your answers"), filling each step. A step that
 * cannot be left fails with the wizard's own error summary.
 */
export async function fillWizard(page, { files = {} } = {}) {
  await installFinders(page);
  for (let step = 0; step < 12; step++) {
    const onReview = await wizard(
      page,
      () => !!document.querySelector('hoso-procedure').shadowRoot.querySelector('button.submit'),
    );
    if (onReview) return;
    const before = await heading(page);
    await fillStep(page, files);
    await press(page, 'continue');
    await page.waitForFunction(
      (previous) => {
        const root = document.querySelector('hoso-procedure').shadowRoot;
        return (
          root.querySelector('h2')?.textContent?.trim() !== previous ||
          root.querySelector('.error-summary')
        );
      },
      { polling: 100, timeout: 15_000 },
      before,
    );
    const summary = await wizard(
      page,
      () =>
        document.querySelector('hoso-procedure').shadowRoot.querySelector('.error-summary')
          ?.textContent,
    );
    if (summary)
      throw new Error(`step "${before}" cannot be left: ${summary.replace(/\s+/g, ' ')}`);
  }
  throw new Error('the wizard never reached its review page');
}
