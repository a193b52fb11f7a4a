/**
 * The job queue: a table in PostgreSQL (db/schema/jobs.ts). Jobs are enqueued in the same
 * transaction as the change that needs them, claimed with a lease (so a crashed instance's
 * jobs run again once the lease runs out, and two instances never run one job at once), and
 * retried with backoff until they succeed or run out of attempts.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { jobs } from '~/db/schema';
import { rowsOf } from '~/server/search/postgres/rows';

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** When it is due; now by default. */
  runAt?: Date;
  /** A job with the same key already queued (or done) makes this one a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/** Queues a job; returns false when a job with the same dedupe key exists already. */
export async function enqueueJob(db: Database, job: NewJob): Promise<boolean> {
  const inserted = await db
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      runAt: job.runAt ?? new Date(),
      dedupeKey: job.dedupeKey ?? null,
      maxAttempts: job.maxAttempts ?? 5,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return inserted.length > 0;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
}

export type JobHandler = (db: Database, job: ClaimedJob) => Promise<void>;

const BATCH_SIZE = 20;

export interface RunOptions {
  batchSize?: number;
  /** How long a claimed job stays invisible to other instances; a handler must finish well within it. */
  leaseSeconds?: number;
}

export interface RunResult {
  done: number;
  retried: number;
  failed: number;
}

/** Claims and runs the due jobs of the known kinds, one batch. */
export async function runDueJobs(
  db: Database,
  handlers: Record<string, JobHandler>,
  options: RunOptions = {},
): Promise<RunResult> {
  const kinds = Object.keys(handlers);
  const result: RunResult = { done: 0, retried: 0, failed: 0 };
  if (kinds.length === 0) return result;
  const claimed = rowsOf<ClaimedJob>(
    await db.execute(sql`
      update jobs set leased_until = now() + make_interval(secs => ${options.leaseSeconds ?? 300}),
        attempts = attempts + 1
      where id in (
        select id from jobs
        where done_at is null and failed_at is null and run_at <= now()
          and (leased_until is null or leased_until <= now())
          and kind in (${sql.join(
            kinds.map((k) => sql`${k}`),
            sql`, `,
          )})
        order by run_at, id limit ${options.batchSize ?? BATCH_SIZE}
        for update skip locked)
      returning id, kind, payload, attempts`),
  );
  for (const job of claimed) {
    try {
      await handlers[job.kind]!(db, job);
      await db.execute(
        sql`update jobs set done_at = now(), leased_until = null, last_error = null where id = ${job.id}`,
      );
      result.done++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      console.error(`[jobs] ${job.kind} #${job.id} failed (attempt ${job.attempts}): ${message}`);
      const [row] = rowsOf<{ failed: boolean }>(
        await db.execute(sql`
          update jobs set leased_until = null, last_error = ${message},
            failed_at = case when attempts >= max_attempts then now() end,
            -- backoff: 30 s, 1, 2, 4 … minutes, at most an hour
            run_at = now() + make_interval(secs => least(3600, 15 * power(2, attempts))::int)
          where id = ${job.id}
          returning failed_at is not null as failed`),
      );
      if (row?.failed) result.failed++;
      else result.retried++;
    }
  }
  return result;
}

/**
 * The background worker of an app process: runs due jobs every `intervalMs` until stopped.
 * Several instances may run it at once.
 */
export function startJobWorker(db: Database, handlers: Record<string, JobHandler>, intervalMs = 5_000): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      // Keep going while whole batches come back: a backlog drains without waiting a tick per batch.
      for (;;) {
        const { done, retried, failed } = await runDueJobs(db, handlers);
        if (stopped || done + retried + failed < BATCH_SIZE) break;
      }
    } catch (error) {
      console.error('[jobs] worker tick failed', error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  timer = setTimeout(() => void tick(), 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
