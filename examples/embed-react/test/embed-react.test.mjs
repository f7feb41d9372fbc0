import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  failNextDossierPost,
  fillAndSubmitMarriage,
  shownDossierCode,
  storedDossiers,
  submitAgain,
  usePortal,
  waitInPage,
} from '../../embed-html/test/harness.mjs';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

describe('React 19 embedding through typed @lit/react wrappers', { timeout: 240_000 }, () => {
  const suite = usePortal(DIST);

  it('switches the wizard to English, reports a failed post, files the dossier and keeps the receipt in state', async () => {
    const { page, portal, errors } = suite;
    await page.goto(`${portal.url}/`, { waitUntil: 'networkidle0' });
    await waitInPage(page, () =>
      document.querySelector('hoso-procedure')?.shadowRoot?.querySelector('hoso-form'),
    );
    await page.focus('button.language');
    await page.keyboard.press('Enter');
    await waitInPage(page, () => document.querySelector('hoso-procedure')?.lang === 'en');
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Marriage registration');
    assert.deepEqual(await axeViolations(page), [], 'the first step is accessible');

    await failNextDossierPost(page);
    await fillAndSubmitMarriage(page, 'en');
    await waitInPage(page, () =>
      document.querySelector('[role=status]')?.textContent?.includes('not submitted'),
    );
    assert.deepEqual(await storedDossiers(portal), [], 'the first post never arrived');
    await submitAgain(page);
    const code = await shownDossierCode(page);
    assert.match(code, /^[\d.]+[A-Z]\d{2}-\d{6}-\d{4}$/);
    assert.deepEqual(await storedDossiers(portal), [{ code, files: 1 }]);
    assert.match(await page.$eval('[role=status]', (p) => p.textContent), /Application submitted/);
    assert.deepEqual(await axeViolations(page), [], 'the receipt is accessible');
    const unexpected = errors.filter((e) => !e.includes('net::ERR_INTERNET_DISCONNECTED'));
    assert.deepEqual(unexpected, [], 'no other failed request, script error or CSP violation');
  });
});
