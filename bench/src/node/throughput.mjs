// Server-side validation throughput of one valid submission, every library in this process.
import { generateSpec, sampleData } from '../spec.mjs';
import { buildValidators } from './validators.mjs';

/**
 * Submissions per second of `run`: a warm-up, then the median rate of `rounds` timed rounds of
 * about `roundMs` each.
 * @param {() => unknown} run
 */
export function rate(run, { rounds = 5, roundMs = 300 } = {}) {
  const warmUpEnd = performance.now() + roundMs;
  let calibrate = 0;
  while (performance.now() < warmUpEnd || calibrate < 3) {
    run();
    calibrate++;
  }
  const perRound = Math.max(1, Math.round(calibrate));
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) run();
    rates.push((perRound * 1000) / (performance.now() - start));
  }
  return rates.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

/**
 * @param {{ fields: number, rounds: number, roundMs: number }} options
 * @returns {{ fields: number, errorsOnValidData: Record<string, number>, perSecond: Record<string, number> }}
 */
export function measureThroughput({ fields, rounds, roundMs }) {
  const spec = generateSpec(fields);
  const data = sampleData(spec);
  const validators = buildValidators(spec);
  /** @type {Record<string, number>} */
  const perSecond = {};
  /** @type {Record<string, number>} */
  const errorsOnValidData = {};
  for (const [name, validate] of Object.entries(validators)) {
    errorsOnValidData[name] = validate(data);
    perSecond[name] = rate(() => validate(data), { rounds, roundMs });
  }
  return { fields, errorsOnValidData, perSecond };
}
