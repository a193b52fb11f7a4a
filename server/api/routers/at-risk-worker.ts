import { z } from 'zod';
import { confirmWorkerSkills, confirmWorkerSkillsInput } from '~/server/services/employer-confirmed-skills';
import { getOrganisationAtRiskWorker, listOrganisationAtRiskWorkers } from '~/server/services/at-risk-workers';
import { createTRPCRouter, employerProcedure } from '~/server/api/trpc';

/** An employer's view of its own employees at risk. */
export const atRiskWorkerRouter = createTRPCRouter({
  listMine: employerProcedure.query(({ ctx }) => listOrganisationAtRiskWorkers(ctx.db, ctx.actor)),
  get: employerProcedure
    .input(z.object({ workerId: z.uuid() }))
    .query(({ ctx, input }) => getOrganisationAtRiskWorker(ctx.db, ctx.actor, input)),
  /** Skills the employer confirms for one of its workers who joined (source 'employer'). */
  confirmSkills: employerProcedure
    .input(confirmWorkerSkillsInput)
    .mutation(({ ctx, input }) => confirmWorkerSkills(ctx.db, ctx.actor, input)),
});
