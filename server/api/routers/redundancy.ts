import { listOrganisationRedundancies } from '~/server/services/redundancies';
import { createTRPCRouter, employerProcedure } from '~/server/api/trpc';

export const redundancyRouter = createTRPCRouter({
  listOwn: employerProcedure.query(({ ctx }) => listOrganisationRedundancies(ctx.db, ctx.organisationId)),
});
