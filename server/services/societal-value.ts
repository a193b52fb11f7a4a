/**
 * What the region's placements saved society, estimated: unemployment benefit (WW) not paid and
 * severance (transitievergoeding) not owed, because a worker moved to a new job before their
 * guidance deadline instead of into unemployment. The estimate is placements × assumptions; the
 * assumptions are shown beside the figures and each region may set its own.
 */
import { and, count, eq, isNull, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { placements, regionValueAssumptions, workerProfiles } from '~/db/schema';
import type { CoordinatorActor } from '~/server/auth/actor';
import { recordAudit } from './audit';

export interface ValueAssumptions {
  benefitDays: number;
  dailyBenefitEuros: number;
  severancePerServiceYearEuros: number;
  averageServiceYears: number;
}

/**
 * Dutch defaults, rounded, for a region that has not set its own (replace them with the
 * region's UWV and CBS figures):
 * - benefitDays 130: WW is paid per working day (about 21.75 a month); UWV's figures on WW
 *   outflow put the typical duration around half a year, which is ~130 benefit days.
 * - dailyBenefitEuros 110: WW pays 75% of the daily wage (dagloon) for the first two months
 *   and 70% after (Werkloosheidswet art. 47), the dagloon capped at the maximum dagloon
 *   (€290.67 in 2025); for a gross monthly wage around the Dutch median (~€3,400, CBS) the
 *   dagloon is ~€156 and the benefit ~€110 a day.
 * - severancePerServiceYearEuros 1200: the transitievergoeding is 1/3 of a month's wage per
 *   year of service (Burgerlijk Wetboek 7:673), the wage including holiday pay: 3,400 × 1.08 / 3.
 * - averageServiceYears 10: CBS reports employees of the age groups most affected by
 *   reorganisations having been with their employer about ten years on average.
 */
export const DEFAULT_VALUE_ASSUMPTIONS: ValueAssumptions = {
  benefitDays: 130,
  dailyBenefitEuros: 110,
  severancePerServiceYearEuros: 1200,
  averageServiceYears: 10,
};

export const valueAssumptionsInput = z.object({
  /** WW lasts at most 24 months: ~522 working days. */
  benefitDays: z.int().min(0).max(522),
  /** The maximum dagloon × 75% is below €220. */
  dailyBenefitEuros: z.int().min(0).max(300),
  severancePerServiceYearEuros: z.int().min(0).max(20_000),
  averageServiceYears: z
    .number()
    .min(0)
    .max(50)
    .transform((n) => Math.round(n * 10) / 10),
});

export async function getValueAssumptions(
  db: Database,
  regionId: string,
): Promise<ValueAssumptions & { isDefault: boolean }> {
  const [row] = await db.select().from(regionValueAssumptions).where(eq(regionValueAssumptions.regionId, regionId));
  if (!row) return { ...DEFAULT_VALUE_ASSUMPTIONS, isDefault: true };
  const { benefitDays, dailyBenefitEuros, severancePerServiceYearEuros, averageServiceYears } = row;
  return { benefitDays, dailyBenefitEuros, severancePerServiceYearEuros, averageServiceYears, isDefault: false };
}

/** The estimate from a number of placements and the assumptions: pure, so the page and tests agree. */
export function estimateValue(placed: number, a: ValueAssumptions) {
  const benefitDays = placed * a.benefitDays;
  const benefitEuros = benefitDays * a.dailyBenefitEuros;
  const severanceEuros = Math.round(placed * a.averageServiceYears * a.severancePerServiceYearEuros);
  return { benefitDays, benefitEuros, severanceEuros, totalEuros: benefitEuros + severanceEuros };
}

/**
 * The region's estimate: hires that started on or before the worker's guidance deadline and
 * were not reopened (a job that ended within the safety window saved nothing lasting).
 */
export async function getSocietalValue(db: Database, actor: CoordinatorActor) {
  const hires = and(
    eq(placements.regionId, actor.regionId),
    eq(placements.kind, 'hire'),
    isNull(placements.reopenedAt),
  );
  const [assumptions, [inTime], [all]] = await Promise.all([
    getValueAssumptions(db, actor.regionId),
    db
      .select({ n: count() })
      .from(placements)
      .innerJoin(workerProfiles, eq(workerProfiles.id, placements.workerId))
      .where(and(hires, lte(placements.startDate, workerProfiles.guidanceDeadline))),
    db.select({ n: count() }).from(placements).where(hires),
  ]);
  const placed = inTime?.n ?? 0;
  return {
    assumptions,
    placementsBeforeDeadline: placed,
    placementsAfterDeadline: (all?.n ?? 0) - placed,
    ...estimateValue(placed, assumptions),
  };
}

export async function setValueAssumptions(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof valueAssumptionsInput>,
) {
  await db.transaction(async (tx) => {
    const values = { ...input, regionId: actor.regionId, updatedByUserId: actor.userId };
    await tx
      .insert(regionValueAssumptions)
      .values(values)
      .onConflictDoUpdate({ target: regionValueAssumptions.regionId, set: { ...values, updatedAt: new Date() } });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'region.value_assumptions.update',
      subjectType: 'region',
      subjectId: actor.regionId,
      regionId: actor.regionId,
      metadata: { ...input },
    });
  });
  return getValueAssumptions(db, actor.regionId);
}
