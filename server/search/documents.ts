/**
 * Builds search documents from the database. The one place that decides what a search index
 * may hold: vacancies in full, workers only anonymised and only with their consent.
 */
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '~/db/client';
import {
  occupations,
  organisations,
  skills,
  vacancies,
  vacancySkills,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import type { VacancyDocument, WorkerDocument } from './types';

/** '7212' → ['7', '72', '721', '7212']. */
export function iscoPath(group: string | null | undefined): string[] {
  if (!group) return [];
  return Array.from({ length: group.length }, (_, i) => group.slice(0, i + 1));
}

/** ~1 km precision: enough for a commute filter, too coarse to find someone's house. */
export const roundCoordinate = (value: number) => Math.round(value * 100) / 100;

/** A concept's labels in both languages, preferred first: what search and the candidate view show of it. */
export function labelsOf(row: {
  preferredLabelNl: string | null;
  preferredLabelEn: string | null;
  altLabelsNl: string[];
  altLabelsEn: string[];
}) {
  return [row.preferredLabelNl, row.preferredLabelEn, ...row.altLabelsNl, ...row.altLabelsEn].filter((l): l is string =>
    Boolean(l),
  );
}

async function skillsByOwner(
  db: Database,
  table: typeof vacancySkills | typeof workerSkills,
  ownerColumn: typeof vacancySkills.vacancyId | typeof workerSkills.workerId,
  ids: string[],
) {
  const rows = await db
    .select({
      ownerId: ownerColumn,
      skillId: skills.id,
      preferredLabelNl: skills.preferredLabelNl,
      preferredLabelEn: skills.preferredLabelEn,
      altLabelsNl: skills.altLabelsNl,
      altLabelsEn: skills.altLabelsEn,
    })
    .from(table)
    .innerJoin(skills, eq(skills.id, table.skillId))
    .where(inArray(ownerColumn, ids));
  const byOwner = new Map<string, { ids: string[]; labels: string[] }>();
  for (const row of rows) {
    const entry = byOwner.get(row.ownerId) ?? { ids: [], labels: [] };
    entry.ids.push(row.skillId);
    entry.labels.push(...labelsOf(row));
    byOwner.set(row.ownerId, entry);
  }
  return byOwner;
}

/** A vacancy that belongs in the search index: open, at an approved employer. */
const searchableVacancy = () => and(eq(vacancies.status, 'open'), eq(organisations.approvalStatus, 'approved'));

/** Open vacancies among `ids`, as documents. Ids missing from the result should be removed from the index. */
export async function loadVacancyDocuments(db: Database, ids: string[]): Promise<VacancyDocument[]> {
  if (ids.length === 0) return [];
  return vacancyDocumentsWhere(db, and(inArray(vacancies.id, ids), searchableVacancy())!);
}

/**
 * One vacancy as its search document, whatever its status: the employer's preview shows a
 * draft exactly as workers will find it once it is published.
 */
export async function vacancyDocumentOf(db: Database, id: string): Promise<VacancyDocument | null> {
  const [document] = await vacancyDocumentsWhere(db, eq(vacancies.id, id));
  return document ?? null;
}

async function vacancyDocumentsWhere(db: Database, condition: SQL): Promise<VacancyDocument[]> {
  const rows = await db
    .select({ vacancy: vacancies, organisationName: organisations.name, occupation: occupations })
    .from(vacancies)
    .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
    .leftJoin(occupations, eq(occupations.id, vacancies.occupationId))
    .where(condition);
  if (rows.length === 0) return [];
  const skillMap = await skillsByOwner(
    db,
    vacancySkills,
    vacancySkills.vacancyId,
    rows.map((r) => r.vacancy.id),
  );
  return rows.map(({ vacancy: v, organisationName, occupation }) => ({
    id: v.id,
    regionId: v.regionId,
    organisationId: v.organisationId,
    organisationName,
    title: v.title,
    description: v.description,
    occupationId: v.occupationId,
    occupationLabels: occupation ? labelsOf(occupation) : [],
    iscoPath: iscoPath(occupation?.iscoGroup),
    skillIds: skillMap.get(v.id)?.ids ?? [],
    skillLabels: [...new Set(skillMap.get(v.id)?.labels ?? [])],
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    contractType: v.contractType,
    remote: v.remote,
    city: v.city,
    lat: v.lat,
    lon: v.lon,
    salaryMin: v.salaryMin,
    salaryMax: v.salaryMax,
    startDate: v.startDate,
    openToRetraining: v.openToRetraining,
    publishedAt: (v.publishedAt ?? v.createdAt).getTime(),
    priorityUntil: v.priorityUntil?.getTime() ?? null,
  }));
}

/**
 * A worker who may be found by employers at all: consented and still looking. The index holds
 * only these, and every employer-facing answer checks it again (candidate-view.ts), because
 * the index and the matching pool only learn of a change at the next outbox sync.
 */
export const findableWorker = () =>
  and(eq(workerProfiles.visibleToEmployers, true), inArray(workerProfiles.status, ['at_risk', 'in_transition']));

/**
 * Workers among `ids` who are still looking and consented to be found, as anonymised
 * documents. Anyone else (revoked consent, placed, withdrawn) must be removed from the index.
 */
export async function loadWorkerDocuments(db: Database, ids: string[]): Promise<WorkerDocument[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ worker: workerProfiles, occupation: occupations })
    .from(workerProfiles)
    .leftJoin(occupations, eq(occupations.id, workerProfiles.currentOccupationId))
    .where(and(inArray(workerProfiles.id, ids), findableWorker()));
  const skillMap = await skillsByOwner(
    db,
    workerSkills,
    workerSkills.workerId,
    rows.map((r) => r.worker.id),
  );
  return rows.map(({ worker: w, occupation }) => ({
    id: w.id,
    regionId: w.regionId,
    openToOtherRegions: w.openToOtherRegions,
    headline: w.headline,
    occupationId: w.currentOccupationId,
    occupationLabels: occupation ? labelsOf(occupation) : [],
    iscoPath: iscoPath(occupation?.iscoGroup),
    skillIds: skillMap.get(w.id)?.ids ?? [],
    skillLabels: [...new Set(skillMap.get(w.id)?.labels ?? [])],
    hoursMin: w.hoursMin,
    hoursMax: w.hoursMax,
    contractPreferences: w.contractPreferences,
    homeArea: w.homePostcode.slice(0, 4),
    lat: roundCoordinate(w.homeLat),
    lon: roundCoordinate(w.homeLon),
    maxCommuteKm: w.maxCommuteKm,
    availableFrom: w.availableFrom,
  }));
}
