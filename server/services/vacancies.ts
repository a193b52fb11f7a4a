import { and, asc, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { EmployerActor } from '~/server/auth/actor';
import { occupations, skills, vacancies, vacancySkills } from '~/db/schema';
import { contractTypeValues, remotePolicyValues, skillImportanceValues, vacancyStatusValues } from '~/db/schema/enums';
import { conflict, invalid, notFound } from '~/server/lib/errors';
import { isoDate, latitude, longitude, multiLineText, singleLineText, todayIso } from '~/server/lib/input';
import { offsetOf, PAGE_SIZE, pageNumber, type Page } from '~/server/lib/pagination';
import { refreshVacancyPool } from '~/server/matching/background';
import { inPriorityWindow } from '~/server/lib/priority-window';
import { requireCurrentOccupation, requireCurrentSkills } from './taxonomy-references';
import { lockOwnVacancy, priorityUntilFor, recordVacancyChange, scheduleOpenVacancy } from './vacancy-state';

export const vacancySkillsInput = z
  .array(
    z.object({
      skillId: z.uuid(),
      importance: z.enum(skillImportanceValues).default('required'),
      minLevel: z.int().min(1).max(4).default(2),
    }),
  )
  .max(40)
  .refine((list) => new Set(list.map((s) => s.skillId)).size === list.length, 'each skill can be listed only once')
  .default([]);

/** What an employer writes about a vacancy (without its state), as the form and the CSV import hold it. */
export const vacancyFields = z.object({
  title: singleLineText({ min: 3, max: 160, minMessage: 'title needs at least 3 characters' }),
  description: multiLineText({ max: 10_000 }).default(''),
  occupationId: z.uuid().nullish(),
  hoursMin: z.int().min(1).max(60),
  hoursMax: z.int().min(1).max(60),
  contractType: z.enum(contractTypeValues),
  city: singleLineText({ min: 2, max: 120 }),
  lat: latitude(),
  lon: longitude(),
  remote: z.enum(remotePolicyValues).default('on_site'),
  salaryMin: z.int().min(0).max(100_000).nullish(),
  salaryMax: z.int().min(0).max(100_000).nullish(),
  startDate: isoDate().nullish(),
  closesAt: isoDate().nullish(),
  openToRetraining: z.boolean().default(false),
  skills: vacancySkillsInput,
});
export type VacancyFields = z.infer<typeof vacancyFields>;

type Ranges = { hoursMin: number; hoursMax: number; salaryMin?: number | null; salaryMax?: number | null };

/** The rules between fields, the same for every schema built on vacancyFields. */
function withFieldRules<S extends z.ZodType<Ranges>>(schema: S): S {
  return schema
    .refine((v) => v.hoursMin <= v.hoursMax, { path: ['hoursMax'], message: 'must be at least hoursMin' })
    .refine((v) => v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax, {
      path: ['salaryMax'],
      message: 'must be at least salaryMin',
    });
}

export const vacancyInput = withFieldRules(
  vacancyFields.extend({
    /** A new vacancy is a draft or published at once; it cannot be born closed or filled. */
    status: z.enum(['draft', 'open']).default('open'),
  }),
)
  // An open vacancy is published now, so it cannot have closed already.
  .refine((v) => v.status !== 'open' || v.closesAt == null || v.closesAt >= todayIso(), {
    path: ['closesAt'],
    message: 'an open vacancy cannot close before today',
  });
export type VacancyInput = z.infer<typeof vacancyInput>;

/** An edit: the whole vacancy as the edit form holds it (what is left out is cleared or set to its default). */
export const vacancyUpdateInput = withFieldRules(vacancyFields.extend({ vacancyId: z.uuid() }));
export type VacancyUpdateInput = z.infer<typeof vacancyUpdateInput>;

export const vacancyIdInput = z.object({ vacancyId: z.uuid() });

export const vacancyListFilter = z
  .object({ status: z.enum(vacancyStatusValues).optional(), page: pageNumber })
  .default({ page: 1 });

type VacancyStatus = (typeof vacancyStatusValues)[number];

/**
 * The employer's own vacancies, newest first, a page at a time (a firm that imports its
 * vacancies has hundreds), with how many skills each asks for and when each was published,
 * leaves its priority window (only the region's at-risk workers see it until then) and closed;
 * and how many vacancies the firm has in each state, for the status filter.
 */
export async function listOrganisationVacancies(
  db: Database,
  actor: EmployerActor,
  filter: z.infer<typeof vacancyListFilter> = { page: 1 },
) {
  const own = eq(vacancies.organisationId, actor.organisationId);
  const where = and(own, filter.status ? eq(vacancies.status, filter.status) : undefined);
  const [rows, byStatus] = await Promise.all([
    db
      .select({
        id: vacancies.id,
        title: vacancies.title,
        reference: vacancies.reference,
        city: vacancies.city,
        status: vacancies.status,
        contractType: vacancies.contractType,
        hoursMin: vacancies.hoursMin,
        hoursMax: vacancies.hoursMax,
        closesAt: vacancies.closesAt,
        openToRetraining: vacancies.openToRetraining,
        publishedAt: vacancies.publishedAt,
        priorityUntil: vacancies.priorityUntil,
        closedAt: vacancies.closedAt,
        occupationLabelNl: occupations.preferredLabelNl,
        occupationLabelEn: occupations.preferredLabelEn,
        skillCount: count(vacancySkills.skillId),
      })
      .from(vacancies)
      .leftJoin(occupations, eq(occupations.id, vacancies.occupationId))
      .leftJoin(vacancySkills, eq(vacancySkills.vacancyId, vacancies.id))
      .where(where)
      .groupBy(vacancies.id, occupations.id)
      .orderBy(desc(vacancies.createdAt), vacancies.title, vacancies.id)
      .limit(PAGE_SIZE)
      .offset(offsetOf(filter.page)),
    db.select({ status: vacancies.status, n: count() }).from(vacancies).where(own).groupBy(vacancies.status),
  ]);
  const counts = Object.fromEntries(vacancyStatusValues.map((s) => [s, 0])) as Record<VacancyStatus, number>;
  for (const { status, n } of byStatus) counts[status] = n;
  const now = new Date();
  const page: Page<(typeof rows)[number] & { inPriorityWindow: boolean }> & {
    counts: Record<VacancyStatus, number>;
  } = {
    rows: rows.map((row) => ({ ...row, inPriorityWindow: inPriorityWindow(row, now) })),
    total: filter.status ? counts[filter.status] : Object.values(counts).reduce((a, b) => a + b, 0),
    page: filter.page,
    pageSize: PAGE_SIZE,
    counts,
  };
  return page;
}

/** One of the employer's own vacancies in full, with its skills and occupation labelled: what the edit form starts from. */
export async function getOwnVacancy(db: Database, actor: EmployerActor, input: z.infer<typeof vacancyIdInput>) {
  const [row] = await db
    .select({
      vacancy: vacancies,
      occupationLabelNl: occupations.preferredLabelNl,
      occupationLabelEn: occupations.preferredLabelEn,
    })
    .from(vacancies)
    .leftJoin(occupations, eq(occupations.id, vacancies.occupationId))
    .where(and(eq(vacancies.id, input.vacancyId), eq(vacancies.organisationId, actor.organisationId)));
  if (!row) throw notFound('Vacancy');
  const skillRows = await db
    .select({
      skillId: vacancySkills.skillId,
      importance: vacancySkills.importance,
      minLevel: vacancySkills.minLevel,
      labelNl: skills.preferredLabelNl,
      labelEn: skills.preferredLabelEn,
    })
    .from(vacancySkills)
    .innerJoin(skills, eq(skills.id, vacancySkills.skillId))
    .where(eq(vacancySkills.vacancyId, input.vacancyId))
    .orderBy(asc(vacancySkills.importance), asc(skills.preferredLabelNl));
  return {
    ...row.vacancy,
    occupationLabelNl: row.occupationLabelNl,
    occupationLabelEn: row.occupationLabelEn,
    skills: skillRows,
  };
}

/** Checks the taxonomy references of a vacancy's fields before anything is written (400 naming the field). */
async function requireCurrentReferences(db: Database, fields: Pick<VacancyFields, 'occupationId' | 'skills'>) {
  if (fields.occupationId) await requireCurrentOccupation(db, fields.occupationId, 'occupationId');
  await requireCurrentSkills(
    db,
    fields.skills.map((s) => s.skillId),
    'skills',
  );
}

/**
 * Posts a vacancy (the employer procedure lets only approved firms through), as a draft or
 * published at once. One transaction: the vacancy, its skills, the search-sync outbox row, the
 * audit entry and, when published, the jobs of its closing date and priority window are all
 * written, or none is.
 */
export async function createVacancy(db: Database, actor: EmployerActor, input: VacancyInput) {
  const vacancy = await db.transaction(async (tx) => {
    await requireCurrentReferences(tx, input);
    const { skills: skillRows, ...fields } = input;
    const now = new Date();
    const published = input.status === 'open';
    const [vacancy] = await tx
      .insert(vacancies)
      .values({
        ...fields,
        organisationId: actor.organisationId,
        regionId: actor.regionId,
        publishedAt: published ? now : null,
        priorityUntil: published ? await priorityUntilFor(tx, actor.regionId, now) : null,
      })
      .returning();
    if (!vacancy) throw new Error('vacancy insert returned nothing');
    if (skillRows.length > 0) {
      await tx.insert(vacancySkills).values(skillRows.map((s) => ({ ...s, vacancyId: vacancy.id })));
    }
    if (published) await scheduleOpenVacancy(tx, vacancy);
    await recordVacancyChange(tx, vacancy, { action: 'vacancy.create', actorUserId: actor.userId });
    return vacancy;
  });
  if (vacancy.status === 'open') await refreshVacancyPool(db, [vacancy.id]);
  return vacancy;
}

/**
 * Edits a draft or open vacancy: every field and its skills. A closed or filled vacancy is
 * reopened first (vacancy.reopen). A changed closing date of an open vacancy gets its own
 * closing job; the job of the old date finds the date changed and does nothing.
 */
export async function updateVacancy(db: Database, actor: EmployerActor, input: VacancyUpdateInput) {
  const vacancy = await db.transaction(async (tx) => {
    const current = await lockOwnVacancy(tx, actor, input.vacancyId);
    if (current.status === 'closed' || current.status === 'filled') {
      throw conflict(`This vacancy is ${current.status}: reopen it before editing it.`);
    }
    if (current.status === 'open' && input.closesAt != null && input.closesAt < todayIso()) {
      throw invalid('An open vacancy cannot close before today.', 'closesAt');
    }
    await requireCurrentReferences(tx, input);
    const { vacancyId, skills: skillRows, ...fields } = input;
    const [updated] = await tx
      .update(vacancies)
      .set({
        ...fields,
        occupationId: fields.occupationId ?? null,
        salaryMin: fields.salaryMin ?? null,
        salaryMax: fields.salaryMax ?? null,
        startDate: fields.startDate ?? null,
        closesAt: fields.closesAt ?? null,
      })
      .where(eq(vacancies.id, vacancyId))
      .returning();
    await tx.delete(vacancySkills).where(eq(vacancySkills.vacancyId, vacancyId));
    if (skillRows.length > 0) {
      await tx.insert(vacancySkills).values(skillRows.map((s) => ({ ...s, vacancyId })));
    }
    if (updated!.status === 'open') await scheduleOpenVacancy(tx, updated!);
    await recordVacancyChange(tx, updated!, {
      action: 'vacancy.update',
      actorUserId: actor.userId,
      metadata:
        current.closesAt !== updated!.closesAt ? { closesAt: { from: current.closesAt, to: updated!.closesAt } } : {},
    });
    return updated!;
  });
  if (vacancy.status === 'open') await refreshVacancyPool(db, [vacancy.id]);
  return vacancy;
}
