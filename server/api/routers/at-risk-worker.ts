import { z } from 'zod';
import { getOrganisationAtRiskWorker, listOrganisationAtRiskWorkers } from '~/server/services/at-risk-workers';
import { createTRPCRouter, employerProcedure } from '~/server/api/trpc';

/** An employer's view of its own employees at risk. */
export const atRiskWorkerRouter = createTRPCRouter({
  listMine: employerProcedure.query(({ ctx }) => listOrganisationAtRiskWorkers(ctx.db, ctx.actor)),
  get: employerProcedure
    .input(z.object({ workerId: z.uuid() }))
    .query(({ ctx, input }) => getOrganisationAtRiskWorker(ctx.db, ctx.actor, input)),
});
