import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-browser.mjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const runId = (process.env.OVERSTAP_E2E_RUN ??= `${Date.now().toString(36)}`);

// The app under test gets a database of its own: a fresh PGlite directory, or a fresh database
// on the PostgreSQL server in DATABASE_URL (created by serve.mjs, seeded by the app).
const database: Record<string, string> = process.env.DATABASE_URL
  ? (() => {
      const url = new URL(process.env.DATABASE_URL);
      url.pathname = `/overstap_e2e_${runId}`;
      process.env.OVERSTAP_E2E_DATABASE_URL = url.toString();
      return { DATABASE_URL: url.toString(), SEED_DEMO: '1' };
    })()
  : { PGLITE_DIR: path.join('.data', `e2e-${runId}`) };

// Mail the app sends in this run is written here as .eml files, for tests to read (tests/e2e/mail.ts).
const mailDir = (process.env.OVERSTAP_E2E_MAIL_DIR ??= path.resolve('.data', `e2e-mail-${runId}`));

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Generous limits: a busy or slow machine makes a test slower, never red. The limits only
  // stop a test that hangs.
  timeout: 5 * 60_000,
  expect: { timeout: 60_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/summary/playwright.json' }]],
  globalTeardown: './tests/e2e/global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(process.cwd()) ?? undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /mobile\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: {
    command: 'node tests/e2e/serve.mjs',
    url: `http://127.0.0.1:${port}/login`,
    timeout: 10 * 60_000, // the first run builds the app
    reuseExistingServer: false,
    stdout: 'pipe',
    // Playwright's own connections (127.0.0.1) stand for a trusted reverse proxy, so tests can
    // simulate HTTPS and client addresses with X-Forwarded-*; other loopback addresses are
    // untrusted clients (tests/e2e/security-http.spec.ts).
    env: { ...database, MAIL_DIR: mailDir, PORT: String(port), NODE_ENV: 'production', TRUST_PROXY: '127.0.0.1' },
  },
});
