import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { singleLineText } from '~/server/lib/input';
import { occupationSkills, occupations, skills } from '~/db/schema';
import { notFound } from '~/server/lib/errors';
import { localLabel, searchLabels } from './label-search';

export const occupationSearchInput = z.object({
  query: singleLineText({ min: 1, max: 100, minMessage: 'type at least one letter' }),
  locale: z.enum(['nl', 'en']).default('nl'),
  limit: z.int().min(1).max(50).default(10),
});
export type OccupationSearchInput = z.input<typeof occupationSearchInput>;

export interface OccupationSuggestion {
  id: string;
  uri: string;
  code: string;
  iscoGroup: string;
  label: string;
  labelNl: string | null;
  labelEn: string | null;
  matchedLabel: string | null;
}

/** Occupation autocomplete, ranked like skill autocomplete (label-search.ts). */
export async function searchOccupations(
  db: Database,
  rawInput: OccupationSearchInput,
): Promise<OccupationSuggestion[]> {
  const input = occupationSearchInput.parse(rawInput);
  const matches = await searchLabels(db, 'occupation', input);
  return matches.map((m) => {
    const label = localLabel(m, input.locale);
    return {
      id: m.conceptId,
      uri: m.uri,
      code: m.code,
      iscoGroup: m.iscoGroup,
      label,
      labelNl: m.labelNl,
      labelEn: m.labelEn,
      matchedLabel: m.matchedLabel === label ? null : m.matchedLabel,
    };
  });
}

export const occupationSkillsInput = z.object({ occupationId: z.uuid() });

export interface ProposedSkill {
  id: string;
  uri: string;
  labelNl: string | null;
  labelEn: string | null;
  skillType: 'skill' | 'knowledge' | 'transversal' | 'language';
}

/**
 * The skills an occupation proposes when a vacancy or a worker picks it: essential and optional,
 * labels in both languages (the form shows one, the other helps a bilingual reader), most
 * common first. Retired skills are not proposed.
 */
export async function getOccupationSkills(db: Database, occupationId: string) {
  const [occupation] = await db
    .select({
      id: occupations.id,
      uri: occupations.uri,
      code: occupations.code,
      iscoGroup: occupations.iscoGroup,
      labelNl: occupations.preferredLabelNl,
      labelEn: occupations.preferredLabelEn,
    })
    .from(occupations)
    .where(eq(occupations.id, occupationId));
  if (!occupation) throw notFound('Occupation');
  const rows = await db
    .select({
      id: skills.id,
      uri: skills.uri,
      labelNl: skills.preferredLabelNl,
      labelEn: skills.preferredLabelEn,
      skillType: skills.skillType,
      relation: occupationSkills.relation,
      retiredAt: skills.retiredAt,
    })
    .from(occupationSkills)
    .innerJoin(skills, eq(skills.id, occupationSkills.skillId))
    .where(eq(occupationSkills.occupationId, occupationId))
    .orderBy(desc(skills.popularity), asc(skills.preferredLabelEn), asc(skills.id));
  const pick = (relation: 'essential' | 'optional'): ProposedSkill[] =>
    rows
      .filter((r) => r.relation === relation && r.retiredAt === null)
      .map(({ id, uri, labelNl, labelEn, skillType }) => ({ id, uri, labelNl, labelEn, skillType }));
  return { occupation, essential: pick('essential'), optional: pick('optional') };
}
