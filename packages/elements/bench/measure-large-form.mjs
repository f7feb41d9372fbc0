// Times <hoso-procedure> on the benchmark's generated forms (bench/), Hoso's page alone:
// first render, the driver's update of its dependent fields, validate-all. Medians over fresh
// pages in Chromium. `node packages/elements/bench/measure-large-form.mjs [--sizes 300,1000]
// [--repetitions 5] [--breakdown] [--profile out.cpuprofile]`, after
// `pnpm exec tsc -b packages/elements packages/cli`.
/* global window -- page.evaluate callbacks run in the page */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compile } from '@hoso/core';
// The benchmark's own form generator, translator, page, server and driver, used read-only.
import { generateSpec } from '../../../bench/src/spec.mjs';
import { toHoso } from '../../../bench/src/translate/hoso.mjs';
import { serve } from '../../../bench/src/browser/server.mjs';
import { launchChromium, measureOnce, median } from '../../../bench/src/browser/measure.mjs';
import { buildProcedureValidator } from '../../cli/dist/src/standalone.js';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '300,1000' },
    repetitions: { type: 'string', default: '5' },
    profile: { type: 'string' },
    breakdown: { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
const repetitions = Number(args.repetitions);
if (sizes.some((n) => !Number.isInteger(n) || n < 10) || !(repetitions >= 1))
  throw new Error('--sizes takes whole numbers ≥ 10, --repetitions a whole number ≥ 1');

// esbuild is the benchmark's dependency; it is resolved from there.
const { build } = createRequire(new URL('../../../bench/package.json', import.meta.url))('esbuild');

async function buildHosoPage(dir) {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(dir, 'forms'), { recursive: true });
  for (const count of sizes) {
    const spec = generateSpec(count);
    const form = toHoso(spec);
    await writeFile(join(dir, 'forms', `spec-${count}.json`), JSON.stringify(spec));
    await writeFile(join(dir, 'forms', `hoso-${count}.json`), JSON.stringify(form));
    const source = await buildProcedureValidator(compile(form));
    await writeFile(join(dir, 'forms', `hoso-${count}.validator.js`), source);
  }
  await build({
    entryPoints: [new URL('../../../bench/src/browser/pages/hoso.mjs', import.meta.url).pathname],
    bundle: true,
    minify: !args.profile,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(dir, 'hoso.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  await writeFile(
    join(dir, 'hoso.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>hoso</title>' +
      '<script type="module" src="hoso.js"></script></head><body></body></html>\n',
  );
}

/** One page with the CPU profiler running around the update only. */
async function profileUpdate(browser, origin, fields, file) {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${origin}/hoso.html?fields=${fields}`, { waitUntil: 'load' });
    await tab.evaluate(() => window.bench.rendered);
    const session = await tab.createCDPSession();
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    const { updateMs } = await tab.evaluate(() => window.bench.update());
    const { profile } = await session.send('Profiler.stop');
    await writeFile(file, JSON.stringify(profile));
    console.log(`profile of one update (${updateMs.toFixed(1)} ms) written to ${file}`);
  } finally {
    await tab.close();
  }
}

/** Where one update's time goes: script, style recalculation, layout (Chromium's counters). */
async function breakdownUpdate(browser, origin, fields) {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${origin}/hoso.html?fields=${fields}`, { waitUntil: 'load' });
    await tab.evaluate(() => window.bench.rendered);
    const session = await tab.createCDPSession();
    await session.send('Performance.enable');
    const counters = async () =>
      Object.fromEntries(
        (await session.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
      );
    const before = await counters();
    const { updateMs } = await tab.evaluate(() => window.bench.update());
    const after = await counters();
    const ms = (name) => ((after[name] - before[name]) * 1000).toFixed(1);
    console.log(
      `one update at ${fields} fields: ${updateMs.toFixed(1)} ms; script ${ms('ScriptDuration')} ms, ` +
        `style ${ms('RecalcStyleDuration')} ms (${after.RecalcStyleCount - before.RecalcStyleCount}×), ` +
        `layout ${ms('LayoutDuration')} ms (${after.LayoutCount - before.LayoutCount}×), ` +
        `tasks ${ms('TaskDuration')} ms`,
    );
  } finally {
    await tab.close();
  }
}

const dir = await mkdtemp(join(os.tmpdir(), 'hoso-large-form-'));
try {
  await buildHosoPage(dir);
  const server = await serve(dir);
  const browser = await launchChromium();
  try {
    for (const fields of sizes) {
      const runs = [];
      for (let r = 0; r < repetitions; r++)
        runs.push(await measureOnce(browser, server.origin, 'hoso', fields));
      const m = (key) => median(runs.map((run) => run[key])).toFixed(1);
      console.log(
        `hoso ${fields} fields: render ${m('renderMs')} ms, update ${m('updateMs')} ms, ` +
          `validate ${m('validateMs')} ms (medians of ${repetitions}, load ${os.loadavg()[0].toFixed(1)})`,
      );
    }
    if (args.breakdown) await breakdownUpdate(browser, server.origin, sizes.at(-1));
    if (args.profile) await profileUpdate(browser, server.origin, sizes.at(-1), args.profile);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
