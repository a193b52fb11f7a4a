import {
  approvalDecisionInput,
  approvalQueueInput,
  decideOrganisationApproval,
  listApprovalQueue,
} from '~/server/services/organisation-approval';
import { organisationRegistrationInput, registerOrganisation } from '~/server/services/organisation-registration';
import { describeOwnOrganisation, listRegionOrganisations } from '~/server/services/organisations';
import { coordinatorProcedure, createTRPCRouter, employerAccountProcedure, publicProcedure } from '~/server/api/trpc';

export const organisationRouter = createTRPCRouter({
  /** A new firm registers itself and its first HR user (anyone may, limited per client address). */
  register: publicProcedure
    .input(organisationRegistrationInput)
    .mutation(({ ctx, input }) => registerOrganisation(ctx.db, ctx.request, input)),
  /** The employer's own firm and its approval status: the one thing a firm awaiting approval may see. */
  mine: employerAccountProcedure.query(({ ctx }) => describeOwnOrganisation(ctx.db, ctx.actor)),
  listForRegion: coordinatorProcedure.query(({ ctx }) => listRegionOrganisations(ctx.db, ctx.actor)),
  /** The coordinator's approval queue: the region's firms awaiting a decision. */
  approvalQueue: coordinatorProcedure
    .input(approvalQueueInput)
    .query(({ ctx, input }) => listApprovalQueue(ctx.db, ctx.actor, input)),
  decideApproval: coordinatorProcedure
    .input(approvalDecisionInput)
    .mutation(({ ctx, input }) => decideOrganisationApproval(ctx.db, ctx.actor, input, ctx.request)),
});
