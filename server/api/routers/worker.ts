import { getOwnWorkerProfile, setWorkerVisibility, visibilityInput } from '~/server/services/worker-profile';
import {
  addWorkerSkill,
  adoptWorkerSkills,
  adoptWorkerSkillsInput,
  desiredOccupationInput,
  getOccupationProposals,
  removeWorkerSkill,
  setDesiredOccupation,
  setWorkerSkillLevel,
  workerSkillInput,
  workerSkillRefInput,
} from '~/server/services/worker-skills';
import { createTRPCRouter, workerProcedure } from '~/server/api/trpc';

/** The worker's self-service: only ever their own profile (the profile is found by the session's user id). */
export const workerRouter = createTRPCRouter({
  me: workerProcedure.query(({ ctx }) => getOwnWorkerProfile(ctx.db, ctx.actor)),
  setVisibility: workerProcedure
    .input(visibilityInput)
    .mutation(({ ctx, input }) => setWorkerVisibility(ctx.db, ctx.actor, input)),
  addSkill: workerProcedure
    .input(workerSkillInput)
    .mutation(({ ctx, input }) => addWorkerSkill(ctx.db, ctx.actor, input)),
  adoptSkills: workerProcedure
    .input(adoptWorkerSkillsInput)
    .mutation(({ ctx, input }) => adoptWorkerSkills(ctx.db, ctx.actor, input)),
  setSkillLevel: workerProcedure
    .input(workerSkillInput)
    .mutation(({ ctx, input }) => setWorkerSkillLevel(ctx.db, ctx.actor, input)),
  removeSkill: workerProcedure
    .input(workerSkillRefInput)
    .mutation(({ ctx, input }) => removeWorkerSkill(ctx.db, ctx.actor, input)),
  setDesiredOccupation: workerProcedure
    .input(desiredOccupationInput)
    .mutation(({ ctx, input }) => setDesiredOccupation(ctx.db, ctx.actor, input)),
  occupationProposals: workerProcedure.query(({ ctx }) => getOccupationProposals(ctx.db, ctx.actor)),
});
