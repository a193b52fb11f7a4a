/**
 * The transition index of a database's taxonomy, built on first use and rebuilt every few
 * minutes (a new ESCO import shows up without a restart), like the matching context.
 */
import type { Database } from '~/db/client';
import { occupations, occupationSkills } from '~/db/schema';
import { loadSkillHierarchy } from './relatedness';
import { buildTransitionIndex, type TransitionIndex } from './transitions';

const REFRESH_MS = 10 * 60 * 1000;

export interface LoadedTransitions {
  index: TransitionIndex;
  /** Retired occupations: still a place one can come from, never one to go to. */
  retired: ReadonlySet<string>;
}

/** Reads the taxonomy tables into the engine (English text, ESCO's source language, Dutch where it is all there is). */
export async function loadTransitions(db: Database): Promise<LoadedTransitions> {
  const [occupationRows, links, hierarchy] = await Promise.all([
    db
      .select({
        id: occupations.id,
        code: occupations.code,
        iscoGroup: occupations.iscoGroup,
        labelEn: occupations.preferredLabelEn,
        labelNl: occupations.preferredLabelNl,
        altEn: occupations.altLabelsEn,
        altNl: occupations.altLabelsNl,
        description: occupations.description,
        descriptionNl: occupations.descriptionNl,
        retiredAt: occupations.retiredAt,
      })
      .from(occupations),
    db
      .select({
        occupationId: occupationSkills.occupationId,
        skillId: occupationSkills.skillId,
        relation: occupationSkills.relation,
      })
      .from(occupationSkills),
    loadSkillHierarchy(db),
  ]);
  const index = buildTransitionIndex({
    occupations: occupationRows.map((o) => {
      const english = o.labelEn !== null;
      return {
        id: o.id,
        code: o.code,
        iscoGroup: o.iscoGroup,
        text: {
          labels: english ? [o.labelEn!, ...o.altEn] : [o.labelNl ?? '', ...o.altNl],
          description: english ? o.description : (o.descriptionNl ?? o.description),
        },
      };
    }),
    occupationSkills: links.map((l) => [l.occupationId, l.skillId, l.relation] as const),
    ...hierarchy,
  });
  return { index, retired: new Set(occupationRows.filter((o) => o.retiredAt).map((o) => o.id)) };
}

const loaded = new WeakMap<Database, { at: number; transitions: Promise<LoadedTransitions> }>();

export function getTransitions(db: Database): Promise<LoadedTransitions> {
  const now = Date.now();
  let entry = loaded.get(db);
  if (!entry || now - entry.at > REFRESH_MS) {
    entry = { at: now, transitions: loadTransitions(db) };
    loaded.set(db, entry);
    entry.transitions.catch(() => loaded.delete(db));
  }
  return entry.transitions;
}

/** Forget the index (after a taxonomy change in a test or an import in the same process). */
export function forgetTransitions(db: Database): void {
  loaded.delete(db);
}
