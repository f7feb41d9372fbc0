// The end-to-end harness every embedding example shares: the intake server with PGlite in a
// temporary folder serving the example's built `dist/` and the API on one origin, Debian's
// Chromium driven by puppeteer-core, axe-core, and the keyboard walk through the marriage
// registration wizard.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { buildProcedureValidator } from '@hoso/cli';
import { startIntakeServer } from '@hoso/server';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../.ci/chromium.mjs';

export const MARRIAGE_DEFINITION = fileURLToPath(
  new URL('../../procedures/1.000894-dang-ky-ket-hon/definition.json', import.meta.url),
);

/**
 * Starts the intake server with the marriage registration published, serving the example's
 * built `distDir` at `/` (its portal mount, under a strict CSP) and each procedure's
 * standalone validator at `/api/procedures/:id/validator.js` — what `<hoso-procedure src>`
 * imports. Page and API share one origin.
 */
export async function startPortal(distDir) {
  const dataDir = await mkdtemp(join(tmpdir(), 'hoso-embed-'));
  const intake = await startIntakeServer({
    port: 0,
    dataDir,
    publish: [MARRIAGE_DEFINITION],
    portalDir: distDir,
    validatorModule: buildProcedureValidator,
    log: () => undefined,
  });
  return {
    url: intake.url,
    intake,
    async close() {
      // The browser's keep-alive connections must not hold the server open.
      intake.server.closeAllConnections();
      await intake.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Registers the suite's set-up and tear-down: the intake server serving `distDir` and a browser
 * started before the tests, both closed after. The returned object holds `portal`, `session`,
 * `page` and `errors` once the tests run.
 */
export function usePortal(distDir) {
  const suite = {};
  before(async () => {
    const [portal, session] = await Promise.all([startPortal(distDir), openBrowser()]);
    Object.assign(suite, { portal, session, page: session.page, errors: session.errors });
  });
  after(async () => {
    await suite.session?.close();
    await suite.portal?.close();
  });
  return suite;
}

/**
 * Debian's Chromium in English (US), whose own date format is mm/dd/yyyy: the wizard's date
 * fields must still read dd/mm/yyyy. The page records script errors and CSP violations.
 */
export async function openBrowser() {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--lang=en-US'],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    const where = message.location()?.url ?? '';
    if (message.type() === 'error' && !where.endsWith('/favicon.ico'))
      errors.push(`${message.text()} ${where}`);
  });
  return {
    browser,
    page,
    errors,
    /** Closes the browser; kills it when it does not close within 10 s. */
    async close() {
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, 'timeout'));
      if ((await Promise.race([browser.close(), timeout])) === 'timeout')
        browser.process()?.kill('SIGKILL');
    },
  };
}

