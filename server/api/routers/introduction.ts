import {
  coordinatorProcedure,
  createTRPCRouter,
  employerProcedure,
  introductionPartyProcedure,
  workerOrCoordinatorProcedure,
  workerProcedure,
} from '~/server/api/trpc';
import { getIntroduction, introductionListFilter, listIntroductions } from '~/server/services/introduction-list';
import { stepInput, takeStep } from '~/server/services/introduction-pipeline';
import {
  answerInterest,
  answerInterestInput,
  introductionIdInput,
  inviteCandidate,
  inviteInput,
  respondInput,
  respondToInvitation,
  withdrawInput,
  withdrawIntroduction,
} from '~/server/services/introductions';
import { listRegionPlacements, regionPlacementsInput } from '~/server/services/region-placements';
import { reopenTransition, reopenTransitionInput } from '~/server/services/safety-net';

/** Introductions and the pipeline to a placement, for both sides; the safety net after a hire. */
export const introductionRouter = createTRPCRouter({
  /** The employer invites an anonymised candidate (by its pseudonym) for an open vacancy. */
  invite: employerProcedure.input(inviteInput).mutation(({ ctx, input }) => inviteCandidate(ctx.db, ctx.actor, input)),
  /** The worker's interest in a vacancy: an introduction the employer answers. */
  /** The worker accepts or declines an invitation. */
  respond: workerProcedure
    .input(respondInput)
    .mutation(({ ctx, input }) => respondToInvitation(ctx.db, ctx.actor, input)),
  /** The employer accepts or rejects a worker's interest. */
  answerInterest: employerProcedure
    .input(answerInterestInput)
    .mutation(({ ctx, input }) => answerInterest(ctx.db, ctx.actor, input)),
  /** The employer's next step: meeting, offer, trial or secondment, hired, or rejected. */
  step: employerProcedure.input(stepInput).mutation(({ ctx, input }) => takeStep(ctx.db, ctx.actor, input)),
  withdraw: introductionPartyProcedure
    .input(withdrawInput)
    .mutation(({ ctx, input }) => withdrawIntroduction(ctx.db, ctx.actor, input)),
  /** The worker's own introductions, or the employer's organisation's. */
  listMine: introductionPartyProcedure
    .input(introductionListFilter)
    .query(({ ctx, input }) => listIntroductions(ctx.db, ctx.actor, input)),
  get: introductionPartyProcedure
    .input(introductionIdInput)
    .query(({ ctx, input }) => getIntroduction(ctx.db, ctx.actor, input)),
  /** The safety net: the new job ended within the region's window after the hire. */
  reopenTransition: workerOrCoordinatorProcedure
    .input(reopenTransitionInput)
    .mutation(({ ctx, input }) => reopenTransition(ctx.db, ctx.actor, input)),
  /** Coordinator → one page of the region's placements, with the hires the safety net can still reopen. */
  regionPlacements: coordinatorProcedure
    .input(regionPlacementsInput)
    .query(({ ctx, input }) => listRegionPlacements(ctx.db, ctx.actor, input)),
});
