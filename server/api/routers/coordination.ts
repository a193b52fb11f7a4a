import {
  allCaseloadRows,
  caseloadFilter,
  caseloadInput,
  caseloadSummary,
  listCaseload,
} from '~/server/services/caseload';
import {
  coordinatorInvitationsInput,
  inviteCoordinator,
  inviteCoordinatorInput,
  listPendingCoordinatorInvitations,
} from '~/server/services/coordinator-invitations';
import { invitationRefInput, resendInvitation, revokeInvitation } from '~/server/services/invitation-links';
import {
  getRegionSettings,
  listRegionCoordinators,
  regionCoordinatorsInput,
  regionSettingsInput,
  updateRegionSettings,
} from '~/server/services/region-settings';
import { getSocietalValue, setValueAssumptions, valueAssumptionsInput } from '~/server/services/societal-value';
import {
  createTrainingOffer,
  deleteTrainingOffer,
  importTrainingOffers,
  listTrainingOffers,
  trainingImportInput,
  trainingOfferIdInput,
  trainingOfferInput,
  trainingOfferListInput,
} from '~/server/services/training-offers';
import { addWorkerNote, caseloadWorkerInput, getCaseloadWorker, workerNoteInput } from '~/server/services/worker-notes';
import { coordinatorProcedure, createTRPCRouter } from '~/server/api/trpc';

/** The coordinator's tools for their own region: caseload and notes, societal value, administration (settings, coordinators and their invitations). */
export const coordinationRouter = createTRPCRouter({
  caseload: coordinatorProcedure.input(caseloadInput).query(({ ctx, input }) => listCaseload(ctx.db, ctx.actor, input)),
  caseloadSummary: coordinatorProcedure.query(({ ctx }) => caseloadSummary(ctx.db, ctx.actor)),
  /** Every row of the filtered caseload, unpaged: for its CSV download. */
  caseloadExport: coordinatorProcedure
    .input(caseloadFilter)
    .query(({ ctx, input }) => allCaseloadRows(ctx.db, ctx.actor, input)),
  caseloadWorker: coordinatorProcedure
    .input(caseloadWorkerInput)
    .query(({ ctx, input }) => getCaseloadWorker(ctx.db, ctx.actor, input)),
  addNote: coordinatorProcedure
    .input(workerNoteInput)
    .mutation(({ ctx, input }) => addWorkerNote(ctx.db, ctx.actor, input)),
  societalValue: coordinatorProcedure.query(({ ctx }) => getSocietalValue(ctx.db, ctx.actor)),
  setValueAssumptions: coordinatorProcedure
    .input(valueAssumptionsInput)
    .mutation(({ ctx, input }) => setValueAssumptions(ctx.db, ctx.actor, input)),
  settings: coordinatorProcedure.query(({ ctx }) => getRegionSettings(ctx.db, ctx.actor)),
  updateSettings: coordinatorProcedure
    .input(regionSettingsInput)
    .mutation(({ ctx, input }) => updateRegionSettings(ctx.db, ctx.actor, input)),
  coordinators: coordinatorProcedure
    .input(regionCoordinatorsInput)
    .query(({ ctx, input }) => listRegionCoordinators(ctx.db, ctx.actor, input)),
  /** A colleague coordinator of the region, invited by mail; accepted through `invitation.acceptCoordinator`. */
  inviteCoordinator: coordinatorProcedure
    .input(inviteCoordinatorInput)
    .mutation(({ ctx, input }) => inviteCoordinator(ctx.db, ctx.actor, input, ctx.request.origin)),
  coordinatorInvitations: coordinatorProcedure
    .input(coordinatorInvitationsInput)
    .query(({ ctx, input }) => listPendingCoordinatorInvitations(ctx.db, ctx.actor, input)),
  /** Sending again and revoking reach only the region's coordinator invitations. */
  resendInvitation: coordinatorProcedure
    .input(invitationRefInput)
    .mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.actor, input, ctx.request.origin)),
  revokeInvitation: coordinatorProcedure
    .input(invitationRefInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input)),
  trainingOffers: coordinatorProcedure
    .input(trainingOfferListInput)
    .query(({ ctx, input }) => listTrainingOffers(ctx.db, ctx.actor, input)),
  createTrainingOffer: coordinatorProcedure
    .input(trainingOfferInput)
    .mutation(({ ctx, input }) => createTrainingOffer(ctx.db, ctx.actor, input)),
  deleteTrainingOffer: coordinatorProcedure
    .input(trainingOfferIdInput)
    .mutation(({ ctx, input }) => deleteTrainingOffer(ctx.db, ctx.actor, input)),
  importTrainingOffers: coordinatorProcedure
    .input(trainingImportInput)
    .mutation(({ ctx, input }) => importTrainingOffers(ctx.db, ctx.actor, input)),
});
