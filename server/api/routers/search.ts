import {
  candidateSearchInput,
  searchCandidatesFor,
  searchVacanciesFor,
  vacancySearchInput,
} from '~/server/services/search';
import { createTRPCRouter, employerProcedure, protectedProcedure } from '~/server/api/trpc';

export const searchRouter = createTRPCRouter({
  vacancies: protectedProcedure
    .input(vacancySearchInput)
    .query(({ ctx, input }) => searchVacanciesFor(ctx.db, ctx.actor, input, ctx.search)),
  candidates: employerProcedure
    .input(candidateSearchInput)
    .query(({ ctx, input }) => searchCandidatesFor(ctx.db, ctx.actor, input, ctx.search)),
});
