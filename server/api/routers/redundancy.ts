import { getAnnouncementOverview, listCohort } from '~/server/services/redundancy-cohort';
import {
  announcementInput,
  announcementRefInput,
  announcementUpdateInput,
  cancelAnnouncement,
  createAnnouncement,
  getAnnouncementDefaults,
  listOrganisationRedundancies,
  updateAnnouncement,
} from '~/server/services/redundancies';
import { createTRPCRouter, employerProcedure } from '~/server/api/trpc';

/** The employer's redundancy announcements and the people of each (only the firm's own). */
export const redundancyRouter = createTRPCRouter({
  listMine: employerProcedure.query(({ ctx }) => listOrganisationRedundancies(ctx.db, ctx.actor)),
  /** What the new-announcement form starts with (the region's guidance window) and its bounds. */
  formDefaults: employerProcedure.query(({ ctx }) => getAnnouncementDefaults(ctx.db, ctx.actor)),
  /** One announcement with its figures: invited, accepted, consented, in transition, placed. */
  get: employerProcedure
    .input(announcementRefInput)
    .query(({ ctx, input }) => getAnnouncementOverview(ctx.db, ctx.actor, input)),
  /** The people of one announcement, with where each stands and the days of guidance left. */
  cohort: employerProcedure.input(announcementRefInput).query(({ ctx, input }) => listCohort(ctx.db, ctx.actor, input)),
  create: employerProcedure
    .input(announcementInput)
    .mutation(({ ctx, input }) => createAnnouncement(ctx.db, ctx.actor, input)),
  update: employerProcedure
    .input(announcementUpdateInput)
    .mutation(({ ctx, input }) => updateAnnouncement(ctx.db, ctx.actor, input)),
  cancel: employerProcedure
    .input(announcementRefInput)
    .mutation(({ ctx, input }) => cancelAnnouncement(ctx.db, ctx.actor, input)),
});
