import { rmSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Removes the e2e run's database (PostgreSQL) or data directory (PGlite), and its mail folder. */
export default async function globalTeardown() {
  const mailDir = process.env.OVERSTAP_E2E_MAIL_DIR;
  if (mailDir) rmSync(mailDir, { recursive: true, force: true });
  const target = process.env.OVERSTAP_E2E_DATABASE_URL;
  if (target && process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${new URL(target).pathname.slice(1)} with (force)`);
    await admin.end();
    return;
  }
  rmSync(path.join('.data', `e2e-${process.env.OVERSTAP_E2E_RUN}`), { recursive: true, force: true });
}
