/**
 * The worker's work history: where they worked, as what (a title in their own words and,
 * optionally, the occupation from the taxonomy), from when to when. Most recent first.
 */
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { occupations, workerExperiences } from '~/db/schema';
import { invalid, notFound } from '~/server/lib/errors';
import { isoDate, singleLineText, todayIso } from '~/server/lib/input';
import { requireCurrentOccupation } from './taxonomy-references';
import { recordProfileChange, requireOwnProfile, type WorkerProfile } from './worker-profile';

/** More than a working life's worth of jobs; the limit keeps one profile from growing without end. */
export const MAX_EXPERIENCES = 40;

const experienceFields = {
  employerName: singleLineText({ min: 1, max: 200, minMessage: 'enter the name of the employer' }),
  title: singleLineText({ min: 1, max: 200, minMessage: 'enter the role or job title' }),
  occupationId: z.uuid().nullable().default(null),
  startDate: isoDate(),
  /** Null: still working there. */
  endDate: isoDate().nullable().default(null),
};

/** Work history is the past: it starts no later than today, and it does not end before it starts. */
function datesInOrder(value: { startDate: string; endDate: string | null }, ctx: z.RefinementCtx) {
  if (value.startDate > todayIso()) {
    ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'must not be in the future', input: value.startDate });
  }
  if (value.endDate !== null && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before startDate', input: value.endDate });
  }
}

export const addExperienceInput = z.object(experienceFields).superRefine(datesInOrder);
export const updateExperienceInput = z
  .object({ experienceId: z.uuid(), ...experienceFields })
  .superRefine(datesInOrder);
export const experienceRefInput = z.object({ experienceId: z.uuid() });

type ExperienceFields = z.infer<typeof addExperienceInput>;
type Experience = typeof workerExperiences.$inferSelect;

const sameFields = (row: Experience, input: ExperienceFields) =>
  row.employerName === input.employerName &&
  row.title === input.title &&
  row.occupationId === input.occupationId &&
  row.startDate === input.startDate &&
  row.endDate === input.endDate;

const fieldsOf = (row: Experience): ExperienceFields => ({
  employerName: row.employerName,
  title: row.title,
  occupationId: row.occupationId,
  startDate: row.startDate,
  endDate: row.endDate,
});

/** The work history, most recent first: current jobs (no end date), then by end and start date. */
export async function listExperiences(db: Database, workerId: string) {
  return db
    .select({
      id: workerExperiences.id,
      employerName: workerExperiences.employerName,
      title: workerExperiences.title,
      occupationId: workerExperiences.occupationId,
      occupationLabelNl: occupations.preferredLabelNl,
      occupationLabelEn: occupations.preferredLabelEn,
      startDate: workerExperiences.startDate,
      endDate: workerExperiences.endDate,
    })
    .from(workerExperiences)
    .leftJoin(occupations, eq(occupations.id, workerExperiences.occupationId))
    .where(eq(workerExperiences.workerId, workerId))
    .orderBy(
      sql`${workerExperiences.endDate} desc nulls first`,
      desc(workerExperiences.startDate),
      workerExperiences.id,
    );
}

/** One entry of the caller's own work history; another worker's entry is "not found", exactly like a missing one. */
async function requireOwnExperience(db: Database, profile: WorkerProfile, experienceId: string) {
  const [row] = await db
    .select()
    .from(workerExperiences)
    .where(and(eq(workerExperiences.id, experienceId), eq(workerExperiences.workerId, profile.id)));
  if (!row) throw notFound('Work history entry');
  return row;
}

/** Adds a job to the work history. The same job again (a repeated request) is not added twice. */
export async function addExperience(db: Database, actor: WorkerActor, input: ExperienceFields) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const existing = await tx.select().from(workerExperiences).where(eq(workerExperiences.workerId, profile.id));
    const same = existing.find((row) => sameFields(row, input));
    if (same) return same;
    if (existing.length >= MAX_EXPERIENCES) {
      throw invalid(`A work history holds at most ${MAX_EXPERIENCES} jobs; remove an old one first.`);
    }
    if (input.occupationId) await requireCurrentOccupation(tx, input.occupationId, 'occupationId');
    const [row] = await tx
      .insert(workerExperiences)
      .values({ workerId: profile.id, ...input })
      .returning();
    await recordProfileChange(tx, profile, 'worker.experience.add', { experienceId: row!.id, ...input });
    return row!;
  });
}

/** Replaces one entry of the caller's own work history. */
export async function updateExperience(
  db: Database,
  actor: WorkerActor,
  { experienceId, ...input }: z.infer<typeof updateExperienceInput>,
) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const row = await requireOwnExperience(tx, profile, experienceId);
    if (sameFields(row, input)) return row; // a repeated request changes nothing
    // An occupation the taxonomy has retired since may stay on the entry, but cannot be chosen anew.
    if (input.occupationId && input.occupationId !== row.occupationId) {
      await requireCurrentOccupation(tx, input.occupationId, 'occupationId');
    }
    const [updated] = await tx.update(workerExperiences).set(input).where(eq(workerExperiences.id, row.id)).returning();
    await recordProfileChange(tx, profile, 'worker.experience.update', {
      experienceId,
      from: fieldsOf(row),
      to: input,
    });
    return updated!;
  });
}

export async function removeExperience(db: Database, actor: WorkerActor, input: z.infer<typeof experienceRefInput>) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const row = await requireOwnExperience(tx, profile, input.experienceId);
    await tx.delete(workerExperiences).where(eq(workerExperiences.id, row.id));
    await recordProfileChange(tx, profile, 'worker.experience.remove', {
      experienceId: row.id,
      ...fieldsOf(row),
    });
    return { experienceId: row.id };
  });
}

/** How many jobs the work history holds (for the completeness meter). */
export async function countExperiences(db: Database, workerId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(workerExperiences).where(eq(workerExperiences.workerId, workerId));
  return row?.n ?? 0;
}
