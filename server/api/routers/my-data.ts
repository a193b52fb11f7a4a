import { eraseAccountInput, eraseMyAccount } from '~/server/services/account-erasure';
import { exportMyData } from '~/server/services/my-data-export';
import { listProfileViews, profileViewsInput } from '~/server/services/profile-views';
import { createTRPCRouter, workerProcedure } from '~/server/api/trpc';

/** The worker's own data: who looked at their profile, a copy of everything, and deleting the account. */
export const myDataRouter = createTRPCRouter({
  profileViews: workerProcedure
    .input(profileViewsInput)
    .query(({ ctx, input }) => listProfileViews(ctx.db, ctx.actor, input)),
  // A mutation: the download itself is written to the audit log.
  export: workerProcedure.mutation(({ ctx }) => exportMyData(ctx.db, ctx.actor)),
  erase: workerProcedure
    .input(eraseAccountInput)
    .mutation(({ ctx, input }) => eraseMyAccount(ctx.db, ctx.actor, input)),
});
