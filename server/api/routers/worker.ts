import { getOwnWorkerProfile, setWorkerVisibility, visibilityInput } from '../../services/worker-profile';
import { createTRPCRouter, workerProcedure } from '../trpc';

/** The worker's self-service: only ever their own profile. */
export const workerRouter = createTRPCRouter({
  me: workerProcedure.query(({ ctx }) => getOwnWorkerProfile(ctx.db, ctx.userId)),
  setVisibility: workerProcedure
    .input(visibilityInput)
    .mutation(({ ctx, input }) => setWorkerVisibility(ctx.db, ctx.userId, input)),
});
