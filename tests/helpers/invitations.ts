/**
 * For the invitation tests: the links mailed (read from the job queue, where mail waits to be
 * sent), refusals as the HTTP client sees them, and proof that a refused request wrote nothing.
 */
import { TRPCError } from '@trpc/server';
import { and, asc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '~/db/client';
import { jobs } from '~/db/schema';
import type { MailMessage } from '~/server/mail/mailer';
import { SEND_MAIL } from '~/server/mail/queue';
import { changedTables, tableFingerprinter } from './writes';

/** The origin the tests' requests come from: every mailed link must start with it. */
export const ORIGIN = 'https://overstap.test';
export const request = { origin: ORIGIN, clientAddress: null };

export interface QueuedMail extends MailMessage {
  dedupeKey: string | null;
}

/** The messages queued for an address, oldest first. */
export async function mailsTo(db: Database, to: string): Promise<QueuedMail[]> {
  const rows = await db
    .select({ payload: jobs.payload, dedupeKey: jobs.dedupeKey })
    .from(jobs)
    .where(and(eq(jobs.kind, SEND_MAIL), sql`${jobs.payload} ->> 'to' = ${to}`))
    .orderBy(asc(jobs.id));
  return rows.map((r) => ({ ...(r.payload as unknown as MailMessage), dedupeKey: r.dedupeKey }));
}

/** The token of the invitation link in a mail's text (which must link to ORIGIN/invite/…). */
export function tokenInMail(mail: MailMessage): string {
  const match = new RegExp(`${ORIGIN.replace(/[.]/g, '\\.')}/invite/([A-Za-z0-9_-]{43})(\\s|$)`).exec(mail.text);
  if (!match) throw new Error(`no invitation link in: ${mail.text}`);
  return match[1]!;
}

/** The token of the newest invitation mail to an address. */
export async function latestToken(db: Database, to: string): Promise<string> {
  const mails = await mailsTo(db, to);
  if (mails.length === 0) throw new Error(`no mail to ${to}`);
  return tokenInMail(mails.at(-1)!);
}

/** Runs a call that must be refused with the given tRPC code, and checks that it wrote nothing. */
export async function expectRefusedWithoutWrites(
  db: Database,
  call: () => Promise<unknown>,
  code: TRPCError['code'],
): Promise<TRPCError> {
  const fingerprint = await tableFingerprinter(db);
  const before = await fingerprint();
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been refused').toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code, (error as TRPCError).message).toBe(code);
  expect(changedTables(before, await fingerprint())).toEqual([]);
  return error as TRPCError;
}

export interface HttpRefusal {
  error?: { json: { message: string; data: { httpStatus: number; fieldErrors: Record<string, string[]> | null } } };
}
