// The designer's benchmark (not a test): `pnpm exec wtr --config web-test-runner.bench.mjs`.
import config from './web-test-runner.config.mjs';

export default { ...config, files: 'dist/src/bench/*.bench.js' };
