import { candidatesForVacancy, candidatesInput, matchesForWorker, matchListInput } from '~/server/services/matching';
import { createTRPCRouter, employerProcedure, workerProcedure } from '~/server/api/trpc';

export const matchingRouter = createTRPCRouter({
  /** Worker → ranked vacancies at other employers. */
  forMe: workerProcedure.input(matchListInput).query(({ ctx, input }) => matchesForWorker(ctx.db, ctx.actor, input)),
  /** Vacancy → ranked anonymised candidates, for the employer's own vacancy. */
  candidates: employerProcedure
    .input(candidatesInput)
    .query(({ ctx, input }) => candidatesForVacancy(ctx.db, ctx.actor, input)),
});
