import { completenessInput, getProfileCompleteness } from '~/server/services/profile-completeness';
import {
  currentOccupationInput,
  educationLevelInput,
  genderInput,
  setCurrentOccupation,
  setEducationLevel,
  setGender,
} from '~/server/services/worker-background';
import { desiredOccupationsInput, setDesiredOccupations } from '~/server/services/worker-desired-occupations';
import {
  addExperience,
  addExperienceInput,
  experienceRefInput,
  removeExperience,
  updateExperience,
  updateExperienceInput,
} from '~/server/services/worker-experiences';
import { languagesInput, setLanguages } from '~/server/services/worker-languages';
import { preferencesInput, setPreferences } from '~/server/services/worker-preferences';
import { setWorkerVisibility, visibilityInput } from '~/server/services/worker-profile';
import { getOwnWorkerProfile } from '~/server/services/worker-profile-view';
import {
  addWorkerSkill,
  adoptWorkerSkills,
  adoptWorkerSkillsInput,
  getOccupationProposals,
  removeWorkerSkill,
  setWorkerSkillLevel,
  workerSkillInput,
  workerSkillRefInput,
} from '~/server/services/worker-skills';
import { createTRPCRouter, workerProcedure } from '~/server/api/trpc';

/** The worker's self-service: only ever their own profile (the profile is found by the session's user id). */
export const workerRouter = createTRPCRouter({
  me: workerProcedure.query(({ ctx }) => getOwnWorkerProfile(ctx.db, ctx.actor)),
  completeness: workerProcedure
    .input(completenessInput)
    .query(({ ctx, input }) => getProfileCompleteness(ctx.db, ctx.actor, input)),
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
  setDesiredOccupations: workerProcedure
    .input(desiredOccupationsInput)
    .mutation(({ ctx, input }) => setDesiredOccupations(ctx.db, ctx.actor, input)),
  occupationProposals: workerProcedure.query(({ ctx }) => getOccupationProposals(ctx.db, ctx.actor)),
  setCurrentOccupation: workerProcedure
    .input(currentOccupationInput)
    .mutation(({ ctx, input }) => setCurrentOccupation(ctx.db, ctx.actor, input)),
  setEducationLevel: workerProcedure
    .input(educationLevelInput)
    .mutation(({ ctx, input }) => setEducationLevel(ctx.db, ctx.actor, input)),
  setGender: workerProcedure.input(genderInput).mutation(({ ctx, input }) => setGender(ctx.db, ctx.actor, input)),
  addExperience: workerProcedure
    .input(addExperienceInput)
    .mutation(({ ctx, input }) => addExperience(ctx.db, ctx.actor, input)),
  updateExperience: workerProcedure
    .input(updateExperienceInput)
    .mutation(({ ctx, input }) => updateExperience(ctx.db, ctx.actor, input)),
  removeExperience: workerProcedure
    .input(experienceRefInput)
    .mutation(({ ctx, input }) => removeExperience(ctx.db, ctx.actor, input)),
  setLanguages: workerProcedure
    .input(languagesInput)
    .mutation(({ ctx, input }) => setLanguages(ctx.db, ctx.actor, input)),
  setPreferences: workerProcedure
    .input(preferencesInput)
    .mutation(({ ctx, input }) => setPreferences(ctx.db, ctx.actor, input)),
});
