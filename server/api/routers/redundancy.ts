import { listOrganisationRedundancies } from '../../services/redundancies';
import { createTRPCRouter, employerProcedure } from '../trpc';

export const redundancyRouter = createTRPCRouter({
  listOwn: employerProcedure.query(({ ctx }) => listOrganisationRedundancies(ctx.db, ctx.organisationId)),
});
