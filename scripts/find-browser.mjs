// The Chromium the e2e tests drive: Playwright's own when it is installed, else a system
// Chromium or Chrome. Returns null when there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export function findChromium(root) {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  try {
    const require = createRequire(path.join(root, 'package.json'));
    const own = require('@playwright/test').chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright not installed (npm install not run yet): fall through to the system browsers.
  }
  return systemBrowsers.find((candidate) => existsSync(candidate)) ?? null;
}
