// One-step set-up for a fresh machine that has only Node and npm:
// installs pnpm when missing, then the workspace's dependencies, then Debian's Chromium
// (for the browser tests) when it is missing and we may install system packages.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PNPM_VERSION = '10.34.8';
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function run(command) {
  console.log(`[setup] ${command}`);
  execSync(command, { stdio: 'inherit' });
}

function has(command) {
  try {
    execSync(command, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!has('pnpm --version')) run(`npm install --global pnpm@${PNPM_VERSION}`);

const frozen = process.env.CI ? ' --frozen-lockfile' : '';
run(`pnpm install${frozen} --reporter=append-only`);

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0 && has('apt-get --version')) {
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.warn(`[setup] Chromium not found at ${CHROMIUM}; set CHROME_PATH for browser tests.`);
  }
}
