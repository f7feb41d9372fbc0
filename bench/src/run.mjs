// `pnpm bench`: builds the pages, measures them in Chromium and the validators in Node, writes
// docs/benchmarks.md and bench/results/benchmarks.json. `--quick`: 50 fields, one repetition,
// printed only. `--repetitions N` changes the browser repetitions (default 5). `--report-only`
// rewrites docs/benchmarks.md from bench/results/benchmarks.json without measuring.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPages, LIBRARIES, STRICT_CSP } from './browser/build.mjs';
import { measureBrowser } from './browser/measure.mjs';
import { serve } from './browser/server.mjs';
import { measureThroughput } from './node/throughput.mjs';
import { evaluateTargets, renderMarkdown } from './report.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    repetitions: { type: 'string' },
    'report-only': { type: 'boolean', default: false },
  },
});
const resultsFile = new URL('../results/benchmarks.json', import.meta.url);
const docsFile = new URL('../../docs/benchmarks.md', import.meta.url);

/** Written files are formatted like every other file (prettier aligns the tables). */
async function formatted(text, file, parser) {
  const prettier = await import('prettier');
  const config = await prettier.resolveConfig(fileURLToPath(file));
  return prettier.format(text, { ...config, parser });
}

/** The page: the measured tables, then the hand-written findings (bench/findings.md). */
async function page(results) {
  const findings = await readFile(new URL('../findings.md', import.meta.url), 'utf8').catch(
    () => '',
  );
  const markdown = renderMarkdown(results) + (findings ? `\n${findings}` : '');
  return formatted(markdown, docsFile, 'markdown');
}

if (args['report-only']) {
  const results = JSON.parse(await readFile(resultsFile, 'utf8'));
  results.targets = evaluateTargets(results);
  await writeFile(docsFile, await page(results));
  console.log('[bench] rewrote docs/benchmarks.md');
  process.exit(0);
}
const quick = args.quick;
const sizes = quick ? [50] : [50, 300, 1000];
const repetitions = Number(args.repetitions ?? (quick ? 1 : 5));
if (!Number.isInteger(repetitions) || repetitions < 1)
  throw new Error(`--repetitions must be a whole number ≥ 1, got ${args.repetitions}`);

const log = (line) => console.log(`[bench] ${line}`);
const load = () => Number(os.loadavg()[0].toFixed(1));
const loadStart = load();
const started = performance.now();

const dir = await mkdtemp(join(os.tmpdir(), 'hoso-bench-'));
try {
  log(`building pages into ${dir}`);
  const { bundles, validators } = await buildPages(dir, sizes);
  const server = await serve(dir);
  let browser;
  try {
    browser = await measureBrowser({
      origin: server.origin,
      pages: Object.keys(LIBRARIES),
      sizes,
      repetitions,
      log,
    });
  } finally {
    await server.close();
  }
  log('measuring server-side validation');
  const rounds = quick ? 3 : 7;
  const node = {
    ...measureThroughput({ fields: quick ? 50 : 300, rounds, roundMs: quick ? 100 : 300 }),
    rounds,
  };

  const results = {
    sizes,
    repetitions,
    csp: STRICT_CSP,
    bundles,
    validators,
    browser: browser.results,
    node,
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      chromium: browser.chromium,
      date: new Date().toISOString().slice(0, 10),
      loadStart,
      loadEnd: load(),
      seconds: Math.round((performance.now() - started) / 1000),
    },
  };
  results.targets = evaluateTargets(results);
  if (quick) {
    console.log(renderMarkdown(results));
  } else {
    await mkdir(new URL('.', resultsFile), { recursive: true });
    await writeFile(resultsFile, await formatted(JSON.stringify(results), resultsFile, 'json'));
    await writeFile(docsFile, await page(results));
    log('wrote docs/benchmarks.md and bench/results/benchmarks.json');
  }
  log(`done in ${results.machine.seconds} s`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
