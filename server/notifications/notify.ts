/**
 * The one way any use case tells people about an event: an in-app notification per user,
 * written in the same transaction as the change it reports. Delivery by e-mail (at once, or in
 * the daily digest, per the user's choice) is the job of server/notifications/delivery.ts,
 * which picks the rows up; so a notification exists exactly when its change committed.
 *
 * Engines and services pass data only (kind + payload); the wording lives in i18n/messages
 * under `notifications.kinds.<kind>`.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { memberships, notifications, users } from '~/db/schema';
import { scheduleMailSweep } from './mail-schedule';

export const notificationKindValues = [
  'strongMatch', // worker: a new vacancy above the strong-match threshold (once per pair)
  'strongCandidate', // employer HR: a new candidate above the threshold for an own vacancy (once per pair)
  'interestExpressed', // employer HR: a worker expressed interest in an own vacancy
  'introductionInvited', // worker: an employer invites them to an introduction
  'introductionAccepted', // employer HR: the worker accepted (identity now visible)
  'introductionDeclined', // employer HR: the worker declined
  'introductionWithdrawn', // the other side withdrew
  'pipelineStep', // both sides: meeting, offer, trial/secondment, hired, rejected
  'transitionReopened', // worker: the transition was reopened after a placement ended
  'organisationApproved', // employer HR: the coordinator approved (or rejected) the firm
] as const;
export type NotificationKind = (typeof notificationKindValues)[number];

export interface NewNotification {
  /** Everyone to notify; each gets a row of their own. */
  userIds: readonly string[];
  kind: NotificationKind;
  /** Plain data for the message template and the link (ids, titles, pseudonyms): never a sentence. */
  payload: Record<string, string | number | boolean | null>;
  /** Notify each user at most once for this key (e.g. `strongMatch:<worker>:<vacancy>`). */
  dedupeKey?: string;
}

/** Records the notification for each user; returns how many were new (a repeated key adds none). */
export async function notify(db: Database, input: NewNotification): Promise<number> {
  return notifyAll(db, [input]);
}

/** Rows per insert: four parameters each, well under PostgreSQL's 65,535. */
const INSERT_CHUNK = 5_000;

/**
 * Many events at once (a region's rematch): the same rows as `notify` for each, in as few
 * statements as the parameter limit allows. Returns how many were new.
 */
export async function notifyAll(db: Database, events: readonly NewNotification[]): Promise<number> {
  const rows = events.flatMap((event) =>
    [...new Set(event.userIds)].map((userId) => ({
      userId,
      kind: event.kind,
      payload: event.payload,
      dedupeKey: event.dedupeKey ?? null,
    })),
  );
  let added = 0;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await db
      .insert(notifications)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
      .returning({ id: notifications.id });
    added += inserted.length;
  }
  if (added > 0) await scheduleMailSweep(db);
  return added;
}

/** The HR users of an organisation who should hear about its vacancies and introductions. */
export async function organisationRecipients(db: Database, organisationId: string): Promise<string[]> {
  return (await organisationsRecipients(db, [organisationId])).get(organisationId) ?? [];
}

/** The HR users of each of the given organisations (organisation id → user ids), in one query. */
export async function organisationsRecipients(
  db: Database,
  organisationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const recipients = new Map<string, string[]>();
  if (organisationIds.length === 0) return recipients;
  const rows = await db
    .select({ organisationId: memberships.organisationId, userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.organisationId, [...new Set(organisationIds)]),
        eq(memberships.role, 'employer'),
        isNull(users.disabledAt),
        isNull(users.erasedAt),
      ),
    );
  for (const { organisationId, userId } of rows) {
    if (!organisationId) continue;
    recipients.set(organisationId, [...(recipients.get(organisationId) ?? []), userId]);
  }
  return recipients;
}
