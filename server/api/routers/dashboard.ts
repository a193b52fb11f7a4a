import { coordinatorProcedure, createTRPCRouter } from '~/server/api/trpc';
import { dashboardPeriodInput } from '~/server/services/region-dashboard';
import { regionEquity } from '~/server/services/region-equity';
import { regionFlows, regionFlowsInput } from '~/server/services/region-flows';
import {
  cohortDestinations,
  cohortSupply,
  occupationGroupSupply,
  skillSupply,
} from '~/server/services/region-job-supply';
import { skillGaps, trainingUnlocks, unusedSkills } from '~/server/services/region-skill-gaps';
import { getRegionTrends } from '~/server/services/region-trends';

/** The coordinator's dashboard figures: always the coordinator's own region (ctx.actor), never one from the input. */
export const dashboardRouter = createTRPCRouter({
  overview: coordinatorProcedure
    .input(dashboardPeriodInput)
    .query(({ ctx, input }) => getRegionTrends(ctx.db, ctx.actor, input)),
  jobSupply: coordinatorProcedure.query(async ({ ctx }) => {
    const [cohorts, occupationGroups, skills, destinations] = await Promise.all([
      cohortSupply(ctx.db, ctx.actor),
      occupationGroupSupply(ctx.db, ctx.actor),
      skillSupply(ctx.db, ctx.actor),
      cohortDestinations(ctx.db, ctx.actor),
    ]);
    return { cohorts, occupationGroups, skills, destinations };
  }),
  skillGaps: coordinatorProcedure.query(async ({ ctx }) => {
    const [gaps, trainings, unused] = await Promise.all([
      skillGaps(ctx.db, ctx.actor),
      trainingUnlocks(ctx.db, ctx.actor),
      unusedSkills(ctx.db, ctx.actor),
    ]);
    return { gaps, trainings, unused };
  }),
  equity: coordinatorProcedure.query(({ ctx }) => regionEquity(ctx.db, ctx.actor)),
  flows: coordinatorProcedure.input(regionFlowsInput).query(({ ctx, input }) => regionFlows(ctx.db, ctx.actor, input)),
});
