/**
 * The pipeline from an introduction to a placement, as data: which step may follow which, and
 * who may take it. The one place that decides whether a step is legal (the services refuse
 * everything else with a clear message).
 */
import type { introductionStatusValues } from '~/db/schema/enums';

export type IntroductionStatus = (typeof introductionStatusValues)[number];
