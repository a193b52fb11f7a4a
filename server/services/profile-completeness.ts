/**
 * The completeness meter of a worker's profile: a percentage and, most useful first, what would
 * most improve the worker's matches. Data, not wording: each item is a key with parameters
 * ({ key: 'addDesiredOccupationSkills', occupation: 'CNC-verspaner', missing: 4, … }); the
 * words are in i18n/messages under `profileCompleteness.items.<key>`.
 */
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { occupationSkills, skills, workerLanguages, workerSkills } from '~/db/schema';
import { conceptLabel } from '~/i18n/config';
import { locatePostcode } from '~/server/lib/postcodes';
import { countExperiences } from './worker-experiences';
import { listDesiredOccupations } from './worker-desired-occupations';
import { preferencesSaved } from './worker-preferences';
import { requireOwnProfile } from './worker-profile';

/**
 * Points per part of the profile, out of 100, by what each does for the worker's matches
 * (server/matching/score.ts):
 * - Skills decide most: a vacancy becomes a candidate only through a skill the worker has (or
 *   one the taxonomy relates to it), and required and optional skills make 55% of the score.
 *   So 55 points: 30 for the essential skills of the desired occupations (the skills of the
 *   jobs the worker wants to move to: the surest way to matches they want), 15 for listing at
 *   least MIN_SKILLS skills at all, and 10 for choosing a desired occupation, which does not
 *   enter the score itself but proposes those skills.
 * - Current occupation: 15% of the score compares it with the vacancy's occupation; while it
 *   is unknown every vacancy gets a neutral 0.3 of it, so knowing it is worth 10, not 15.
 * - Home postcode: distance (15% of the score) and the commute hard filter are measured from
 *   the home; a home the postcode table cannot place makes both wrong. 13 points.
 * - Preferences (hours, contract types, commute, on site / remote, start date, salary): two
 *   hard filters (hours, commute) and the conditions component (15%) rest on them; until the
 *   worker saves them they are defaults that may shut out work they would take. 15 points.
 * - Work history and languages do not enter the score; employers read them when they consider
 *   an introduction. 4 and 3 points, so they come last.
 */
export const COMPLETENESS_POINTS = {
  desiredOccupationSkills: 30,
  skills: 15,
  desiredOccupation: 10,
  currentOccupation: 10,
  homePostcode: 13,
  preferences: 15,
  workHistory: 4,
  languages: 3,
} as const;

/** Below this many skills a profile reaches too few vacancies: only shared skills make a vacancy a candidate. */
export const MIN_SKILLS = 5;

export type CompletenessItem =
  | { key: 'addDesiredOccupationSkills'; occupationId: string; occupation: string; missing: number; gain: number }
  | { key: 'addSkills'; missing: number; gain: number }
  | { key: 'addDesiredOccupation'; gain: number }
  | { key: 'addCurrentOccupation'; gain: number }
  | { key: 'addHomePostcode'; gain: number }
  | { key: 'reviewPreferences'; gain: number }
  | { key: 'addWorkHistory'; gain: number }
  | { key: 'addLanguages'; gain: number };

export type CompletenessKey = CompletenessItem['key'];

/** What the meter looks at, read from the profile (see getProfileCompleteness). */
export interface CompletenessFacts {
  skillCount: number;
  /** First choice first, with how many of the occupation's essential skills the worker lacks. */
  desiredOccupations: { occupationId: string; occupation: string; essential: number; missing: number }[];
  currentOccupationKnown: boolean;
  homeKnown: boolean;
  preferencesSaved: boolean;
  experienceCount: number;
  languageCount: number;
}

