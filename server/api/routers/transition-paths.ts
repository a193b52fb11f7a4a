import {
  cohortPathsInput,
  cohortTransitionPaths,
  myTransitionPaths,
  regionCohorts,
} from '~/server/services/transition-paths';
import { coordinatorProcedure, createTRPCRouter, workerProcedure } from '~/server/api/trpc';

/** Occupation transition paths: where a worker, or the people of a cohort, could go next. */
export const transitionPathsRouter = createTRPCRouter({
  /** From the worker's current and past occupations. */
  mine: workerProcedure.query(({ ctx }) => myTransitionPaths(ctx.db, ctx.actor)),
  /** The coordinator's region's announcements, to choose a cohort. */
  cohorts: coordinatorProcedure.query(({ ctx }) => regionCohorts(ctx.db, ctx.actor)),
  /** Per occupation of one announcement of the coordinator's region. */
  cohort: coordinatorProcedure
    .input(cohortPathsInput)
    .query(({ ctx, input }) => cohortTransitionPaths(ctx.db, ctx.actor, input)),
});
