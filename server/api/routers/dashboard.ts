import { coordinatorProcedure, createTRPCRouter } from '~/server/api/trpc';
import { dashboardSection } from '~/server/services/dashboard-snapshots';
import { dashboardPeriodInput } from '~/server/services/region-dashboard';
import { regionFlows, regionFlowsInput } from '~/server/services/region-flows';

/**
 * The coordinator's dashboard figures: always the coordinator's own region (ctx.actor), never one
 * from the input. The heavier sections come from the region's snapshot (dashboard-snapshots.ts).
 */
export const dashboardRouter = createTRPCRouter({
  overview: coordinatorProcedure
    .input(dashboardPeriodInput)
    .query(({ ctx, input }) => dashboardSection(ctx.db, ctx.actor, `trends-${input.months}`)),
  jobSupply: coordinatorProcedure.query(({ ctx }) => dashboardSection(ctx.db, ctx.actor, 'jobSupply')),
  skillGaps: coordinatorProcedure.query(({ ctx }) => dashboardSection(ctx.db, ctx.actor, 'skillGaps')),
  equity: coordinatorProcedure.query(({ ctx }) => dashboardSection(ctx.db, ctx.actor, 'equity')),
  flows: coordinatorProcedure.input(regionFlowsInput).query(({ ctx, input }) => regionFlows(ctx.db, ctx.actor, input)),
});
