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
    .query(({ ctx, input }) => searchVacanciesFor(ctx.db, ctx.search, ctx.user, input)),
  candidates: employerProcedure
    .input(candidateSearchInput)
    .query(({ ctx, input }) =>
      searchCandidatesFor(
        ctx.db,
        ctx.search,
        { userId: ctx.user.id, organisationId: ctx.organisationId, regionId: ctx.regionId },
        input,
      ),
    ),
});
