import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { hashToken } from '../src/intake/auth.js';
import { startIntakeServer, type RunningIntakeServer } from '../src/intake/serve.js';

const fixture = fileURLToPath(
  new URL('../../../core/test/fixtures/household.json', import.meta.url),
);
const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The officer page in real Chromium, against the real server and store. */
describe('officer page', { timeout: 120_000 }, () => {
  let server: RunningIntakeServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    server = await startIntakeServer({
      port: 0,
      dataDir: await mkdtemp(join(tmpdir(), 'hoso-officer-')),
      publish: [fixture],
      officers: [{ name: 'Hồ Thị Mai', roles: ['officer'], token: hashToken('mai-token') }],
      log: () => undefined,
    });
    const form = new FormData();
    form.append(
      'data',
      JSON.stringify({
        fullName: 'Đặng Văn Lâm',
        birthDate: '1980-01-01',
        idNumber: '001080000123',
        maritalStatus: 'single',
        address: { residence: { province: '01', commune: '00004' } },
        declaration: true,
        $delivery: 'counter',
      }),
    );
    form.append('$documents.idCard', new Blob(['%PDF-1.7 cccd']), 'cccd.pdf');
    const response = await fetch(`${server.url}/api/procedures/test-household/dossiers`, {
      method: 'POST',
      headers: { 'idempotency-key': 'officer-page-1' },
      body: form,
    });
    assert.equal(response.status, 201);
    browser = await puppeteer.launch({
      executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('favicon')) errors.push(m.text());
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function axeViolations(): Promise<string[]> {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> };
        }
      ).axe;
      const result = await axe.run({
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      });
      return result.violations.map((v) => v.id);
    });
  }

  it('signs an officer in and lists the dossiers at their stages, accessibly', async () => {
    await page.goto(`${server.url}/officer`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      () =>
        (globalThis as any).document
          .querySelector('hoso-officer-app')
          ?.shadowRoot?.querySelector('#token'),
      { polling: 100 },
    );
    assert.deepEqual(await axeViolations(), []);
    await page.type('hoso-officer-app >>> #token', 'mai-token');
    await page.click('hoso-officer-app >>> button.primary');
    // Pierce selectors are not re-checked on shadow-root changes: poll for the rows instead.
    await page.waitForFunction(
      () =>
        Boolean(
          (globalThis as any).document
            .querySelector('hoso-officer-app')
            ?.shadowRoot?.querySelector('tbody tr'),
        ),
      { polling: 100, timeout: 30_000 },
    );
    const row = await page.$eval('hoso-officer-app >>> tbody tr', (tr) => tr.textContent ?? '');
    assert.match(row, /Thủ tục thử nghiệm/);
    assert.match(row, /Tiếp nhận/);
    assert.deepEqual(await axeViolations(), []);
  });

  it('moves a dossier and announces it', async () => {
    await page.click('hoso-officer-app >>> tbody button');
    await page.waitForFunction(() =>
      (globalThis as any).document
        .querySelector('hoso-officer-app')
        ?.shadowRoot?.querySelector('[role=status]')
        ?.textContent?.includes('Đã chuyển'),
    );
    const status = await page.$eval(
      'hoso-officer-app >>> [role=status]',
      (p) => p.textContent ?? '',
    );
    assert.match(status, /Đã chuyển hồ sơ .* sang "process"/);
    assert.deepEqual(errors, [], 'no script errors, no CSP violations');
  });

  it('switches to English', async () => {
    await page.click('hoso-officer-app >>> header button');
    const title = await page.$eval('hoso-officer-app >>> h1', (h) => h.textContent);
    assert.equal(title, 'Dossiers to process');
  });
});
