#!/usr/bin/env node
// `npm test`: typecheck, lint, unit + integration tests (vitest), e2e tests (Playwright in
// Chromium). Runs against PGlite, or against the PostgreSQL server in DATABASE_URL (each test
// file and the e2e run get a fresh database of their own). Search: PostgreSQL always, and
// Meilisearch too (MEILI_URL, or one throwaway server for vitest and the e2e app when the
// binary is installed), unless OVERSTAP_SEARCH=postgres (scripts/meilisearch.mjs). Ends with
// one summary line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-browser.mjs';
import { meilisearchPlan, startMeilisearch } from './meilisearch.mjs';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results', 'summary');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const target = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite';

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(
    `=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`,
  );
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// The e2e tests need a browser: say so before spending minutes on the rest.
const chromium = findChromium(root);
if (!chromium) {
  console.error(
    'No Chromium found for the e2e tests: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;

// One Meilisearch for the whole run: vitest's global setup and the e2e app find MEILI_URL set.
let searchPlan;
try {
  searchPlan = meilisearchPlan();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
let search = 'PostgreSQL search only';
if (searchPlan === 'none') {
  delete process.env.MEILI_URL;
  delete process.env.MEILI_MASTER_KEY;
} else if (searchPlan === 'external') {
  search = `PostgreSQL and Meilisearch search (MEILI_URL ${process.env.MEILI_URL})`;
} else {
  const meilisearch = await startMeilisearch();
  process.env.MEILI_URL = meilisearch.url;
  process.env.MEILI_MASTER_KEY = meilisearch.masterKey;
  // Ended on exit by startMeilisearch's own handler, and its temp data removed.
  search = `PostgreSQL and Meilisearch search (throwaway Meilisearch at ${meilisearch.url})`;
}

console.log(`Running the Overstap test suite against ${target}, ${search} (browser: ${chromium})`);
// Type, lint and format checks do not depend on the database: CI runs them with the first
// database only (OVERSTAP_STATIC_CHECKS=done for the second), saving minutes per run.
const staticChecked = process.env.OVERSTAP_STATIC_CHECKS === 'done';
const staticStep = (title, command, args) => {
  if (!staticChecked) return step(title, command, args);
  console.log(`\n=== ${title}: checked earlier in this run (OVERSTAP_STATIC_CHECKS=done) ===`);
  return true;
};
const results = [
  staticStep('typecheck', bin('tsc'), ['--noEmit']),
  staticStep('lint', bin('eslint'), ['.', '--max-warnings=0']),
  staticStep('format (prettier --check)', bin('prettier'), ['--check', '--log-level=warn', '.']),
  step('unit + integration (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.join(out, 'vitest.json')}`,
  ]),
  step('e2e (Playwright, Chromium)', bin('playwright'), ['test']),
];

const vitest = readJson(path.join(out, 'vitest.json'));
const playwright = readJson(path.join(out, 'playwright.json'));
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0);
const failed =
  (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0) + results.filter((ok) => !ok).length;
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats?.skipped ?? 0);
const verdict = (ok) => (staticChecked ? 'checked earlier' : ok ? 'ok' : 'FAILED');
console.log(
  `\nOverstap on ${target}, ${search}: typecheck ${verdict(results[0])}, lint ${verdict(results[1])}, format ${verdict(results[2])}`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(results.every(Boolean) ? 0 : 1);