const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's WCAG 2.2 A/AA and best-practice violations on the whole page, shadow roots included. */
export async function axeViolations(page) {
  // The page's CSP forbids inline script: axe goes in through the DevTools protocol instead.
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

/** Waits until `predicate` (run in the page) is true, polling: shadow roots change under it. */
export function waitInPage(page, predicate, arg, timeout = 15_000) {
  return page.waitForFunction(predicate, { polling: 100, timeout }, arg);
}

/** Focuses the wizard's field named `name` (its host forwards focus to the control). */
async function focusField(page, name) {
  await waitInPage(
    page,
    (n) =>
      document
        .querySelector('hoso-procedure')
        ?.shadowRoot?.querySelector('hoso-form')
        ?.shadowRoot?.querySelector(`[name="${n}"]`),
    name,
  );
  await page.evaluate((n) => {
    document
      .querySelector('hoso-procedure')
      .shadowRoot.querySelector('hoso-form')
      .shadowRoot.querySelector(`[name="${n}"]`)
      .focus();
  }, name);
}

async function typeInto(page, name, text) {
  await focusField(page, name);
  await page.keyboard.type(text);
}

/** Presses a wizard button (`continue`, `back`, `submit`) from the keyboard. */
async function pressButton(page, cls) {
  await waitInPage(
    page,
    (c) => document.querySelector('hoso-procedure')?.shadowRoot?.querySelector(`button.${c}`),
    cls,
  );
  await page.evaluate((c) => {
    document.querySelector('hoso-procedure').shadowRoot.querySelector(`button.${c}`).focus();
  }, cls);
  await page.keyboard.press('Enter');
}

/** Waits for the wizard's heading; on a timeout, says what the wizard shows instead. */
async function waitForHeading(page, text) {
  try {
    await waitInPage(
      page,
      (t) =>
        document
          .querySelector('hoso-procedure')
          ?.shadowRoot?.querySelector('h2')
          ?.textContent?.includes(t),
      text,
    );
  } catch (error) {
    const shown = await page.evaluate(() =>
      document.querySelector('hoso-procedure')?.shadowRoot?.textContent?.replace(/\s+/g, ' '),
    );
    throw new Error(`expected the heading "${text}"; the wizard shows: ${shown}`, {
      cause: error,
    });
  }
}

async function partner(page, who, person) {
  await typeInto(page, `${who}.fullName`, person.fullName);
  // dd/mm/yyyy, although the browser's own locale is en-US
  await typeInto(page, `${who}.birthDate`, person.birthDate);
  await typeInto(page, `${who}.ethnicity`, 'Kinh');
  await typeInto(page, `${who}.nationality`, 'Việt Nam');
  await typeInto(page, `${who}.citizenId`, person.citizenId);
  await focusField(page, `${who}.maritalStatus`); // the first option: never married
  await page.keyboard.press('Space');
  await typeInto(page, `${who}.marriageCount`, '1');
}

/** The file input of the wizard's document slot `key` (inside the documents page). */
function documentInput(page, key) {
  return page.evaluateHandle(
    (k) =>
      document
        .querySelector('hoso-procedure')
        .shadowRoot.querySelector('hoso-documents')
        .shadowRoot.querySelector(`[name="$documents.${k}"]`)
        .shadowRoot.querySelector('input[type=file]'),
    key,
  );
}

/** Focuses a control drawn by `<hoso-procedure>` itself (the delivery choice). */
async function focusOwnField(page, name) {
  await page.evaluate((n) => {
    document.querySelector('hoso-procedure').shadowRoot.querySelector(`[name="${n}"]`).focus();
  }, name);
}

/**
 * Fills the marriage registration by keyboard, step by step, attaches the identity documents,
 * picks the counter for the result, and submits from the review page. Addresses come from the
 * page (what the portal knows); everything else is typed.
 */
export async function fillAndSubmitMarriage(page, lang = 'vi') {
  const titles = {
    vi: [
      'Thông tin bên nữ',
      'Thông tin bên nam',
      'Nơi đăng ký',
      'Cam đoan',
      'Giấy tờ kèm theo',
      'Nhận kết quả',
      'Kiểm tra thông tin',
    ],
    en: [
      'The woman',
      'The man',
      'Registration office',
      'Declaration',
      'Documents',
      'Receiving the result',
      'Check your answers',
    ],
  }[lang];
  await waitForHeading(page, titles[0]);
  await partner(page, 'bride', {
    fullName: 'Nguyễn Thị Lan Anh',
    birthDate: '12/04/1998',
    citizenId: '001198004512',
  });
  await pressButton(page, 'continue');
  await waitForHeading(page, titles[1]);
  await partner(page, 'groom', {
    fullName: 'Trần Minh Đức',
    birthDate: '30/09/1995',
    citizenId: '001095007788',
  });
  await pressButton(page, 'continue');
  await waitForHeading(page, titles[2]);
  await focusField(page, 'submittedBy');
  await page.keyboard.press('Space');
  await typeInto(page, 'phone', '0912345678');
  await pressButton(page, 'continue');
  await waitForHeading(page, titles[3]);
  await focusField(page, 'ageCommitment');
  await page.keyboard.press('Space');
  await focusField(page, 'declaration');
  await page.keyboard.press('Space');
  await pressButton(page, 'continue');

  await waitForHeading(page, titles[4]);
  const scan = join(await mkdtemp(join(tmpdir(), 'hoso-scan-')), 'can-cuoc.pdf');
  await writeFile(scan, '%PDF-1.7\n% identity cards of both partners\n');
  const picker = await documentInput(page, 'identityDocuments');
  await picker.uploadFile(scan);
  await pressButton(page, 'continue');
  await waitForHeading(page, titles[5]);
  await focusOwnField(page, '$delivery'); // the first option: at the counter
  await page.keyboard.press('Space');
  await pressButton(page, 'continue');
  await waitForHeading(page, titles[6]);
  await pressButton(page, 'submit');
}

/** Presses Submit on the review page again (after a failed post). */
export function submitAgain(page) {
  return pressButton(page, 'submit');
}

/** Makes the next post of a dossier fail as if the network were down. */
export async function failNextDossierPost(page) {
  let failed = false;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!failed && request.method() === 'POST' && request.url().endsWith('/dossiers')) {
      failed = true;
      void request.abort('internetdisconnected');
    } else void request.continue();
  });
}

/**
 * The dossier code the page shows (in an element with class `dossier-code`), once the intake
 * server has answered.
 */
export async function shownDossierCode(page) {
  const handle = await waitInPage(
    page,
    () => document.querySelector('.dossier-code')?.textContent?.trim() || false,
    undefined,
    20_000,
  );
  return handle.jsonValue();
}

/** The dossiers the intake server stored, with how many files each carries. */
export async function storedDossiers(portal) {
  return portal.intake.ctx.db.query(
    `SELECT d.code, count(f.sha256)::int AS files FROM dossiers d
     LEFT JOIN dossier_files f ON f.dossier_code = d.code GROUP BY d.code`,
  );
}
