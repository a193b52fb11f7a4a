import { z } from 'zod';
import {
  decideOrganisationApproval,
  getOwnOrganisation,
  listRegionOrganisations,
} from '~/server/services/organisations';
import { coordinatorProcedure, createTRPCRouter, employerAccountProcedure } from '~/server/api/trpc';

export const organisationRouter = createTRPCRouter({
  /** The employer's own firm and its approval status: the one thing a firm awaiting approval may see. */
  mine: employerAccountProcedure.query(({ ctx }) => getOwnOrganisation(ctx.db, ctx.actor)),
  listForRegion: coordinatorProcedure.query(({ ctx }) => listRegionOrganisations(ctx.db, ctx.actor)),
  decideApproval: coordinatorProcedure
    .input(z.object({ organisationId: z.uuid(), decision: z.enum(['approved', 'rejected']) }))
    .mutation(({ ctx, input }) => decideOrganisationApproval(ctx.db, ctx.actor, input)),
});
