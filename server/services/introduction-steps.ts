/**
 * The pipeline from an introduction to a placement, as data: which step may follow which, and
 * who may take it. The one place that decides whether a step is legal (the services refuse
 * everything else with a clear message).
 */
import type { introductionInitiatorValues, introductionStatusValues } from '~/db/schema/enums';
import { invalid } from '~/server/lib/errors';

export type IntroductionStatus = (typeof introductionStatusValues)[number];
/** The two sides of an introduction: the employer's HR and the worker. */
export type IntroductionSide = (typeof introductionInitiatorValues)[number];

/** Where an introduction ends; nothing follows. */
export const TERMINAL_STATUSES = [
  'declined',
  'rejected',
  'withdrawn',
  'hired',
] as const satisfies readonly IntroductionStatus[];
/** Still running: a step, a refusal or a withdrawal may follow. */
export const OPEN_STATUSES = [
  'proposed',
  'accepted',
  'meeting',
  'offer',
  'trial',
] as const satisfies readonly IntroductionStatus[];

type Steps = Partial<Record<IntroductionStatus, readonly IntroductionSide[]>>;

/** After acceptance either side may end it: the employer rejects, the worker declines, either withdraws. */
const endings: Steps = { rejected: ['employer'], declined: ['worker'], withdrawn: ['employer', 'worker'] };

/**
 * A proposal is answered by the side that did not start it: the worker answers an employer's
 * invitation (accept or decline), the employer a worker's interest (accept or reject); the side
 * that started it may take it back.
 */
const proposalSteps: Record<IntroductionSide, Steps> = {
  employer: { accepted: ['worker'], declined: ['worker'], withdrawn: ['employer'] },
  worker: { accepted: ['employer'], rejected: ['employer'], withdrawn: ['worker'] },
};

/** The employer records the way forward; a step may be skipped (an offer without a trial), never gone back. */
const pipelineSteps: Record<Exclude<IntroductionStatus, 'proposed'>, Steps> = {
  accepted: { meeting: ['employer'], offer: ['employer'], ...endings },
  meeting: { offer: ['employer'], trial: ['employer'], hired: ['employer'], ...endings },
  offer: { trial: ['employer'], hired: ['employer'], ...endings },
  trial: { hired: ['employer'], ...endings },
  declined: {},
  rejected: {},
  withdrawn: {},
  hired: {},
};

/** A worker who withdrew their interest in a vacancy may express it again: the same introduction, proposed anew. */
const interestAgain: Steps = { proposed: ['worker'] };

/** The steps that may follow the current status, and who may take each. */
export function stepsFrom(introduction: { status: IntroductionStatus; initiatedBy: IntroductionSide }): Steps {
  if (introduction.status === 'proposed') return proposalSteps[introduction.initiatedBy];
  if (introduction.status === 'withdrawn' && introduction.initiatedBy === 'worker') return interestAgain;
  return pipelineSteps[introduction.status];
}

/** Whether `side` may move the introduction to `to` now. */
export function mayStep(
  introduction: { status: IntroductionStatus; initiatedBy: IntroductionSide },
  to: IntroductionStatus,
  side: IntroductionSide,
): boolean {
  return stepsFrom(introduction)[to]?.includes(side) ?? false;
}

/** Refuses an illegal step with a message that says why (400); a legal one passes. */
export function assertStep(
  introduction: { status: IntroductionStatus; initiatedBy: IntroductionSide },
  to: IntroductionStatus,
  side: IntroductionSide,
): void {
  if (mayStep(introduction, to, side)) return;
  const { status } = introduction;
  if ((TERMINAL_STATUSES as readonly string[]).includes(status)) {
    throw invalid(`This introduction has ended (${status}): it cannot move to ${to}.`, 'status');
  }
  const allowed = stepsFrom(introduction)[to];
  if (allowed) {
    throw invalid(`Only the ${allowed.join(' or ')} can move this introduction from ${status} to ${to}.`, 'status');
  }
  throw invalid(`An introduction that is ${status} cannot move to ${to}.`, 'status');
}
