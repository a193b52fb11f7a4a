import { candidateGetInput, getCandidate } from '~/server/services/candidate-detail';
import { expressInterest, vacancyInterestInput, withdrawInterest } from '~/server/services/vacancy-interest';
import { candidateListInput, listCandidatesForVacancy } from '~/server/services/vacancy-candidates';
import {
  hideReasonCounts,
  hideReasonCountsInput,
  hideVacancy,
  hideVacancyInput,
  listHiddenVacancies,
  listSavedVacancies,
  reactionListInput,
  saveVacancy,
  unhideVacancy,
  unsaveVacancy,
  vacancyReactionInput,
} from '~/server/services/vacancy-reactions';
import { coordinatorProcedure, createTRPCRouter, employerProcedure, workerProcedure } from '~/server/api/trpc';

/** The market between workers and vacancies: what a worker does with a vacancy, what an employer sees of candidates. */
export const marketRouter = createTRPCRouter({
  /** Employer → one page of its own vacancy's anonymised candidates, filtered; interested workers first. */
  candidates: employerProcedure
    .input(candidateListInput)
    .query(({ ctx, input }) => listCandidatesForVacancy(ctx.db, ctx.actor, input, ctx.search)),
  /** Employer → one candidate's anonymised profile for its vacancy; every opening is audited. */
  candidate: employerProcedure
    .input(candidateGetInput)
    .query(({ ctx, input }) => getCandidate(ctx.db, ctx.actor, input)),
  save: workerProcedure.input(vacancyReactionInput).mutation(({ ctx, input }) => saveVacancy(ctx.db, ctx.actor, input)),
  unsave: workerProcedure
    .input(vacancyReactionInput)
    .mutation(({ ctx, input }) => unsaveVacancy(ctx.db, ctx.actor, input)),
  hide: workerProcedure.input(hideVacancyInput).mutation(({ ctx, input }) => hideVacancy(ctx.db, ctx.actor, input)),
  unhide: workerProcedure
    .input(vacancyReactionInput)
    .mutation(({ ctx, input }) => unhideVacancy(ctx.db, ctx.actor, input)),
  listSaved: workerProcedure
    .input(reactionListInput)
    .query(({ ctx, input }) => listSavedVacancies(ctx.db, ctx.actor, input)),
  listHidden: workerProcedure
    .input(reactionListInput)
    .query(({ ctx, input }) => listHiddenVacancies(ctx.db, ctx.actor, input)),
  expressInterest: workerProcedure
    .input(vacancyInterestInput)
    .mutation(({ ctx, input }) => expressInterest(ctx.db, ctx.actor, input)),
  withdrawInterest: workerProcedure
    .input(vacancyInterestInput)
    .mutation(({ ctx, input }) => withdrawInterest(ctx.db, ctx.actor, input)),
  /** Coordinator → how often the region's workers hid a vacancy, per reason. */
  hideReasonCounts: coordinatorProcedure
    .input(hideReasonCountsInput)
    .query(({ ctx, input }) => hideReasonCounts(ctx.db, ctx.actor, input)),
});
