// The demo portal end to end in Debian's Chromium: the intake server (PGlite in a temporary
// folder) serves the built portal, the API and the validator modules on one origin, under the
// portal's strict CSP. A citizen picks the marriage registration, fills it in with the keyboard,
// submits, gets a dossier code and tracks it; axe checks every page.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildProcedureValidator } from '@hoso/cli';
import { startIntakeServer } from '@hoso/server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../.ci/chromium.mjs';
import { fillWizard } from './wizard-walk.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const MARRIAGE = here('../../procedures/1.000894-dang-ky-ket-hon/definition.json');
const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

describe('the demo portal', { timeout: 240_000 }, () => {
  let dataDir;
  let server;
  /** A portal on another origin, allowed to call the intake server's public API. */
  let otherPortal;
  let browser;
  let page;
  const errors = [];
  const bride = { citizenId: '001198004512' };
  let dossierCode;

  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'hoso-demo-portal-'));
    otherPortal = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><html lang="vi"><title>Cổng khác</title></html>'),
    );
    await new Promise((resolve) => otherPortal.listen(0, '127.0.0.1', resolve));
    const otherOrigin = `http://127.0.0.1:${otherPortal.address().port}`;
    server = await startIntakeServer({
      allowedOrigins: [otherOrigin],
      port: 0,
      dataDir,
      publish: [MARRIAGE],
      portalDir: here('../dist'),
      validatorModule: buildProcedureValidator,
      log: (e) => errors.push(`server: ${e instanceof Error ? e.stack : e}`),
    });
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      // A browser whose own date format is mm/dd/yyyy: the wizard's dates still read dd/mm/yyyy.
      args: [...CHROMIUM_FLAGS, '--lang=en-US'],
    });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} ${m.location()?.url ?? ''}`);
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    otherPortal?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function axeViolations() {
    // The portal's CSP forbids inline script: axe goes in through the DevTools protocol.
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const result = await globalThis.axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      });
      return result.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
  }

  const waitFor = (predicate, arg, timeout = 20_000) =>
    page.waitForFunction(predicate, { polling: 100, timeout }, arg);

  /** Tabs until the focused element matches `selector` (light DOM), then presses Enter. */
  async function tabToAndPress(selector) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) {
        await page.keyboard.press('Enter');
        return;
      }
    }
    assert.fail(`no focusable ${selector}`);
  }

  it('lists the published procedures, under a strict CSP, accessibly', async () => {
    const response = await page.goto(`${server.url}/`, { waitUntil: 'networkidle0' });
    const csp = response.headers()['content-security-policy'];
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-/);
    await waitFor(() => document.querySelector('.procedure-card a'));
    const titles = await page.$$eval('.procedure-card h2', (h) =>
      h.map((e) => e.textContent.trim()),
    );
    assert.deepEqual(titles, ['Đăng ký kết hôn']);
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Thủ tục hành chính trực tuyến');
    assert.deepEqual(await axeViolations(), []);
  });

  it('switches to English and back', async () => {
    await page.click('button.language');
    await waitFor(
      () => document.querySelector('h1')?.textContent === 'Online public-service procedures',
    );
    assert.equal(await page.$eval('html', (h) => h.lang), 'en');
    assert.equal(
      await page.$eval('.procedure-card h2', (h) => h.textContent.trim()),
      'Marriage registration',
    );
    assert.deepEqual(await axeViolations(), []);
    await page.click('button.language');
    await waitFor(() => document.documentElement.lang === 'vi');
  });

  it('opens the procedure, is filled in with the keyboard and submitted', async () => {
    await tabToAndPress('.procedure-card a');
    await waitFor(() => location.hash === '#/procedures/dang-ky-ket-hon');
    await waitFor(() =>
      document.querySelector('hoso-procedure')?.shadowRoot?.querySelector('hoso-form'),
    );
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Đăng ký kết hôn');
    assert.deepEqual(await axeViolations(), []);

    const scan = join(dataDir, 'can-cuoc.pdf');
    await writeFile(scan, '%PDF-1.7\n% identity cards of both partners\n');
    await fillWizard(page, { files: { identityDocuments: scan } });
    assert.deepEqual(await axeViolations(), [], 'the review page');
    await page.evaluate(() =>
      document.querySelector('hoso-procedure').shadowRoot.querySelector('button.submit').focus(),
    );
    await page.keyboard.press('Enter');

    const link = await waitFor(
      () => document.querySelector('.next-steps a')?.getAttribute('href'),
      undefined,
      30_000,
    );
    const href = await link.jsonValue();
    dossierCode = decodeURIComponent(href.replace('#/track?code=', ''));
    assert.match(dossierCode, /^[\d.A-Z]+-\d{6}-\d{4}$/);
    const stored = await server.ctx.db.query('SELECT code FROM dossiers');
    assert.deepEqual(
      stored.map((r) => r.code),
      [dossierCode],
    );
    assert.deepEqual(await axeViolations(), [], 'the receipt');
  });

  it("tracks the dossier with the applicant's ID number", async () => {
    await tabToAndPress('.next-steps a');
    await waitFor(() => location.hash.startsWith('#/track'));
    await waitFor(() => document.querySelector('#code')?.value);
    assert.equal(await page.$eval('#code', (i) => i.value), dossierCode);
    assert.deepEqual(await axeViolations(), []);

    // Nothing entered for the proof: the error summary says so and leads to the field.
    await page.focus('form.track-form button[type=submit]');
    await page.keyboard.press('Enter');
    await waitFor(() => document.activeElement?.matches('.error-summary'));
    assert.deepEqual(await axeViolations(), [], 'the error summary');

    await page.focus('#proof');
    await page.keyboard.type(bride.citizenId);
    await page.keyboard.press('Enter');
    await waitFor(() => document.querySelector('.dossier-status .stage'));
    assert.equal(await page.$eval('.dossier-code', (c) => c.textContent), dossierCode);
    assert.equal(await page.$eval('.stage', (c) => c.textContent), 'Tiếp nhận hồ sơ');
    const history = await page.$$eval('.history tbody tr', (rows) =>
      rows.map((r) => [...r.cells].map((c) => c.textContent.trim()).slice(1, 3)),
    );
    assert.deepEqual(history, [['Công dân nộp hồ sơ', 'Tiếp nhận hồ sơ']]);
    assert.deepEqual(await axeViolations(), [], 'the status');
  });

  it('says so when the code and proof do not match', async () => {
    await page.$eval('#proof', (i) => (i.value = ''));
    await page.focus('#proof');
    await page.keyboard.type('000000000000');
    await page.keyboard.press('Enter');
    await waitFor(() => document.querySelector('.alert')?.textContent.includes('Không tìm thấy'));
    assert.deepEqual(await axeViolations(), []);
    // The refused lookup is the only failed request the console may report.
    const unexpected = errors.filter((e) => !/status of 404 .*\/api\/dossiers\//.test(e));
    assert.deepEqual(unexpected, [], 'no script errors, no CSP violations');
  });

  it('serves a portal on another origin it lists: the validator module and the dossier POST', async () => {
    const other = await browser.newPage();
    await other.goto(`http://127.0.0.1:${otherPortal.address().port}/`);
    const answer = await other.evaluate(async (api) => {
      const validator = (await import(`${api}/validator.js`)).default;
      const form = new FormData();
      form.append('data', JSON.stringify({ bride: {} }));
      const response = await fetch(`${api}/dossiers`, {
        method: 'POST',
        headers: { 'idempotency-key': 'other-origin-0001' },
        body: form,
      });
      const body = await response.json();
      return [typeof validator, validator({}), response.status, body.code];
    }, `${server.url}/api/procedures/dang-ky-ket-hon`);
    // The module runs there; the server's refusal (its field errors) is readable there.
    assert.deepEqual(answer, ['function', false, 422, 'invalid-submission']);
    await other.close();
  });
});
