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
} from '../../embed-html/test/harness.mjs';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

describe('Vue 3 embedding with typed custom-element events', { timeout: 240_000 }, () => {
  const suite = usePortal(DIST);

  it('files the dossier in Vietnamese and keeps the receipt in a ref', async () => {
    const { page, portal, errors } = suite;
    await page.goto(`${portal.url}/`, { waitUntil: 'networkidle0' });
    await waitInPage(page, () =>
      document.querySelector('hoso-procedure')?.shadowRoot?.querySelector('hoso-form'),
    );
    const set = await page.$eval('hoso-procedure', (el) => [el.lang, el.src, el.action]);
    assert.deepEqual(set, [
      'vi',
      '/api/procedures/dang-ky-ket-hon',
      '/api/procedures/dang-ky-ket-hon/dossiers',
    ]);
    assert.deepEqual(await axeViolations(page), [], 'the first step is accessible');

    await fillAndSubmitMarriage(page, 'vi');
    const code = await shownDossierCode(page);
    assert.match(code, /^[\d.]+[A-Z]\d{2}-\d{6}-\d{4}$/);
    assert.deepEqual(await storedDossiers(portal), [{ code, files: 1 }]);
    assert.match(await page.$eval('[role=status]', (p) => p.textContent), /Hồ sơ đã nộp/);
    assert.deepEqual(await axeViolations(page), [], 'the receipt is accessible');
    assert.deepEqual(errors, [], 'no script errors, no CSP violations');
  });
});
