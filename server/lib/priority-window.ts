/**
 * The priority window: for the first days after it is published, a vacancy is shown only to
 * the at-risk workers of its own region (the head start the national mobility bank gives
 * redeployment candidates), and after that to everyone the region shares it with. One rule,
 * applied by vacancy search (both backends) and by worker matching.
 */
import type { workerStatusValues } from '~/db/schema/enums';

/** The longest head start a region can give: longer, and at-risk workers would be the only audience for weeks. */
export const PRIORITY_WINDOW_MAX_DAYS = 30;

const DAY_MS = 86_400_000;

/** When the window of a vacancy published at `publishedAt` ends; null when the region gives none. */
export function priorityWindowEnd(publishedAt: Date, windowDays: number): Date | null {
  const days = Math.min(Math.max(0, windowDays), PRIORITY_WINDOW_MAX_DAYS);
  return days > 0 ? new Date(publishedAt.getTime() + days * DAY_MS) : null;
}

/** Workers whom the window favours: at risk of redundancy or in transition (not placed, not withdrawn). */
export function hasPriority(status: (typeof workerStatusValues)[number]): boolean {
  return status === 'at_risk' || status === 'in_transition';
}

/**
 * Whether the window hides a vacancy from a worker at `now` (epoch milliseconds): while it
 * lasts, only a worker with priority in the vacancy's own region may see it.
 */
export function hiddenByPriorityWindow(
  vacancy: { regionId: string; priorityUntil?: number | null },
  worker: { regionId: string; atRisk?: boolean },
  now: number,
): boolean {
  if (vacancy.priorityUntil == null || vacancy.priorityUntil <= now) return false;
  return !(worker.atRisk === true && worker.regionId === vacancy.regionId);
}

/** Whether an open vacancy is in its priority window at `now`: what the employer is told it means. */
export function inPriorityWindow(
  vacancy: { status: string; priorityUntil: Date | null },
  now: Date = new Date(),
): boolean {
  return vacancy.status === 'open' && vacancy.priorityUntil !== null && vacancy.priorityUntil > now;
}
