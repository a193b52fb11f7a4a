import {
  acceptColleagueInvitation,
  acceptColleagueInvitationInput,
  inviteColleague,
  inviteColleagueInput,
  listPendingColleagueInvitations,
} from '~/server/services/colleague-invitations';
import {
  acceptCoordinatorInvitation,
  acceptCoordinatorInvitationInput,
} from '~/server/services/coordinator-invitations';
import {
  invitationRefInput,
  lookupInput,
  lookupInvitation,
  resendInvitation,
  revokeInvitation,
} from '~/server/services/invitation-links';
import { importWorkerInvitations, importWorkerInvitationsInput } from '~/server/services/worker-invitation-import';
import {
  invitationSkillsInput,
  inviteWorker,
  inviteWorkerInput,
  setInvitationSkills,
} from '~/server/services/worker-invitations';
import { acceptWorkerInvitation, acceptWorkerInvitationInput } from '~/server/services/worker-onboarding';
import { createTRPCRouter, employerProcedure, publicProcedure } from '~/server/api/trpc';

/**
 * One-time invitation links: the employer invites the workers of an announcement and its own
 * colleagues (a coordinator's colleagues are invited in coordination); anyone holding a link looks it up and accepts it (public: they have no account yet).
 */
export const invitationRouter = createTRPCRouter({
  inviteWorker: employerProcedure
    .input(inviteWorkerInput)
    .mutation(({ ctx, input }) => inviteWorker(ctx.db, ctx.actor, input, ctx.request.origin)),
  /** A CSV file of workers: all invited, or none and a report per line and column. */
  importWorkers: employerProcedure
    .input(importWorkerInvitationsInput)
    .mutation(({ ctx, input }) => importWorkerInvitations(ctx.db, ctx.actor, input, ctx.request.origin)),
  /** The skills the employer confirms for an invited worker (the whole list). */
  setSkills: employerProcedure
    .input(invitationSkillsInput)
    .mutation(({ ctx, input }) => setInvitationSkills(ctx.db, ctx.actor, input)),
  inviteColleague: employerProcedure
    .input(inviteColleagueInput)
    .mutation(({ ctx, input }) => inviteColleague(ctx.db, ctx.actor, input, ctx.request.origin)),
  listColleagues: employerProcedure.query(({ ctx }) => listPendingColleagueInvitations(ctx.db, ctx.actor)),
  resend: employerProcedure
    .input(invitationRefInput)
    .mutation(({ ctx, input }) => resendInvitation(ctx.db, ctx.actor, input, ctx.request.origin)),
  revoke: employerProcedure
    .input(invitationRefInput)
    .mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.actor, input)),
  /** What the page behind a link shows: valid (for whom), expired, used, revoked or invalid. */
  lookup: publicProcedure.input(lookupInput).query(({ ctx, input }) => lookupInvitation(ctx.db, input)),
  acceptWorker: publicProcedure
    .input(acceptWorkerInvitationInput)
    .mutation(({ ctx, input }) => acceptWorkerInvitation(ctx.db, input)),
  acceptColleague: publicProcedure
    .input(acceptColleagueInvitationInput)
    .mutation(({ ctx, input }) => acceptColleagueInvitation(ctx.db, input)),
  /** A coordinator of a region invited by a colleague coordinator (coordination.inviteCoordinator). */
  acceptCoordinator: publicProcedure
    .input(acceptCoordinatorInvitationInput)
    .mutation(({ ctx, input }) => acceptCoordinatorInvitation(ctx.db, input)),
});
