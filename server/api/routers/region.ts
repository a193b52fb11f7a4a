import { getRegionOverview } from '~/server/services/region-overview';
import { listRegions, regionListInput } from '~/server/services/region-directory';
import { adminProcedure, coordinatorProcedure, createTRPCRouter } from '~/server/api/trpc';

export const regionRouter = createTRPCRouter({
  /** The coordinator's dashboard: always the coordinator's own region. */
  overview: coordinatorProcedure.query(({ ctx }) => getRegionOverview(ctx.db, ctx.actor)),
  /** Every region with its figures and coordinators, for the admin. */
  list: adminProcedure.input(regionListInput).query(({ ctx, input }) => listRegions(ctx.db, ctx.actor, input)),
});