export interface Completeness {
  /** 0–100; 100 only when nothing is left to do. */
  percent: number;
  /** What to do next, the largest gain first. */
  items: CompletenessItem[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The meter from the facts: pure, so its order is tested on hand-made profiles. */
export function assessCompleteness(facts: CompletenessFacts): Completeness {
  const P = COMPLETENESS_POINTS;
  const items: CompletenessItem[] = [];
  let earned = 0;

  if (facts.desiredOccupations.length === 0) {
    items.push({ key: 'addDesiredOccupation', gain: P.desiredOccupation });
  } else {
    earned += P.desiredOccupation;
    const essential = facts.desiredOccupations.reduce((sum, o) => sum + o.essential, 0);
    const missing = facts.desiredOccupations.reduce((sum, o) => sum + o.missing, 0);
    // Occupations the taxonomy lists no essential skills for ask nothing more.
    earned +=
      essential === 0 ? P.desiredOccupationSkills : (P.desiredOccupationSkills * (essential - missing)) / essential;
    for (const o of facts.desiredOccupations) {
      if (o.missing === 0) continue;
      items.push({
        key: 'addDesiredOccupationSkills',
        occupationId: o.occupationId,
        occupation: o.occupation,
        missing: o.missing,
        gain: (P.desiredOccupationSkills * o.missing) / essential,
      });
    }
  }

  const skillsShort = Math.max(0, MIN_SKILLS - facts.skillCount);
  earned += (P.skills * (MIN_SKILLS - skillsShort)) / MIN_SKILLS;
  if (skillsShort > 0)
    items.push({ key: 'addSkills', missing: skillsShort, gain: (P.skills * skillsShort) / MIN_SKILLS });

  const simple = [
    [facts.currentOccupationKnown, 'addCurrentOccupation', P.currentOccupation],
    [facts.homeKnown, 'addHomePostcode', P.homePostcode],
    [facts.preferencesSaved, 'reviewPreferences', P.preferences],
    [facts.experienceCount > 0, 'addWorkHistory', P.workHistory],
    [facts.languageCount > 0, 'addLanguages', P.languages],
  ] as const;
  for (const [done, key, points] of simple) {
    if (done) earned += points;
    else items.push({ key, gain: points });
  }

  // Largest gain first; equal gains keep the order above (skills before occupation before home…).
  const ordered = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.gain - a.item.gain || a.i - b.i)
    .map(({ item }) => ({ ...item, gain: oneDecimal(item.gain) }));
  return { percent: ordered.length === 0 ? 100 : Math.min(99, Math.floor(earned + 1e-9)), items: ordered };
}

export const completenessInput = z.object({ locale: z.enum(['nl', 'en']).default('nl') }).prefault({});

/** The essential, current skills of each occupation, as sets of skill ids. */
async function essentialSkills(db: Database, occupationIds: string[]): Promise<Map<string, Set<string>>> {
  const result = new Map(occupationIds.map((id) => [id, new Set<string>()]));
  if (occupationIds.length === 0) return result;
  const rows = await db
    .select({ occupationId: occupationSkills.occupationId, skillId: occupationSkills.skillId })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(
      and(
        inArray(occupationSkills.occupationId, occupationIds),
        eq(occupationSkills.relation, 'essential'),
        isNull(skills.retiredAt),
      ),
    );
  for (const row of rows) result.get(row.occupationId)!.add(row.skillId);
  return result;
}

/** The caller's own completeness meter; occupation names in `locale`. */
export async function getProfileCompleteness(
  db: Database,
  actor: WorkerActor,
  input: z.infer<typeof completenessInput>,
): Promise<Completeness> {
  const profile = await requireOwnProfile(db, actor);
  const [held, desired, experienceCount, [languages], saved] = await Promise.all([
    db.select({ id: workerSkills.skillId }).from(workerSkills).where(eq(workerSkills.workerId, profile.id)),
    listDesiredOccupations(db, profile.id),
    countExperiences(db, profile.id),
    db.select({ n: count() }).from(workerLanguages).where(eq(workerLanguages.workerId, profile.id)),
    preferencesSaved(db, profile),
  ]);
  const heldIds = new Set(held.map((s) => s.id));
  const essentials = await essentialSkills(
    db,
    desired.map((d) => d.occupationId),
  );
  return assessCompleteness({
    skillCount: heldIds.size,
    desiredOccupations: desired.map((d) => {
      const essential = essentials.get(d.occupationId)!;
      return {
        occupationId: d.occupationId,
        occupation: conceptLabel(input.locale, d.labelNl, d.labelEn),
        essential: essential.size,
        missing: [...essential].filter((id) => !heldIds.has(id)).length,
      };
    }),
    currentOccupationKnown: profile.currentOccupationId !== null,
    homeKnown: locatePostcode(profile.homePostcode) !== null,
    preferencesSaved: saved,
    experienceCount,
    languageCount: languages?.n ?? 0,
  });
}
