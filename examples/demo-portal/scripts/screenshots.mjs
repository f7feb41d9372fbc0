// Screenshots for the README, taken from the running `npm start` stack with headless Chromium:
//   node scripts/screenshots.mjs [http://127.0.0.1:8080]
// writes docs/images/demo-portal.png (the portal's wizard) and docs/images/designer.png.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../.ci/chromium.mjs';

const base = (process.argv[2] ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const images = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
// Marriage registration: its id on the intake server, its national code among the examples.
const PROCEDURE = 'dang-ky-ket-hon';
const CODE = '1.000894';

const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS, '--lang=vi-VN', '--hide-scrollbars'],
  // Date inputs follow the locale: dd/mm/yyyy, as in Viet Nam.
  env: { ...process.env, LANG: 'vi_VN.UTF-8', LANGUAGE: 'vi' },
});
try {
  await mkdir(images, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 860, deviceScaleFactor: 1 });

  await page.goto(`${base}/#/procedures/${PROCEDURE}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(
    () => document.querySelector('hoso-procedure')?.shadowRoot?.querySelector('hoso-form'),
    { polling: 100, timeout: 30_000 },
  );
  await page.screenshot({ path: `${images}demo-portal.png` });

  await page.goto(`${base}/designer/`, { waitUntil: 'networkidle0' });
  // Open the same procedure from the designer's examples, as an analyst would.
  const examples = await page.waitForSelector('hoso-designer >>> select[data-action=examples]');
  const value = await examples.evaluate(
    (select, code) =>
      [...select.options].find((o) => o.value.includes(code) && !o.value.startsWith('overlay:'))
        ?.value,
    CODE,
  );
  if (value) await examples.select(value);
  // The canvas and monaco settle after the definition opens.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await page.screenshot({ path: `${images}designer.png` });
  console.log(`wrote ${images}demo-portal.png and ${images}designer.png`);
} finally {
  await browser.close();
}
