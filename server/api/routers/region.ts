import { getRegionOverview } from '~/server/services/region-overview';
import { listPublicRegions, listRegions, regionListInput } from '~/server/services/region-directory';
import { adminProcedure, coordinatorProcedure, createTRPCRouter, publicProcedure } from '~/server/api/trpc';

export const regionRouter = createTRPCRouter({
  /** The coordinator's dashboard: always the coordinator's own region. */
  overview: coordinatorProcedure.query(({ ctx }) => getRegionOverview(ctx.db, ctx.actor)),
  /** Every region with its figures and coordinators, for the admin. */
  /** Every region by name, for anyone (a firm registering chooses its region). */
  listPublic: publicProcedure.query(({ ctx }) => listPublicRegions(ctx.db)),
  list: adminProcedure.input(regionListInput).query(({ ctx, input }) => listRegions(ctx.db, ctx.actor, input)),
});
