#!/usr/bin/env node
// `npm start`: builds the app on first run (or when the build is missing), then serves it.
// With no DATABASE_URL the embedded database under ./.data is created, migrated and seeded
// with the demo region on start.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const port = process.env.PORT ?? '3000';

if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('[overstap] no production build yet: building (takes a few minutes the first time)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`[overstap] starting on http://localhost:${port} (${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite in ./.data'})`);
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OVERSTAP_OPEN_DB_AT_START: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
