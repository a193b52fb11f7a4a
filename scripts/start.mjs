#!/usr/bin/env node
// `npm start`: builds the app when there is no build or the sources changed since it was
// made (after a `git pull`, say), then serves it.
// With no DATABASE_URL the embedded database under ./.data is created, migrated and seeded
// with the demo region on start.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const port = process.env.PORT ?? '3000';

const buildId = path.join(root, '.next', 'BUILD_ID');
/** Everything the production build is made from. */
const sources = ['app', 'server', 'db', 'i18n', 'trpc', 'next.config.js', 'package-lock.json', 'tsconfig.json'];

/** The newest modification time under `entry` (a file or a folder), in ms. */
function newest(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
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

console.log(
  `[overstap] starting on http://localhost:${port} (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite in ./.data'})`,
);
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OVERSTAP_OPEN_DB_AT_START: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
