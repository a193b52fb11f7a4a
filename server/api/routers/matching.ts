import { matchesForWorker, matchListInput } from '~/server/services/matching';
import { createTRPCRouter, workerProcedure } from '~/server/api/trpc';

export const matchingRouter = createTRPCRouter({
  /** Worker → ranked vacancies at other employers. (An employer's candidates: market.candidates.) */
  forMe: workerProcedure.input(matchListInput).query(({ ctx, input }) => matchesForWorker(ctx.db, ctx.actor, input)),
});
