/**
 * A scored match as the vacancy's employer may see it. The worker sees how many kilometres a
 * vacancy is from home; the employer must not: exact distances from two or three of its
 * vacancies would locate the worker's home. So the explanation loses `distanceKm` (the
 * employer gets a distance band instead, see candidate-view.ts), the distance component is
 * given in quarters, and the score is recomputed from the components shown, so that it
 * carries nothing more about distance than they do.
 */
import type { ExplainedMatch } from './engine';
import type { MatchExplanation } from './explain';
import { weightedScore, type MatchComponents } from './score';

/** Distance fit (1 − distance ÷ the worker's maximum commute) in steps of this size: a quarter of the commute. */
const DISTANCE_STEP = 0.25;

export interface EmployerMatch {
  score: number;
  components: MatchComponents;
  explanation: Omit<MatchExplanation, 'distanceKm'>;
}

/** The score and components the employer may see, from the engine's: distance in quarters. */
export function employerScoreOf(engineComponents: MatchComponents): Pick<EmployerMatch, 'score' | 'components'> {
  const components = {
    ...engineComponents,
    distance: Math.round(engineComponents.distance / DISTANCE_STEP) * DISTANCE_STEP,
  };
  const score = weightedScore(
    components.requiredSkills,
    components.optionalSkills,
    components.occupation,
    components.distance,
    components.conditions,
  );
  return { score: Math.round(score * 1000) / 1000, components };
}

export function employerMatchOf(match: Pick<ExplainedMatch, 'components' | 'explanation'>): EmployerMatch {
  // Drops the exact distance; every other fact of the explanation is about skills and terms.
  const { distanceKm: _exact, ...explanation } = match.explanation;
  return { ...employerScoreOf(match.components), explanation };
}

/** Best shown score first; equal scores keep the engine's order. */
export function byShownScore<T extends { score: number }>(matches: readonly T[]): T[] {
  return [...matches].sort((a, b) => b.score - a.score);
}
