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
  me: workerProcedure.query(({ ctx }) => getOwnWorkerProfile(ctx.db, ctx.userId)),
  setVisibility: workerProcedure
    .input(visibilityInput)
    .mutation(({ ctx, input }) => setWorkerVisibility(ctx.db, ctx.userId, input)),
  addSkill: workerProcedure
    .input(workerSkillInput)
    .mutation(({ ctx, input }) => addWorkerSkill(ctx.db, ctx.userId, input)),
  adoptSkills: workerProcedure
    .input(adoptWorkerSkillsInput)
    .mutation(({ ctx, input }) => adoptWorkerSkills(ctx.db, ctx.userId, input)),
  setSkillLevel: workerProcedure
    .input(workerSkillInput)
    .mutation(({ ctx, input }) => setWorkerSkillLevel(ctx.db, ctx.userId, input)),
  removeSkill: workerProcedure
    .input(workerSkillRefInput)
    .mutation(({ ctx, input }) => removeWorkerSkill(ctx.db, ctx.userId, input)),
  setDesiredOccupation: workerProcedure
    .input(desiredOccupationInput)
    .mutation(({ ctx, input }) => setDesiredOccupation(ctx.db, ctx.userId, input)),
  occupationProposals: workerProcedure.query(({ ctx }) => getOccupationProposals(ctx.db, ctx.userId)),
});
