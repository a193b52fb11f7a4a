/**
 * The region's training offers as its coordinator manages them: a page of them with the skills
 * each teaches, adding one by hand, removing one, and importing many from a CSV file. The
 * import is checked as a whole (nothing is stored when a row is wrong, every problem is listed
 * by line and column); an offer is known by its provider and title, so a file imported again
 * adds nothing twice.
 */
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { regions, skills, trainingOfferSkills, trainingOffers } from '~/db/schema';
import { trainingModeValues, trainingPayerValues } from '~/db/schema/enums';
import type { CoordinatorActor } from '~/server/auth/actor';
import { readCsv, type CsvIssue } from '~/server/lib/csv-import';
import { invalid, notFound } from '~/server/lib/errors';
import { multiLineText, singleLineText } from '~/server/lib/input';
import { offsetOf, pageNumber, PAGE_SIZE, type Page } from '~/server/lib/pagination';
import { recordAudit } from './audit';
import { forgetDashboardSnapshots } from './dashboard-snapshots';
import { MAX_TRAINING_SKILLS, rawTrainingCsvSpec, skillNamesOf, trainingCsvSpec } from './training-offer-csv';
import { loadTaxonomyLookup, MAX_CSV_CHARACTERS } from './vacancy-import';

export const trainingOfferListInput = z.object({ page: pageNumber });

export const trainingOfferInput = z.object({
  provider: singleLineText({ min: 2, max: 160 }),
  title: singleLineText({ min: 3, max: 200, minMessage: 'needs at least 3 characters' }),
  titleEn: singleLineText({ max: 200 }).optional(),
  durationWeeks: z.int().min(1).max(260),
  mode: z.enum(trainingModeValues),
  costEuros: z.int().min(0).max(100_000),
  paidBy: z.enum(trainingPayerValues),
  city: singleLineText({ min: 2, max: 120 }),
  skillIds: z.array(z.uuid()).min(1, 'choose at least one skill').max(MAX_TRAINING_SKILLS),
});

export const trainingOfferIdInput = z.object({ trainingOfferId: z.uuid() });

export const trainingImportInput = z.object({
  csv: multiLineText({ min: 1, max: MAX_CSV_CHARACTERS, minMessage: 'the file is empty' }),
});

export type TrainingImportResult =
  | { ok: true; created: { line: number; title: string }[]; alreadyImported: { line: number; title: string }[] }
  | { ok: false; issues: CsvIssue[] };

export interface TrainingOfferRow {
  id: string;
  provider: string;
  titleNl: string;
  titleEn: string;
  durationWeeks: number;
  mode: (typeof trainingModeValues)[number];
  costEuros: number;
  paidBy: (typeof trainingPayerValues)[number];
  city: string;
  skills: { id: string; labelNl: string; labelEn: string }[];
}

/** A page of the region's offers by provider and title, each with the skills it teaches. */
export async function listTrainingOffers(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof trainingOfferListInput>,
): Promise<Page<TrainingOfferRow>> {
  const ofRegion = eq(trainingOffers.regionId, actor.regionId);
  const [offers, [total]] = await Promise.all([
    db
      .select({
        id: trainingOffers.id,
        provider: trainingOffers.provider,
        titleNl: trainingOffers.titleNl,
        titleEn: trainingOffers.titleEn,
        durationWeeks: trainingOffers.durationWeeks,
        mode: trainingOffers.mode,
        costEuros: trainingOffers.costEuros,
        paidBy: trainingOffers.paidBy,
        city: trainingOffers.city,
      })
      .from(trainingOffers)
      .where(ofRegion)
      .orderBy(asc(trainingOffers.provider), asc(trainingOffers.titleNl), asc(trainingOffers.id))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(trainingOffers).where(ofRegion),
  ]);
  const taught =
    offers.length === 0
      ? []
      : await db
          .select({
            offerId: trainingOfferSkills.trainingOfferId,
            id: skills.id,
            labelNl: skills.preferredLabelNl,
            labelEn: skills.preferredLabelEn,
          })
          .from(trainingOfferSkills)
          .innerJoin(skills, eq(skills.id, trainingOfferSkills.skillId))
          .where(
            inArray(
              trainingOfferSkills.trainingOfferId,
              offers.map((o) => o.id),
            ),
          )
          .orderBy(asc(skills.preferredLabelNl));
  return {
    rows: offers.map((o) => ({
      ...o,
      skills: taught
        .filter((s) => s.offerId === o.id)
        .map((s) => ({ id: s.id, labelNl: s.labelNl ?? s.labelEn ?? '', labelEn: s.labelEn ?? s.labelNl ?? '' })),
    })),
    total: total?.n ?? 0,
    page: input.page,
    pageSize: PAGE_SIZE,
  };
}

/** Locks the region's row: one change to its catalogue at a time, so a repeated import sees the first. */
async function lockRegion(tx: Database, regionId: string) {
  await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId)).for('update');
}

/** The region's offers already known by provider and title (lower case, joined by a line break). */
async function knownOffers(tx: Database, regionId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ key: sql<string>`lower(${trainingOffers.provider}) || E'\\n' || lower(${trainingOffers.titleNl})` })
    .from(trainingOffers)
    .where(eq(trainingOffers.regionId, regionId));
  return new Set(rows.map((r) => r.key));
}

