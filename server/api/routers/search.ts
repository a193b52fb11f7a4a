import {
  candidateSearchInput,
  searchCandidatesFor,
  searchVacanciesFor,
  vacancySearchInput,
} from '../../services/search';
import { createTRPCRouter, employerProcedure, protectedProcedure } from '../trpc';

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
