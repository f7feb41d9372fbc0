// Drives Chromium through every page: a fresh page per repetition, render → heap → update →
// validate-all, each timed inside the page (see harness.mjs).
/* global window -- page.evaluate callbacks run in the page */
import puppeteer from 'puppeteer-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * @typedef {{ renderMs: number, updateMs: number, validateMs: number, heapBytes: number,
 *   violations: string[] }} Repetition
 */

export async function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Form.io, SurveyJS and form-js take many seconds for 1,000 fields on a loaded machine.
    protocolTimeout: 600_000,
    args: CHROMIUM_ARGS,
  });
}

/**
 * One repetition of one page at one size.
 * @param {import('puppeteer-core').Browser} browser
 * @returns {Promise<Repetition>}
 */
export async function measureOnce(browser, origin, page, fields) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  try {
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${origin}/${page}.html?fields=${fields}`, { waitUntil: 'load' });
    // Module scripts have run by `load`: window.bench exists (a busy page never polls).
    const { renderMs } = await tab.evaluate(() => window.bench.rendered);
    const session = await tab.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();
    const { updateMs } = await tab.evaluate(() => window.bench.update());
    const { validateMs } = await tab.evaluate(() => window.bench.validate());
    const violations = await tab.evaluate(() => window.bench.violations);
    if (errors.length > 0) throw new Error(errors.join('\n'));
    return { renderMs, updateMs, validateMs, heapBytes: usedSize, violations };
  } catch (error) {
    throw new Error(
      `${page} at ${fields} fields: ${error.message}${errors.length ? `\n${errors.join('\n')}` : ''}`,
    );
  } finally {
    await tab.close();
  }
}

export function median(/** @type {number[]} */ values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Medians over `repetitions` fresh pages, for every page and size. The pages take turns within
 * each repetition, so a busy spell on a shared machine touches every library alike. A page
 * that fails is reported with its error and the run goes on.
 * @param {{ origin: string, pages: string[], sizes: number[], repetitions: number,
 *   log: (line: string) => void }} options
 */
export async function measureBrowser({ origin, pages, sizes, repetitions, log }) {
  const browser = await launchChromium();
  /** @type {Record<string, Record<number, any>>} */
  const results = Object.fromEntries(pages.map((page) => [page, {}]));
  try {
    for (const fields of sizes) {
      /** @type {Record<string, Repetition[]>} */
      const runs = Object.fromEntries(pages.map((page) => [page, []]));
      /** @type {Record<string, string>} */
      const failed = {};
      for (let r = 0; r < repetitions; r++)
        for (const page of pages) {
          if (failed[page]) continue;
          try {
            runs[page].push(await measureOnce(browser, origin, page, fields));
          } catch (error) {
            failed[page] = error.message;
            log(`${page} ${fields}: FAILED ${error.message}`);
          }
        }
      for (const page of pages) {
        if (failed[page]) {
          results[page][fields] = { error: failed[page] };
          continue;
        }
        const m = {
          renderMs: median(runs[page].map((r) => r.renderMs)),
          updateMs: median(runs[page].map((r) => r.updateMs)),
          validateMs: median(runs[page].map((r) => r.validateMs)),
          heapBytes: median(runs[page].map((r) => r.heapBytes)),
          cspViolations: runs[page].flatMap((r) => r.violations),
          raw: runs[page],
        };
        results[page][fields] = m;
        log(
          `${page} ${fields}: render ${m.renderMs.toFixed(1)} ms, update ${m.updateMs.toFixed(1)} ms, validate ${m.validateMs.toFixed(1)} ms, heap ${(m.heapBytes / 1e6).toFixed(1)} MB`,
        );
      }
    }
    return { results, chromium: await browser.version() };
  } finally {
    await browser.close();
  }
}
