#!/usr/bin/env node
// The app's own HTTP server (Next.js's custom-server API), run by `npm start` once the build is
// current. It exists for one reason: Next.js keeps any X-Forwarded-* header a client sends, so
// behind `next start` a client could name its own address and host. Here every request's
// forwarding headers are made true first (server/lib/forwarded-headers.mjs), then Next.js
// answers it. Needs a production build (`next build`, which start.mjs runs when needed).
import { createServer } from 'node:http';
import path from 'node:path';
import { OWN_SERVER_ENV, rewriteForwardedHeaders } from '../server/lib/forwarded-headers.mjs';
import { parseTrustProxy } from '../server/lib/trust-proxy.mjs';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT || 3000);
/** How long a shutdown waits for requests in flight before closing their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

let trust;
try {
  trust = parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error(`[overstap] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

process.env.NODE_ENV ??= 'production';
// Open, migrate and (for the demo) seed the database while Next.js prepares, before the first
// request (instrumentation.ts); `next build` loads that file too and must not open a database.
process.env.OVERSTAP_OPEN_DB_AT_START = '1';
// Tells the app that the client-address header comes from here (server/lib/client-address.ts).
process.env[OWN_SERVER_ENV] = '1';
const { default: next } = await import('next');

const app = next({ dev: false, dir: root, port });
const handle = app.getRequestHandler();
await app.prepare();

/** Next.js answers a path with broken percent-encoding (`/api/auth/%`) with a 500; it is the client's error. */
function hasDecodablePath(url = '/') {
  try {
    decodeURIComponent(url.split('?')[0] ?? '');
    return true;
  } catch {
    return false;
  }
}

/** Answers a request that none of the app could answer sensibly, before any of it sees the request. */
function badRequest(res, reason) {
  res.writeHead(400, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    // What proxy.ts puts on every other answer, as far as a plain-text refusal needs it.
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  });
  res.end(`Bad request: ${reason}\n`);
}

const server = createServer((req, res) => {
  if (!hasDecodablePath(req.url)) return badRequest(res, 'the path is not valid percent-encoding.');
  if (!rewriteForwardedHeaders(req, trust)) return badRequest(res, 'the Host header is missing or malformed.');
  void handle(req, res);
});
server.on('error', (error) => {
  // Next.js keeps the process alive after uncaught errors: a server that cannot listen must stop it.
  console.error(`[overstap] cannot serve on port ${port}:`, error.message);
  process.exit(1);
});
server.listen(port, () => {
  const database = process.env.DATABASE_URL
    ? 'PostgreSQL'
    : `embedded PGlite in ${process.env.PGLITE_DIR || './.data/pglite'}`;
  console.info(`[overstap] listening on http://localhost:${port} (${database})`);
});

async function shutDown(signal) {
  console.info(`[overstap] ${signal}: finishing requests in flight, then stopping`);
  // No new connections; idle keep-alive ones close now, busy ones after their answer.
  const closed = new Promise((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  await closed;
  clearTimeout(grace);
  await app.close().catch((error) => console.error('[overstap] closing Next.js:', error));
  // The database handle server/db.ts keeps on globalThis: close it so PGlite writes everything out.
  const database = await globalThis.overstapDb?.catch(() => undefined);
  await database?.close().catch((error) => console.error('[overstap] closing the database:', error));
  process.exit(0);
}
// Once: a second Ctrl+C stops at once, as a person pressing it twice expects.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void shutDown(signal));
