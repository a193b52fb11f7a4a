#!/usr/bin/env node
// `npm start`: builds the app when there is no build or the sources changed since it was
// made (after a `git pull`, say), then serves it with the app's own server (serve.mjs).
// With no DATABASE_URL the embedded database under ./.data is created, migrated and seeded
// with the demo region on start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseTrustProxy } from '../server/lib/trust-proxy.mjs';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

const buildId = path.join(root, '.next', 'BUILD_ID');
/** Everything the production build is made from. */
const sources = [
  'app',
  'server',
  'db',
  'i18n',
  'trpc',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'package-lock.json',
  'tsconfig.json',
];

/** The newest modification time under `entry` (a file or a folder), in ms. */
function newest(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

// A wrong TRUST_PROXY stops the server: say so before a build of several minutes, not after.
try {
  parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(`[overstap] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
if (builtAt === 0 || sources.some((s) => newest(path.join(root, s)) > builtAt)) {
  console.log(
    builtAt
      ? '[overstap] sources changed since the last build: rebuilding…'
      : '[overstap] no production build yet: building (takes a few minutes the first time)…',
  );
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The app's own server, in this process: see serve.mjs for why not `next start`.
await import('./serve.mjs');
