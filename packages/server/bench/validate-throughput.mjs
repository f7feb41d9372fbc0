// Server validation throughput on the construction-permit example, one core, one process:
// the full Hoso pipeline (as the server runs it) against a bare ajv validator of the same
// data schema, and the request boundary (strict JSON) against JSON.parse.
// Run: node packages/server/bench/validate-throughput.mjs   (after `pnpm run build`)
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import { compile, createAjv } from '@hoso/core';
import { parseStrictJson } from '@hoso/server';

const folder = new URL(
  '../../../examples/procedures/1.009972-cap-giay-phep-xay-dung-nha-o-rieng-le/',
  import.meta.url,
);
const definition = JSON.parse(await readFile(new URL('definition.json', folder), 'utf8'));
const samples = [];
for (const kind of ['valid', 'invalid']) {
  const dir = new URL(`data/${kind}/`, folder);
  for (const file of (await readdir(dir)).filter((f) => !f.endsWith('.expected.json'))) {
    samples.push(await readFile(new URL(file, dir)));
  }
}
const parsed = samples.map((bytes) => JSON.parse(bytes.toString('utf8')));
const procedure = compile(definition);
const bareAjv = createAjv().compile(procedure.dataSchema);
const options = { today: '2026-11-22' };

/** Submissions per second: the median of several timed rounds after a warm-up. */
function measure(run, rounds = 7, perRound = 20_000) {
  for (let i = 0; i < perRound; i++) run(i);
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perRound; i++) run(i);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(perRound / seconds);
  }
  return rates.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

const n = samples.length;
const results = {
  'bare ajv (data schema only)': measure((i) => bareAjv(parsed[i % n])),
  'Hoso pipeline (validate)': measure((i) => procedure.validate(parsed[i % n], options)),
  'JSON.parse': measure((i) => JSON.parse(samples[i % n].toString('utf8'))),
  'Hoso strict JSON boundary': measure((i) => parseStrictJson(samples[i % n])),
  'boundary + pipeline': measure((i) =>
    procedure.validate(parseStrictJson(samples[i % n]), options),
  ),
};

const ajvRate = results['bare ajv (data schema only)'];
console.log(
  `Hoso server validation, construction permit (${n} samples), ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
console.log('| path | submissions/s | ratio to bare ajv |');
console.log('|---|---:|---:|');
for (const [name, rate] of Object.entries(results)) {
  console.log(
    `| ${name} | ${Math.round(rate).toLocaleString('en')} | ${(rate / ajvRate).toFixed(3)} |`,
  );
}
