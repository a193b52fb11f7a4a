import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { EmployerActor } from '~/server/auth/actor';
import { occupations, vacancies, vacancySkills } from '~/db/schema';
import { contractTypeValues, remotePolicyValues, skillImportanceValues, vacancyStatusValues } from '~/db/schema/enums';
import { isoDate, latitude, longitude, multiLineText, singleLineText, todayIso } from '~/server/lib/input';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';
import { requireCurrentOccupation, requireCurrentSkills } from './taxonomy-references';

export const vacancyInput = z
  .object({
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
    status: z.enum(vacancyStatusValues).default('open'),
    openToRetraining: z.boolean().default(false),
    skills: z
      .array(
        z.object({
          skillId: z.uuid(),
          importance: z.enum(skillImportanceValues).default('required'),
          minLevel: z.int().min(1).max(4).default(2),
        }),
      )
      .max(40)
      .refine((list) => new Set(list.map((s) => s.skillId)).size === list.length, 'each skill can be listed only once')
      .default([]),
  })
  .refine((v) => v.hoursMin <= v.hoursMax, { path: ['hoursMax'], message: 'must be at least hoursMin' })
  .refine((v) => v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax, {
    path: ['salaryMax'],
    message: 'must be at least salaryMin',
  })
  // An open vacancy is published now, so it cannot have closed already.
  .refine((v) => v.status !== 'open' || v.closesAt == null || v.closesAt >= todayIso(), {
    path: ['closesAt'],
    message: 'an open vacancy cannot close before today',
  });
export type VacancyInput = z.infer<typeof vacancyInput>;

export const vacancyListFilter = z.object({ status: z.enum(vacancyStatusValues).optional() }).default({});

/** The employer's own vacancies, newest first, with how many skills each asks for. */
export async function listOrganisationVacancies(
  db: Database,
  actor: EmployerActor,
  filter: z.infer<typeof vacancyListFilter> = {},
) {
  return db
    .select({
      id: vacancies.id,
      title: vacancies.title,
      city: vacancies.city,
      status: vacancies.status,
      contractType: vacancies.contractType,
      hoursMin: vacancies.hoursMin,
      hoursMax: vacancies.hoursMax,
      closesAt: vacancies.closesAt,
      openToRetraining: vacancies.openToRetraining,
      occupationLabelNl: occupations.preferredLabelNl,
      occupationLabelEn: occupations.preferredLabelEn,
      skillCount: count(vacancySkills.skillId),
    })
    .from(vacancies)
    .leftJoin(occupations, eq(occupations.id, vacancies.occupationId))
    .leftJoin(vacancySkills, eq(vacancySkills.vacancyId, vacancies.id))
    .where(
      and(
        eq(vacancies.organisationId, actor.organisationId),
        filter.status ? eq(vacancies.status, filter.status) : undefined,
      ),
    )
    .groupBy(vacancies.id, occupations.id)
    .orderBy(desc(vacancies.createdAt), vacancies.title);
}

/**
 * Posts a vacancy (the employer procedure lets only approved firms through). One transaction: the vacancy, its skills, the
 * search-sync outbox row and the audit entry are all written, or none is.
 */
export async function createVacancy(db: Database, actor: EmployerActor, input: VacancyInput) {
  return db.transaction(async (tx) => {
    if (input.occupationId) await requireCurrentOccupation(tx, input.occupationId, 'occupationId');
    await requireCurrentSkills(
      tx,
      input.skills.map((s) => s.skillId),
      'skills',
    );
    const { skills: skillRows, ...fields } = input;
    const [vacancy] = await tx
      .insert(vacancies)
      .values({
        ...fields,
        organisationId: actor.organisationId,
        regionId: actor.regionId,
        publishedAt: input.status === 'open' ? new Date() : null,
      })
      .returning();
    if (!vacancy) throw new Error('vacancy insert returned nothing');
    if (skillRows.length > 0) {
      await tx.insert(vacancySkills).values(skillRows.map((s) => ({ ...s, vacancyId: vacancy.id })));
    }
    await enqueueSearchSync(tx, 'vacancy', vacancy.id);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'vacancy.create',
      subjectType: 'vacancy',
      subjectId: vacancy.id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
    });
    return vacancy;
  });
}
