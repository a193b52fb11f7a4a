import { searchSkills, skillSearchInput } from '~/server/taxonomy/autocomplete';
import {
  getOccupationSkills,
  occupationSearchInput,
  occupationSkillsInput,
  searchOccupations,
} from '~/server/taxonomy/occupations';
import { createTRPCRouter, protectedProcedure } from '~/server/api/trpc';

/** The skills taxonomy, for any signed-in user: autocomplete and occupation → skills proposals. */
export const taxonomyRouter = createTRPCRouter({
  searchSkills: protectedProcedure.input(skillSearchInput).query(({ ctx, input }) => searchSkills(ctx.db, input)),
  searchOccupations: protectedProcedure
    .input(occupationSearchInput)
    .query(({ ctx, input }) => searchOccupations(ctx.db, input)),
  occupationSkills: protectedProcedure
    .input(occupationSkillsInput)
    .query(({ ctx, input }) => getOccupationSkills(ctx.db, input.occupationId)),
});
