// Browser tests of the designer: the tsc-compiled tests in Debian's Chromium.
import { chromium } from '../.ci/chromium.mjs';

export default {
  files: 'dist/src/**/*.test.js',
  nodeResolve: true,
  browsers: [chromium()],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 180000,
};
