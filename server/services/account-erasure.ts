/**
 * A worker deletes their account (the right to erasure). Personal data goes; what the region's
 * figures and the firms' placements rest on stays, without identity: the users row becomes a
 * tombstone, the profile keeps its status, region, announcement, dates, birth year, gender,
 * education level and the contract and weekly hours of the job left (counted per group, never
 * shown per person) with the home moved to the region's centre, and placements stay as they are.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, notInArray, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import {
  accounts,
  candidatePseudonyms,
  consents,
  introductions,
  introductionStatusHistory,
  invitations,
  matches,
  notifications,
  regions,
  sessions,
  users,
  vacancyReactions,
  workerDesiredOccupations,
  workerExperiences,
  workerLanguages,
  workerNotes,
  workerProfiles,
  workerSkills,
} from '~/db/schema';
import type { WorkerActor } from '~/server/auth/actor';
import { verifyPassword } from '~/server/auth/password';
import { endUserSessions } from '~/server/auth/sessions';
import { invalid, notFound } from '~/server/lib/errors';
import type { IntroductionStatus } from './introduction-steps';
import { recordAudit } from './audit';
import { enqueueSearchSync } from './outbox';
import { requireOwnProfile } from './worker-profile';

export const ACCOUNT_ERASED = 'account.erase';

/** What an erased account and its invitations are called where a name must be shown. */
export const ERASED_NAME = 'Verwijderd account';

/** An address that is unique (the column is) and can never receive mail (.invalid is reserved). */
export const erasedEmail = () => `erased-${randomUUID()}@invalid`;

/**
 * Introductions that are over or have become a placement stay as they are; the others are still
 * open and are withdrawn, so no employer keeps waiting for a person who is gone.
 */
const SETTLED_INTRODUCTIONS: IntroductionStatus[] = ['declined', 'withdrawn', 'rejected', 'hired', 'trial'];

export const eraseAccountInput = z.object({
  /** The account's password: nobody deletes an account from a session left open on a shared computer. */
  password: z.string().min(1, 'enter your password').max(200),
});

export async function eraseMyAccount(db: Database, actor: WorkerActor, input: z.infer<typeof eraseAccountInput>) {
  const changed = await db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const [user] = await tx
      .select({ email: users.email, passwordHash: users.passwordHash, erasedAt: users.erasedAt })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for('update');
    if (!user) throw notFound('Account');
    if (user.erasedAt) return false; // a repeated request: already done
    const passwordOk = user.passwordHash ? await verifyPassword(user.passwordHash, input.password) : false;
    if (!passwordOk) throw invalid('This is not your password.', 'password');
    const [region] = await tx
      .select({ lat: regions.centreLat, lon: regions.centreLon })
      .from(regions)
      .where(eq(regions.id, profile.regionId));
    if (!region) throw notFound('Region');
    const now = new Date();
    const workerId = profile.id;

    await tx
      .update(users)
      .set({
        name: ERASED_NAME,
        email: erasedEmail(),
        emailVerified: null,
        image: null,
        passwordHash: null,
        disabledAt: now,
        disabledByUserId: actor.userId,
        notificationEmail: 'off',
        erasedAt: now,
      })
      .where(eq(users.id, actor.userId));
    await tx.delete(sessions).where(eq(sessions.userId, actor.userId));
    await tx.delete(accounts).where(eq(accounts.userId, actor.userId));

    await tx
      .update(workerProfiles)
      .set({
        headline: '',
        homePostcode: '',
        homeCity: '',
        homeLat: region.lat,
        homeLon: region.lon,
        availableFrom: null,
        salaryFloor: null,
        visibleToEmployers: false,
        openToOtherRegions: false,
      })
      .where(eq(workerProfiles.id, workerId));
    await tx
      .update(consents)
      .set({ revokedAt: now })
      .where(and(eq(consents.workerId, workerId), isNull(consents.revokedAt)));
    for (const table of [
      workerSkills,
      workerDesiredOccupations,
      workerExperiences,
      workerLanguages,
      candidatePseudonyms,
      vacancyReactions,
      matches,
      // The coordinator's notes are about the person, in free text: they go with the account.
      workerNotes,
    ]) {
      await tx.delete(table).where(eq(table.workerId, workerId));
    }
    await tx.delete(notifications).where(eq(notifications.userId, actor.userId));

    const open = await tx
      .select({ id: introductions.id, status: introductions.status })
      .from(introductions)
      .where(and(eq(introductions.workerId, workerId), notInArray(introductions.status, SETTLED_INTRODUCTIONS)));
    if (open.length > 0) {
      await tx
        .update(introductions)
        .set({ status: 'withdrawn', message: null, updatedAt: now })
        .where(
          inArray(
            introductions.id,
            open.map((i) => i.id),
          ),
        );
      await tx.insert(introductionStatusHistory).values(
        open.map((introduction) => ({
          introductionId: introduction.id,
          fromStatus: introduction.status,
          toStatus: 'withdrawn' as const,
          changedByUserId: actor.userId,
          note: 'The worker deleted their account.',
          changedAt: now,
        })),
      );
    }

    // Invitations keep the announcement's count; the person's name and address go, and an unused link dies.
    const ownInvitation = or(eq(invitations.email, user.email), eq(invitations.acceptedUserId, actor.userId));
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(ownInvitation, isNull(invitations.revokedAt), isNull(invitations.acceptedAt)));
    await tx.update(invitations).set({ email: erasedEmail(), name: ERASED_NAME }).where(ownInvitation);

    await enqueueSearchSync(tx, 'worker_profile', workerId, 'delete');
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: ACCOUNT_ERASED,
      subjectType: 'user',
      subjectId: actor.userId,
      regionId: profile.regionId,
    });
    return true;
  });
  // The rows are gone already; this also makes this app instance forget its cached copy of them.
  await endUserSessions(db, actor.userId);
  return { erased: true as const, changed };
}
