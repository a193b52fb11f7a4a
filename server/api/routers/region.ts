import { getRegionOverview } from '~/server/services/region-overview';
import { coordinatorProcedure, createTRPCRouter } from '~/server/api/trpc';

/** The coordinator's dashboard: always the coordinator's own region. */
export const regionRouter = createTRPCRouter({
  overview: coordinatorProcedure.query(({ ctx }) => getRegionOverview(ctx.db, ctx.actor)),
});
