/**
 * A PostgreSQL database of its own for a benchmark: created and migrated, dropped afterwards —
 * or, with `keep`, kept under a fixed name and reused by the next run (generating a 100k-vacancy
 * region takes minutes; the figures are about reading it).
 */
import { Client } from 'pg';
import { migrateDatabase, openDatabase, type Database, type DatabaseHandle } from '~/db/client';
import { vacancies, workerProfiles } from '~/db/schema';
import type { GeneratedRegion } from './region-generator';

export async function withBenchDatabase<T>(
  options: { name: string; keep: boolean; serverUrl?: string },
  run: (handle: DatabaseHandle, reused: boolean) => Promise<T>,
): Promise<T> {
  const serverUrl = options.serverUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = options.keep ? options.name : `${options.name}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const reused =
    options.keep && (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!reused) await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  try {
    await migrateDatabase(handle);
    return await run(handle, reused);
  } finally {
    await handle.close();
    if (!options.keep) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** The ids a kept database already holds: the region of the generated vacancies, its vacancies and workers. */
export async function existingRegion(db: Database): Promise<GeneratedRegion | null> {
  const vacancyRows = await db.select({ id: vacancies.id, regionId: vacancies.regionId }).from(vacancies);
  const workerRows = await db.select({ id: workerProfiles.id }).from(workerProfiles);
  if (vacancyRows.length === 0) return null;
  const perRegion = new Map<string, number>();
  for (const v of vacancyRows) perRegion.set(v.regionId, (perRegion.get(v.regionId) ?? 0) + 1);
  const regionId = [...perRegion].sort((a, b) => b[1] - a[1])[0]![0];
  return { regionId, vacancyIds: vacancyRows.map((v) => v.id), workerIds: workerRows.map((w) => w.id) };
}
