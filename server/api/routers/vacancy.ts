import { listVacancyLocations } from '~/server/services/vacancy-locations';
import { createVacancy, listOrganisationVacancies, vacancyInput, vacancyListFilter } from '~/server/services/vacancies';
import { createTRPCRouter, employerProcedure } from '~/server/api/trpc';

export const vacancyRouter = createTRPCRouter({
  listMine: employerProcedure
    .input(vacancyListFilter)
    .query(({ ctx, input }) => listOrganisationVacancies(ctx.db, ctx.actor, input)),
  /** Places the new-vacancy form offers, the organisation's own address first. */
  locations: employerProcedure.query(({ ctx }) => listVacancyLocations(ctx.db, ctx.actor)),
  create: employerProcedure.input(vacancyInput).mutation(({ ctx, input }) => createVacancy(ctx.db, ctx.actor, input)),
});