const keyOf = (provider: string, title: string) => `${provider.toLowerCase()}\n${title.toLowerCase()}`;

interface NewOffer {
  provider: string;
  title: string;
  titleEn?: string;
  description?: string;
  durationWeeks: number;
  mode: (typeof trainingModeValues)[number];
  costEuros: number;
  paidBy: (typeof trainingPayerValues)[number];
  city: string;
  url?: string;
  skillIds: string[];
}

/** The skill gap map counts the workers each offer unlocks: a coordinator's change shows at once. */
const trainingSections = ['skillGaps'] as const;

async function insertOffers(tx: Database, actor: CoordinatorActor, offers: NewOffer[], action: string) {
  const ids: string[] = [];
  for (const offer of offers) {
    const [row] = await tx
      .insert(trainingOffers)
      .values({
        regionId: actor.regionId,
        provider: offer.provider,
        titleNl: offer.title,
        titleEn: offer.titleEn || offer.title,
        descriptionNl: offer.description ?? '',
        descriptionEn: offer.description ?? '',
        durationWeeks: offer.durationWeeks,
        mode: offer.mode,
        costEuros: offer.costEuros,
        paidBy: offer.paidBy,
        city: offer.city,
        url: offer.url ?? null,
      })
      .returning({ id: trainingOffers.id });
    await tx
      .insert(trainingOfferSkills)
      .values([...new Set(offer.skillIds)].map((skillId) => ({ trainingOfferId: row!.id, skillId })));
    ids.push(row!.id);
  }
  if (ids.length > 0) {
    await forgetDashboardSnapshots(tx, actor.regionId, trainingSections);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action,
      subjectType: 'region',
      subjectId: actor.regionId,
      regionId: actor.regionId,
      metadata: { trainingOfferIds: ids },
    });
  }
  return ids;
}

export async function createTrainingOffer(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof trainingOfferInput>,
) {
  const known = await db
    .select({ id: skills.id })
    .from(skills)
    .where(and(inArray(skills.id, input.skillIds), isNull(skills.retiredAt)));
  if (known.length !== new Set(input.skillIds).size)
    throw invalid('A chosen skill is not in the taxonomy.', 'skillIds');
  return db.transaction(async (tx) => {
    await lockRegion(tx, actor.regionId);
    if ((await knownOffers(tx, actor.regionId)).has(keyOf(input.provider, input.title))) {
      throw invalid('This provider already offers a training with this title in the region.', 'title');
    }
    const [id] = await insertOffers(tx, actor, [input], 'training_offer.create');
    return { id: id! };
  });
}

export async function deleteTrainingOffer(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof trainingOfferIdInput>,
) {
  await db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(trainingOffers)
      .where(and(eq(trainingOffers.id, input.trainingOfferId), eq(trainingOffers.regionId, actor.regionId)))
      .returning({ id: trainingOffers.id, title: trainingOffers.titleNl });
    if (!gone) throw notFound('Training offer');
    await forgetDashboardSnapshots(tx, actor.regionId, trainingSections);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'training_offer.delete',
      subjectType: 'region',
      subjectId: actor.regionId,
      regionId: actor.regionId,
      metadata: { trainingOfferId: gone.id, title: gone.title },
    });
  });
  return { ok: true as const };
}

export async function importTrainingOffers(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof trainingImportInput>,
): Promise<TrainingImportResult> {
  const names = readCsv(input.csv, rawTrainingCsvSpec());
  const lookup = names.ok
    ? await loadTaxonomyLookup(db, { occupations: [], skills: names.rows.flatMap((r) => skillNamesOf(r.value.skills)) })
    : null;
  const read = readCsv(input.csv, trainingCsvSpec(lookup));
  if (!read.ok) return { ok: false, issues: read.issues };
  // The same offer twice in one file is a mistake in the file, not a second offer.
  const firstLine = new Map<string, number>();
  const issues: CsvIssue[] = [];
  for (const { line, value } of read.rows) {
    const key = keyOf(value.provider, value.title);
    const first = firstLine.get(key);
    if (first === undefined) firstLine.set(key, line);
    else issues.push({ line, column: null, problem: `the same provider and title as line ${first}` });
  }
  if (issues.length > 0) return { ok: false, issues };

  return db.transaction(async (tx) => {
    await lockRegion(tx, actor.regionId);
    const known = await knownOffers(tx, actor.regionId);
    const fresh = read.rows.filter(({ value }) => !known.has(keyOf(value.provider, value.title)));
    const alreadyImported = read.rows
      .filter(({ value }) => known.has(keyOf(value.provider, value.title)))
      .map(({ line, value }) => ({ line, title: value.title }));
    await insertOffers(
      tx,
      actor,
      fresh.map(({ value: v }) => ({ ...v, costEuros: v.cost, skillIds: v.skills })),
      'training_offer.import',
    );
    return {
      ok: true as const,
      created: fresh.map(({ line, value }) => ({ line, title: value.title })),
      alreadyImported,
    };
  });
}
