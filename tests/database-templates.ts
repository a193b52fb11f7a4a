/**
 * Vitest global setup of the integration tests: one migrated and one seeded database, built
 * once per run, that each test file's fresh database is copied from (tests/helpers/database.ts)
 * instead of migrating and seeding it again — on PGlite a migration alone takes seconds, and
 * some thirty files start from the demo region. On a PostgreSQL server the templates are
 * databases (CREATE DATABASE … TEMPLATE copies them); on PGlite they are dumps of its data
 * directory in a temporary folder. Both are removed after the run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { Client } from 'pg';
import { migrateDatabase, openDatabase } from '~/db/client';
import { seedDemoRegion } from '~/db/seed/demo';
import { DEMO_PASSWORD } from '~/db/seed/demo-accounts';
import { hashPassword } from '~/server/auth/password';
import { refreshPlannerStatistics } from '~/server/jobs/planner-statistics';
import { DEMO_TODAY, TEMPLATES_ENV, type DatabaseTemplates } from '~/tests/helpers/database';

async function onServer(serverUrl: string, run: string): Promise<[DatabaseTemplates, () => Promise<void>]> {
  const names = { migrated: `overstap_tpl_${run}_migrated`, seeded: `overstap_tpl_${run}_seeded` };
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const urlOf = (name: string) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  try {
    await admin.query(`create database ${names.migrated}`);
    const migrated = await openDatabase({ url: urlOf(names.migrated) });
    await migrateDatabase(migrated);
    await migrated.close();
    await admin.query(`create database ${names.seeded} template ${names.migrated}`);
    const seeded = await openDatabase({ url: urlOf(names.seeded) });
    const summary = await seedDemoRegion(seeded.db, {
      passwordHash: await hashPassword(DEMO_PASSWORD),
      today: DEMO_TODAY,
    });
    // As the app does after seeding; the copies keep the statistics.
    await refreshPlannerStatistics(seeded.db);
    await seeded.close();
    return [
      { driver: 'postgres', ...names, summary },
      async () => {
        const dropper = new Client({ connectionString: serverUrl });
        await dropper.connect();
        for (const name of Object.values(names)) await dropper.query(`drop database if exists ${name} with (force)`);
        await dropper.end();
      },
    ];
  } finally {
    await admin.end();
  }
}

async function onPglite(): Promise<[DatabaseTemplates, () => Promise<void>]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'overstap-test-templates-'));
  const files = { migrated: path.join(folder, 'migrated.tar'), seeded: path.join(folder, 'seeded.tar') };
  const handle = await openDatabase({ pgliteDir: null });
  const dump = async (file: string) => {
    // The PGlite client behind drizzle: the handle hides it, the session holds it.
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  };
  try {
    await migrateDatabase(handle);
    await dump(files.migrated);
    const summary = await seedDemoRegion(handle.db, {
      passwordHash: await hashPassword(DEMO_PASSWORD),
      today: DEMO_TODAY,
    });
    await refreshPlannerStatistics(handle.db);
    await dump(files.seeded);
    return [{ driver: 'pglite', ...files, summary }, async () => rmSync(folder, { recursive: true, force: true })];
  } finally {
    await handle.close();
  }
}

export default async function databaseTemplates(): Promise<() => Promise<void>> {
  const run = `${Date.now().toString(36)}_${process.pid}`;
  const started = Date.now();
  const [templates, remove] = process.env.DATABASE_URL
    ? await onServer(process.env.DATABASE_URL, run)
    : await onPglite();
  // Workers start after this and inherit the environment.
  process.env[TEMPLATES_ENV] = JSON.stringify(templates);
  console.info(
    `[db] test database templates (${templates.driver}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return remove;
}
