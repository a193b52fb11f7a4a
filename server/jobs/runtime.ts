import type { Database } from '~/db/client';
import { mailJobHandlers } from '~/server/mail/queue';
import { getMailer } from '~/server/mail/runtime';
import { startJobWorker, type JobHandler } from './queue';

/** Every kind of background job the app runs, by kind. */
export const jobHandlers: Record<string, JobHandler> = {
  ...mailJobHandlers(getMailer),
};

const globalForJobs = globalThis as unknown as { overstapJobs?: () => void };

/** The app process's job worker, started once (several app instances each run one). */
export function startJobs(db: Database): void {
  globalForJobs.overstapJobs ??= startJobWorker(db, jobHandlers);
}
