import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  fillAndSubmitMarriage,
  shownDossierCode,
  storedDossiers,
  usePortal,
  waitInPage,
} from './harness.mjs';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

describe('plain HTML embedding, built with Vite', { timeout: 240_000 }, () => {
  const suite = usePortal(DIST);

  it('files a marriage registration from index.html and shows the dossier code', async () => {
    const { page, portal, errors } = suite;
    await page.goto(`${portal.url}/`, { waitUntil: 'networkidle0' });
    await waitInPage(page, () =>
      document.querySelector('hoso-procedure')?.shadowRoot?.querySelector('hoso-form'),
    );
    assert.deepEqual(await axeViolations(page), [], 'the first step is accessible');
    await fillAndSubmitMarriage(page);
    const code = await shownDossierCode(page);
    assert.match(code, /^[\d.]+[A-Z]\d{2}-\d{6}-\d{4}$/);
    assert.deepEqual(await storedDossiers(portal), [{ code, files: 1 }]);
    assert.deepEqual(await axeViolations(page), [], 'the receipt is accessible');
    assert.deepEqual(errors, [], 'no script errors, no CSP violations');
  });

  it('puts Hoso fields in a native form: validity, FormData and reset', async () => {
    const { page, portal, errors } = suite;
    await page.goto(`${portal.url}/native-form.html`, { waitUntil: 'networkidle0' });
    await waitInPage(page, () =>
      document.querySelector('hoso-text-field')?.shadowRoot?.querySelector('input'),
    );
    assert.deepEqual(await axeViolations(page), []);
    const validity = () => page.$eval('#subscribe', (form) => form.checkValidity());
    const sent = () => page.$eval('#sent', (output) => output.textContent);
    assert.equal(await validity(), false, 'required Hoso fields are empty');
    await page.click('button[type=submit]');
    assert.equal(await sent(), '', 'the browser refused to submit');

    await page.focus('hoso-text-field[name=fullName]');
    await page.keyboard.type('Lê Thị Hồng');
    await page.focus('hoso-text-field[name=citizenId]');
    await page.keyboard.type('001180000042');
    await page.focus('#phone');
    await page.keyboard.type('0987654321');
    assert.equal(await validity(), false, 'channel and consent are still missing');
    await page.focus('hoso-choice-field[name=channel]');
    await page.keyboard.press('Space');
    await page.focus('hoso-checkbox-field[name=consent]');
    await page.keyboard.press('Space');
    assert.equal(await validity(), true);
    await page.focus('button[type=submit]');
    await page.keyboard.press('Enter');
    const entries = await page.$$eval('#sent dt, #sent dd', (nodes) =>
      nodes.map((n) => n.textContent),
    );
    assert.deepEqual(entries, [
      'fullName',
      'Lê Thị Hồng',
      'citizenId',
      '001180000042',
      'phone',
      '0987654321',
      'channel',
      'sms',
      'consent',
      'on',
    ]);

    await page.click('button[type=reset]');
    assert.equal(await sent(), '');
    const values = await page.$$eval('#subscribe [name]', (nodes) => nodes.map((n) => n.value));
    assert.deepEqual(values, ['', '', '', '', null, false]);
    assert.equal(await validity(), false);
    assert.deepEqual(errors, []);
  });
});
