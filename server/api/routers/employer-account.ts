import {
  disableAccount,
  disableAccountInput,
  enableAccount,
  enableAccountInput,
} from '~/server/services/account-status';
import { employerAccountListInput, listEmployerAccounts } from '~/server/services/employer-accounts';
import { coordinatorProcedure, createTRPCRouter } from '~/server/api/trpc';

/** A coordinator's hold on the HR accounts of their own region's employers, and on nothing else. */
export const employerAccountRouter = createTRPCRouter({
  listForEmployer: coordinatorProcedure
    .input(employerAccountListInput)
    .query(({ ctx, input }) => listEmployerAccounts(ctx.db, ctx.actor, input)),
  disable: coordinatorProcedure
    .input(disableAccountInput)
    .mutation(({ ctx, input }) => disableAccount(ctx.db, ctx.actor, input)),
  enable: coordinatorProcedure
    .input(enableAccountInput)
    .mutation(({ ctx, input }) => enableAccount(ctx.db, ctx.actor, input)),
});
