// Playwright's webServer: on PostgreSQL, first create the run's own empty database (the app
// migrates and seeds it on start), then serve the app as `npm start` does.
import { spawn } from 'node:child_process';
import pg from 'pg';

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
const app = spawn(process.execPath, ['scripts/start.mjs'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code) => process.exit(code ?? 0));
