// Browser half of the parity proof: Node computes every verdict and precompiles the
// validators before the run; Chromium recomputes under a CSP that forbids eval.
import { chromium } from '../../.ci/chromium.mjs';
import { prepareBrowserRun } from './dist/src/node/prepare-browser-run.js';
import { prepareSchemaSuite } from './dist/src/node/prepare-schema-suite.js';

const prepared = await prepareBrowserRun();
console.log(`parity: ${prepared.cases} submissions over ${prepared.procedures} procedures`);
const suite = await prepareSchemaSuite();
console.log(`JSON Schema Test Suite: ${suite.tests} tests in ${suite.groups} groups`);

const CSP = [
  "default-src 'self'",
  // The test runner injects its own inline scripts; eval stays forbidden.
  "script-src 'self' 'unsafe-inline'",
  "connect-src 'self' ws: wss:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
].join('; ');

export default {
  files: 'dist/browser/**/*.test.js',
  nodeResolve: true,
  browsers: [chromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 120000 } },
  testsFinishTimeout: 300000,
  middleware: [
    async (context, next) => {
      await next();
      context.set('Content-Security-Policy', CSP);
    },
  ],
};
