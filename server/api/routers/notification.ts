import {
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  markNotificationReadInput,
  notificationListInput,
  notificationPreferences,
  notificationPreferencesInput,
  setNotificationPreferences,
  unreadNotificationCount,
} from '~/server/services/notifications';
import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';

/** Every signed-in user's own notifications and their choice of notification mail. */
export const notificationRouter = createTRPCRouter({
  listMine: protectedProcedure
    .input(notificationListInput)
    .query(({ ctx, input }) => listMyNotifications(ctx.db, ctx.actor, input)),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadNotificationCount(ctx.db, ctx.actor)),
  markRead: protectedProcedure
    .input(markNotificationReadInput)
    .mutation(({ ctx, input }) => markNotificationRead(ctx.db, ctx.actor, input)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.db, ctx.actor)),
  preferences: protectedProcedure.query(({ ctx }) => notificationPreferences(ctx.db, ctx.actor)),
  setPreferences: protectedProcedure
    .input(notificationPreferencesInput)
    .mutation(({ ctx, input }) => setNotificationPreferences(ctx.db, ctx.actor, input)),
});
