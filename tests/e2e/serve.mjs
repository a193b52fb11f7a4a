// Playwright's webServer: on PostgreSQL, first create the run's own empty database (the app
// migrates and seeds it on start), then serve the app as `npm start` does. Search as in the
// vitest run: Meilisearch at MEILI_URL (`npm test` starts one for both), else a throwaway one
// of this server's own when the binary is installed, none with OVERSTAP_SEARCH=postgres.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { meilisearchPlan, startMeilisearch } from '../../scripts/meilisearch.mjs';

const target = process.env.DATABASE_URL;
if (target) {
  const name = new URL(target).pathname.slice(1);
  const server = new URL(target);
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await admin.query(`create database "${name}"`);
  await admin.end();
}
const plan = meilisearchPlan();
if (plan === 'none') {
  delete process.env.MEILI_URL;
  delete process.env.MEILI_MASTER_KEY;
} else if (plan === 'throwaway') {
  // Killed and its data removed when this process exits (scripts/meilisearch.mjs).
  const meilisearch = await startMeilisearch();
  process.env.MEILI_URL = meilisearch.url;
  process.env.MEILI_MASTER_KEY = meilisearch.masterKey;
}
console.log(`[e2e] search: ${process.env.MEILI_URL ? `Meilisearch at ${process.env.MEILI_URL}` : 'PostgreSQL'}`);
const app = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code) => process.exit(code ?? 0));
