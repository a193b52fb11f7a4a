/**
 * A user's own notifications: the list (newest first, a page at a time), the unread count for
 * the bell, marking one or all as read, and the choice of e-mail (at once, a daily digest, or
 * none). Every query is scoped to the caller: another user's notification answers exactly like
 * one that does not exist.
 */
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { notifications, users } from '~/db/schema';
import { notificationEmailValues } from '~/db/schema/enums';
import type { Actor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { offsetOf, PAGE_SIZE, pageNumber, type Page } from '~/server/lib/pagination';
import { notificationHref, type NotificationPayload } from '~/server/notifications/render';

export const notificationListInput = z.object({ page: pageNumber }).prefault({});

export interface NotificationRow {
  id: string;
  kind: string;
  payload: NotificationPayload;
  /** Where it leads, for the caller's role. */
  href: string;
  readAt: Date | null;
  createdAt: Date;
}

/** The caller's notifications, newest first, one page. */
export async function listMyNotifications(
  db: Database,
  actor: Actor,
  input: z.infer<typeof notificationListInput>,
): Promise<Page<NotificationRow> & { unread: number }> {
  const mine = eq(notifications.userId, actor.userId);
  const [rows, [total], unread] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        payload: notifications.payload,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(notifications).where(mine),
    countUnread(db, actor),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, href: notificationHref(row.kind, row.payload, actor.role) })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
    unread,
  };
}

async function countUnread(db: Database, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** How many of the caller's notifications are unread: the bell's number. */
export async function unreadNotificationCount(db: Database, actor: Actor) {
  return { unread: await countUnread(db, actor) };
}

export const markNotificationReadInput = z.object({ notificationId: z.uuid() });

/** Marks one of the caller's notifications read; reading it again keeps the first time. */
export async function markNotificationRead(
  db: Database,
  actor: Actor,
  input: z.infer<typeof markNotificationReadInput>,
) {
  const [row] = await db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, input.notificationId), eq(notifications.userId, actor.userId)));
  if (!row) throw notFound('Notification');
  if (row.readAt) return { id: row.id, readAt: row.readAt };
  const [updated] = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, row.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id, readAt: notifications.readAt });
  // Read by a parallel request in between: that one's time stands.
  return updated ?? { id: row.id, readAt: new Date() };
}

/** Marks all of the caller's unread notifications read; returns how many it marked. */
export async function markAllNotificationsRead(db: Database, actor: Actor) {
  const marked = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: marked.length };
}

/** The caller's choice of notification mail. */
export async function notificationPreferences(db: Database, actor: Actor) {
  const [row] = await db
    .select({ notificationEmail: users.notificationEmail })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!row) throw notFound('User');
  return row;
}

export const notificationPreferencesInput = z.object({
  notificationEmail: z.enum(notificationEmailValues, 'must be immediate, daily or off'),
});

/** Sets the caller's choice of notification mail; the next sweep or digest follows it. */
export async function setNotificationPreferences(
  db: Database,
  actor: Actor,
  input: z.infer<typeof notificationPreferencesInput>,
) {
  const [row] = await db
    .update(users)
    .set({ notificationEmail: input.notificationEmail })
    .where(eq(users.id, actor.userId))
    .returning({ notificationEmail: users.notificationEmail });
  if (!row) throw notFound('User');
  return row;
}
