import { createVacancy, listOrganisationVacancies, vacancyInput, vacancyListFilter } from '../../services/vacancies';
import { createTRPCRouter, employerProcedure } from '../trpc';

export const vacancyRouter = createTRPCRouter({
  listOwn: employerProcedure
    .input(vacancyListFilter)
    .query(({ ctx, input }) => listOrganisationVacancies(ctx.db, ctx.organisationId, input)),
  create: employerProcedure
    .input(vacancyInput)
    .mutation(({ ctx, input }) =>
      createVacancy(ctx.db, { userId: ctx.user.id, organisationId: ctx.organisationId }, input),
    ),
});
