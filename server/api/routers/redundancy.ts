import { listOrganisationRedundancies } from '~/server/services/redundancies';
import { createTRPCRouter, employerProcedure } from '~/server/api/trpc';

export const redundancyRouter = createTRPCRouter({
  listMine: employerProcedure.query(({ ctx }) => listOrganisationRedundancies(ctx.db, ctx.actor)),
});
