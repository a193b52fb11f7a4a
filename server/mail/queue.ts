/**
 * Mail is sent by a background job, never inside a request: the job is queued in the same
 * transaction as the change that calls for it (an invitation, an approval), so a message goes
 * out exactly when that change commits, and an unreachable mail server delays it instead of
 * failing the request (the job retries with backoff).
 */
import type { Database } from '~/db/client';
import { enqueueJob, type JobHandler } from '~/server/jobs/queue';
import type { Mailer, MailMessage } from './mailer';

export const SEND_MAIL = 'mail.send';

/** Queues a message; with a key, queueing the same message again does nothing. */
export function queueMail(db: Database, message: MailMessage, dedupeKey?: string): Promise<boolean> {
  return enqueueJob(db, {
    kind: SEND_MAIL,
    payload: { ...message },
    dedupeKey: dedupeKey ? `mail:${dedupeKey}` : undefined,
    maxAttempts: 8,
  });
}

/** The job handler that sends queued mail through the given mailer. */
export function mailJobHandlers(mailer: () => Mailer): Record<string, JobHandler> {
  return {
    [SEND_MAIL]: async (_db, job) => {
      await mailer().send(job.payload as unknown as MailMessage);
    },
  };
}
