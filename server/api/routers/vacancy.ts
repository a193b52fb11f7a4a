import { listVacancyLocations } from '~/server/services/vacancy-locations';
import {
  createVacancy,
  getOwnVacancy,
  listOrganisationVacancies,
  updateVacancy,
  vacancyIdInput,
  vacancyInput,
  vacancyListFilter,
  vacancyUpdateInput,
} from '~/server/services/vacancies';
import { importVacancies, vacancyImportInput } from '~/server/services/vacancy-import';
import {
  closeVacancy,
  duplicateVacancy,
  publishVacancy,
  reopenInput,
  reopenVacancy,
} from '~/server/services/vacancy-lifecycle';
import { previewVacancy } from '~/server/services/vacancy-preview';
import { createTRPCRouter, employerProcedure } from '~/server/api/trpc';

/** An employer's own vacancies, from posting to closing. */
export const vacancyRouter = createTRPCRouter({
  listMine: employerProcedure
    .input(vacancyListFilter)
    .query(({ ctx, input }) => listOrganisationVacancies(ctx.db, ctx.actor, input)),
  /** One vacancy in full, as the edit form starts from it. */
  get: employerProcedure.input(vacancyIdInput).query(({ ctx, input }) => getOwnVacancy(ctx.db, ctx.actor, input)),
  /** The vacancy exactly as workers see it in their search and their matches. */
  preview: employerProcedure.input(vacancyIdInput).query(({ ctx, input }) => previewVacancy(ctx.db, ctx.actor, input)),
  /** Places the new-vacancy form offers, the organisation's own address first. */
  locations: employerProcedure.query(({ ctx }) => listVacancyLocations(ctx.db, ctx.actor)),
  create: employerProcedure.input(vacancyInput).mutation(({ ctx, input }) => createVacancy(ctx.db, ctx.actor, input)),
  update: employerProcedure
    .input(vacancyUpdateInput)
    .mutation(({ ctx, input }) => updateVacancy(ctx.db, ctx.actor, input)),
  publish: employerProcedure
    .input(vacancyIdInput)
    .mutation(({ ctx, input }) => publishVacancy(ctx.db, ctx.actor, input)),
  close: employerProcedure.input(vacancyIdInput).mutation(({ ctx, input }) => closeVacancy(ctx.db, ctx.actor, input)),
  reopen: employerProcedure.input(reopenInput).mutation(({ ctx, input }) => reopenVacancy(ctx.db, ctx.actor, input)),
  duplicate: employerProcedure
    .input(vacancyIdInput)
    .mutation(({ ctx, input }) => duplicateVacancy(ctx.db, ctx.actor, input)),
  /** A CSV file of vacancies, all or nothing: a report by line and column when any row is wrong. */
  importCsv: employerProcedure
    .input(vacancyImportInput)
    .mutation(({ ctx, input }) => importVacancies(ctx.db, ctx.actor, input)),
});
