import {
  disableAccount,
  disableAccountInput,
  enableAccount,
  enableAccountInput,
} from '~/server/services/account-status';
import { accountListInput, listAccounts } from '~/server/services/accounts';
import { adminProcedure, createTRPCRouter } from '~/server/api/trpc';

/** The admin's view of every account: find one, disable it (with a reason) or enable it again. */
export const accountRouter = createTRPCRouter({
  list: adminProcedure.input(accountListInput).query(({ ctx, input }) => listAccounts(ctx.db, ctx.actor, input)),
  disable: adminProcedure
    .input(disableAccountInput)
    .mutation(({ ctx, input }) => disableAccount(ctx.db, ctx.actor, input)),
  enable: adminProcedure
    .input(enableAccountInput)
    .mutation(({ ctx, input }) => enableAccount(ctx.db, ctx.actor, input)),
});
