import { accountRouter } from './routers/account';
import { atRiskWorkerRouter } from './routers/at-risk-worker';
import { coordinationRouter } from './routers/coordination';
import { dashboardRouter } from './routers/dashboard';
import { employerAccountRouter } from './routers/employer-account';
import { introductionRouter } from './routers/introduction';
import { invitationRouter } from './routers/invitation';
import { marketRouter } from './routers/market';
import { matchingRouter } from './routers/matching';
import { myDataRouter } from './routers/my-data';
import { notificationRouter } from './routers/notification';
import { organisationRouter } from './routers/organisation';
import { redundancyRouter } from './routers/redundancy';
import { regionRouter } from './routers/region';
import { searchRouter } from './routers/search';
import { taxonomyRouter } from './routers/taxonomy';
import { transitionPathsRouter } from './routers/transition-paths';
import { vacancyRouter } from './routers/vacancy';
import { workerRouter } from './routers/worker';
import { createCallerFactory, createTRPCRouter } from './trpc';

/** One router per domain, merged here. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  atRiskWorker: atRiskWorkerRouter,
  coordination: coordinationRouter,
  dashboard: dashboardRouter,
  employerAccount: employerAccountRouter,
  introduction: introductionRouter,
  invitation: invitationRouter,
  market: marketRouter,
  matching: matchingRouter,
  myData: myDataRouter,
  notification: notificationRouter,
  organisation: organisationRouter,
  redundancy: redundancyRouter,
  region: regionRouter,
  search: searchRouter,
  taxonomy: taxonomyRouter,
  transitionPaths: transitionPathsRouter,
  vacancy: vacancyRouter,
  worker: workerRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
