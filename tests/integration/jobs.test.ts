/**
 * The PostgreSQL job queue: deduplicated, retried with backoff, run once even when several
 * workers (app instances) poll at the same time, and picked up again after a crash.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobs } from '~/db/schema';
import { enqueueJob, runDueJobs, type ClaimedJob } from '~/server/jobs/queue';
import { createTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.destroy());
beforeEach(async () => {
  await database.db.delete(jobs);
});

/** Makes every queued job due now (instead of waiting for its backoff). */
const makeDue = () => database.db.execute(sql`update jobs set run_at = now() - interval '1 second'`);

describe('job queue', () => {
  it('runs a due job once and marks it done; a job for later waits', async () => {
    const { db } = database;
    const ran: ClaimedJob[] = [];
    await enqueueJob(db, { kind: 'greet', payload: { to: 'Sanne' } });
    await enqueueJob(db, { kind: 'greet', payload: { to: 'later' }, runAt: new Date(Date.now() + 3600_000) });
    const handlers = { greet: async (_db: unknown, job: ClaimedJob) => void ran.push(job) };
    expect(await runDueJobs(db, handlers)).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await runDueJobs(db, handlers)).toEqual({ done: 0, retried: 0, failed: 0 });
    expect(ran.map((j) => j.payload)).toEqual([{ to: 'Sanne' }]);
  });

  it('treats a second job with the same dedupe key as the same job, even after it ran', async () => {
    const { db } = database;
    expect(await enqueueJob(db, { kind: 'close', dedupeKey: 'vacancy:1:close' })).toBe(true);
    expect(await enqueueJob(db, { kind: 'close', dedupeKey: 'vacancy:1:close' })).toBe(false);
    await runDueJobs(db, { close: async () => undefined });
    expect(await enqueueJob(db, { kind: 'close', dedupeKey: 'vacancy:1:close' })).toBe(false);
    expect(await db.select().from(jobs)).toHaveLength(1);
  });

  it('retries a failing job with backoff and gives up after its attempts, keeping the error', async () => {
    const { db } = database;
    await enqueueJob(db, { kind: 'flaky', maxAttempts: 3 });
    const failing = { flaky: async () => Promise.reject(new Error('SMTP server said no')) };
    expect(await runDueJobs(db, failing)).toEqual({ done: 0, retried: 1, failed: 0 });
    const [afterFirst] = await db.select().from(jobs);
    expect(afterFirst!.runAt.getTime()).toBeGreaterThan(Date.now()); // backed off
    await makeDue();
    expect(await runDueJobs(db, failing)).toEqual({ done: 0, retried: 1, failed: 0 });
    await makeDue();
    expect(await runDueJobs(db, failing)).toEqual({ done: 0, retried: 0, failed: 1 });
    const [job] = await db.select().from(jobs);
    expect(job).toMatchObject({ attempts: 3, lastError: 'SMTP server said no', doneAt: null });
    expect(job!.failedAt).not.toBeNull();
  });

  it('runs each job once when several workers poll at the same time', async () => {
    const { db } = database;
    for (let i = 0; i < 30; i++) await enqueueJob(db, { kind: 'count', payload: { i } });
    const seen: number[] = [];
    const handlers = {
      count: async (_db: unknown, job: ClaimedJob) => {
        seen.push(job.payload.i as number);
        await new Promise((resolve) => setTimeout(resolve, 5)); // overlap the workers
      },
    };
    const results = await Promise.all([1, 2, 3].map(() => runDueJobs(db, handlers, { batchSize: 30 })));
    expect(results.reduce((n, r) => n + r.done, 0)).toBe(30);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('runs a job again when the instance that claimed it died before finishing (its lease ran out)', async () => {
    const { db } = database;
    await enqueueJob(db, { kind: 'close' });
    // An instance claims the job and dies: the lease is set, the job is neither done nor failed.
    await db.execute(sql`update jobs set leased_until = now() + interval '5 minutes', attempts = 1`);
    expect(await runDueJobs(db, { close: async () => undefined })).toEqual({ done: 0, retried: 0, failed: 0 });
    await db.execute(sql`update jobs set leased_until = now() - interval '1 second'`);
    expect(await runDueJobs(db, { close: async () => undefined })).toEqual({ done: 1, retried: 0, failed: 0 });
    const [job] = await db.select().from(jobs).where(eq(jobs.kind, 'close'));
    expect(job!.attempts).toBe(2);
  });

  it('leaves jobs of kinds it has no handler for to the instances that do', async () => {
    const { db } = database;
    await enqueueJob(db, { kind: 'mail' });
    expect(await runDueJobs(db, { close: async () => undefined })).toEqual({ done: 0, retried: 0, failed: 0 });
    const [job] = await db.select().from(jobs);
    expect(job!.attempts).toBe(0);
  });
});
