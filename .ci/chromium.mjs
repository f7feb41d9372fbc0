// The browser every browser test uses: Debian's Chromium (installed by .ci/setup.mjs), never a
// downloaded one. CHROME_PATH points elsewhere when needed.
import { chromeLauncher } from '@web/test-runner-chrome';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function chromium() {
  return chromeLauncher({
    launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS },
  });
}
