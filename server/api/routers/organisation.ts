import { z } from 'zod';
import { decideOrganisationApproval, getOrganisation, listRegionOrganisations } from '~/server/services/organisations';
import { coordinatorProcedure, createTRPCRouter, employerProcedure } from '~/server/api/trpc';

export const organisationRouter = createTRPCRouter({
  mine: employerProcedure.query(({ ctx }) => getOrganisation(ctx.db, ctx.organisationId)),
  listForRegion: coordinatorProcedure.query(({ ctx }) => listRegionOrganisations(ctx.db, ctx.regionId)),
  decideApproval: coordinatorProcedure
    .input(z.object({ organisationId: z.uuid(), decision: z.enum(['approved', 'rejected']) }))
    .mutation(({ ctx, input }) =>
      decideOrganisationApproval(ctx.db, { userId: ctx.user.id, regionId: ctx.regionId }, input),
    ),
});
