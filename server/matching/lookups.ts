import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { skills, trainingOfferSkills, trainingOffers } from '~/db/schema';
import type { ExplainLookups, Label, TrainingRef } from './explain';

/** Labels of the given skills and the region's courses that teach them, for explanations. */
export async function loadExplainLookups(db: Database, regionId: string, skillIds: string[]): Promise<ExplainLookups> {
  const ids = [...new Set(skillIds)];
  const [labelRows, courseRows] = ids.length
    ? await Promise.all([
        db
          .select({ id: skills.id, nl: skills.preferredLabelNl, en: skills.preferredLabelEn })
          .from(skills)
          .where(inArray(skills.id, ids)),
        db
          .select({
            skillId: trainingOfferSkills.skillId,
            id: trainingOffers.id,
            titleNl: trainingOffers.titleNl,
            titleEn: trainingOffers.titleEn,
            provider: trainingOffers.provider,
            weeks: trainingOffers.durationWeeks,
          })
          .from(trainingOfferSkills)
          .innerJoin(trainingOffers, eq(trainingOffers.id, trainingOfferSkills.trainingOfferId))
          .where(and(inArray(trainingOfferSkills.skillId, ids), eq(trainingOffers.regionId, regionId)))
          .orderBy(trainingOffers.durationWeeks),
      ])
    : [[], []];
  const labels = new Map<string, Label>(
    labelRows.map((r) => [r.id, { nl: r.nl ?? r.en ?? '?', en: r.en ?? r.nl ?? '?' }]),
  );
  const courses = new Map<string, TrainingRef[]>();
  for (const c of courseRows) {
    const list = courses.get(c.skillId) ?? [];
    if (list.length < 3)
      list.push({ id: c.id, title: { nl: c.titleNl, en: c.titleEn }, provider: c.provider, weeks: c.weeks });
    courses.set(c.skillId, list);
  }
  return {
    skillLabel: (id) => labels.get(id) ?? { nl: '?', en: '?' },
    trainingsFor: (id) => courses.get(id) ?? [],
  };
}
