/**
 * Everything Overstap stores about a worker, as one JSON document they can download (the right
 * of access). Other people's identities stay out: the HR people who took a step or looked at
 * the profile appear as their firm only, and no hashes or tokens are given.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '~/db/client';
import {
  auditLog,
  consents,
  introductions,
  introductionStatusHistory,
  invitations,
  notifications,
  occupations,
  organisations,
  placements,
  skills,
  users,
  vacancies,
  vacancyReactions,
  workerDesiredOccupations,
  workerExperiences,
  workerLanguages,
  workerNotes,
  workerSkills,
} from '~/db/schema';
import type { WorkerActor } from '~/server/auth/actor';
import { notFound } from '~/server/lib/errors';
import { recordAudit } from './audit';
import { requireOwnProfile } from './worker-profile';

export const MY_DATA_EXPORTED = 'worker.data.export';

/** The export's format version: a reader can tell what to expect. */
export const MY_DATA_EXPORT_VERSION = 1;

export async function exportMyData(db: Database, actor: WorkerActor) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const [account] = await tx
      .select({
        name: users.name,
        email: users.email,
        locale: users.locale,
        notificationEmail: users.notificationEmail,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(eq(users.id, actor.userId));
    if (!account) throw notFound('Account');
    const workerId = profile.id;
    const [
      skillRows,
      desiredOccupations,
      experiences,
      languages,
      consentRows,
      invitationRows,
      introductionRows,
      placementRows,
      reactionRows,
      notificationRows,
    ] = await Promise.all([
      tx
        .select({
          skill: skills.preferredLabelNl,
          skillEn: skills.preferredLabelEn,
          level: workerSkills.level,
          source: workerSkills.source,
          confirmedBy: organisations.name,
          addedAt: workerSkills.createdAt,
        })
        .from(workerSkills)
        .innerJoin(skills, eq(skills.id, workerSkills.skillId))
        .leftJoin(organisations, eq(organisations.id, workerSkills.confirmedByOrganisationId))
        .where(eq(workerSkills.workerId, workerId))
        .orderBy(asc(skills.preferredLabelNl)),
      tx
        .select({
          position: workerDesiredOccupations.position,
          occupation: occupations.preferredLabelNl,
          occupationEn: occupations.preferredLabelEn,
        })
        .from(workerDesiredOccupations)
        .innerJoin(occupations, eq(occupations.id, workerDesiredOccupations.occupationId))
        .where(eq(workerDesiredOccupations.workerId, workerId))
        .orderBy(asc(workerDesiredOccupations.position)),
      tx
        .select({
          employerName: workerExperiences.employerName,
          title: workerExperiences.title,
          occupation: occupations.preferredLabelNl,
          startDate: workerExperiences.startDate,
          endDate: workerExperiences.endDate,
        })
        .from(workerExperiences)
        .leftJoin(occupations, eq(occupations.id, workerExperiences.occupationId))
        .where(eq(workerExperiences.workerId, workerId))
        .orderBy(asc(workerExperiences.startDate)),
      tx
        .select({ language: workerLanguages.language, level: workerLanguages.level })
        .from(workerLanguages)
        .where(eq(workerLanguages.workerId, workerId))
        .orderBy(asc(workerLanguages.language)),
      tx
        .select({
          scope: consents.scope,
          sharedWith: organisations.name,
          grantedAt: consents.grantedAt,
          revokedAt: consents.revokedAt,
        })
        .from(consents)
        .leftJoin(organisations, eq(organisations.id, consents.organisationId))
        .where(eq(consents.workerId, workerId))
        .orderBy(asc(consents.grantedAt)),
      tx
        .select({
          employer: organisations.name,
          name: invitations.name,
          email: invitations.email,
          roleTitle: invitations.roleTitle,
          // What the employer passed on of the job that disappears (also on the profile once joined).
          currentContractType: invitations.currentContractType,
          currentWeeklyHours: invitations.currentWeeklyHours,
          language: invitations.language,
          createdAt: invitations.createdAt,
          sentAt: invitations.sentAt,
          expiresAt: invitations.expiresAt,
          acceptedAt: invitations.acceptedAt,
          revokedAt: invitations.revokedAt,
        })
        .from(invitations)
        .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
        .where(
          and(
            eq(invitations.kind, 'worker'),
            or(eq(invitations.acceptedUserId, actor.userId), eq(invitations.email, account.email)),
          ),
        )
        .orderBy(asc(invitations.createdAt)),
      tx
        .select({
          id: introductions.id,
          vacancy: vacancies.title,
          employer: organisations.name,
          initiatedBy: introductions.initiatedBy,
          status: introductions.status,
          message: introductions.message,
          createdAt: introductions.createdAt,
        })
        .from(introductions)
        .innerJoin(vacancies, eq(vacancies.id, introductions.vacancyId))
        .innerJoin(organisations, eq(organisations.id, introductions.organisationId))
        .where(eq(introductions.workerId, workerId))
        .orderBy(asc(introductions.createdAt)),
      tx
        .select({
          kind: placements.kind,
          vacancy: vacancies.title,
          toEmployer: organisations.name,
          startDate: placements.startDate,
          endDate: placements.endDate,
          guidanceDaysLeft: placements.guidanceDaysLeft,
          reopenedAt: placements.reopenedAt,
        })
        .from(placements)
        .innerJoin(organisations, eq(organisations.id, placements.toOrganisationId))
        .leftJoin(vacancies, eq(vacancies.id, placements.vacancyId))
        .where(eq(placements.workerId, workerId))
        .orderBy(asc(placements.startDate)),
      tx
        .select({
          vacancy: vacancies.title,
          employer: organisations.name,
          kind: vacancyReactions.kind,
          hideReason: vacancyReactions.hideReason,
          createdAt: vacancyReactions.createdAt,
        })
        .from(vacancyReactions)
        .innerJoin(vacancies, eq(vacancies.id, vacancyReactions.vacancyId))
        .innerJoin(organisations, eq(organisations.id, vacancies.organisationId))
        .where(eq(vacancyReactions.workerId, workerId))
        .orderBy(asc(vacancyReactions.createdAt)),
      tx
        .select({
          kind: notifications.kind,
          payload: notifications.payload,
          createdAt: notifications.createdAt,
          readAt: notifications.readAt,
          emailedAt: notifications.emailedAt,
        })
        .from(notifications)
        .where(eq(notifications.userId, actor.userId))
        .orderBy(asc(notifications.createdAt)),
    ]);
    const history = introductionRows.length
      ? await tx
          .select({
            introductionId: introductionStatusHistory.introductionId,
            fromStatus: introductionStatusHistory.fromStatus,
            toStatus: introductionStatusHistory.toStatus,
            note: introductionStatusHistory.note,
            stepDate: introductionStatusHistory.stepDate,
            changedAt: introductionStatusHistory.changedAt,
          })
          .from(introductionStatusHistory)
          .where(
            inArray(
              introductionStatusHistory.introductionId,
              introductionRows.map((i) => i.id),
            ),
          )
          .orderBy(asc(introductionStatusHistory.changedAt), asc(introductionStatusHistory.id))
      : [];
    // The region's notes about the worker: what and when, not which coordinator wrote them.
    const noteRows = await tx
      .select({ kind: workerNotes.kind, noteDate: workerNotes.noteDate, text: workerNotes.body })
      .from(workerNotes)
      .where(eq(workerNotes.workerId, workerId))
      .orderBy(asc(workerNotes.noteDate), asc(workerNotes.createdAt));
    const auditRows = await tx
      .select({
        action: auditLog.action,
        at: auditLog.at,
        actorUserId: auditLog.actorUserId,
        employer: organisations.name,
        metadata: auditLog.metadata,
      })
      .from(auditLog)
      .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
      .where(
        or(
          and(eq(auditLog.subjectType, 'worker_profile'), eq(auditLog.subjectId, workerId)),
          and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, actor.userId)),
        ),
      )
      .orderBy(asc(auditLog.at), asc(auditLog.id));

    const exportedAt = new Date();
    // Recorded before it is handed over, in the same transaction: no export without its trace.
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: MY_DATA_EXPORTED,
      subjectType: 'worker_profile',
      subjectId: workerId,
      regionId: profile.regionId,
    });

    const { userId: _userId, ...profileFields } = profile;
    return {
      format: 'overstap-my-data',
      version: MY_DATA_EXPORT_VERSION,
      exportedAt,
      account,
      profile: profileFields,
      skills: skillRows,
      desiredOccupations,
      experiences,
      languages,
      consents: consentRows,
      invitations: invitationRows,
      introductions: introductionRows.map(({ id, ...introduction }) => ({
        ...introduction,
        history: history.filter((h) => h.introductionId === id).map(({ introductionId: _id, ...step }) => step),
      })),
      placements: placementRows,
      vacancyReactions: reactionRows,
      notifications: notificationRows,
      coordinatorNotes: noteRows,
      // What others did is told by firm only; the details (metadata) only of the worker's own actions.
      auditEntries: auditRows.map(({ actorUserId, metadata, ...entry }) => {
        const byMe = actorUserId === actor.userId;
        return {
          ...entry,
          by: byMe ? ('me' as const) : entry.employer ? ('employer' as const) : ('overstap' as const),
          ...(byMe ? { details: metadata } : {}),
        };
      }),
    };
  });
}
