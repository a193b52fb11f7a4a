/**
 * A worker accepts their invitation: from a link in a mail to an account with a profile that
 * matching can use, in one transaction. Nothing is written unless everything is: the account,
 * its membership, the profile (at risk from the announcement's date, guided for its window,
 * with the contract and weekly hours the employer gave), the skills the employer confirmed, the consent the worker chose, the search update, the audit
 * entry and the invitation marked used.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { redundancies, regions, workerProfiles } from '~/db/schema';
import { educationLevelValues } from '~/db/schema/enums';
import type { WorkerActor } from '~/server/auth/actor';
import { newPassword } from '~/server/auth/password-policy';
import { invalid, notFound } from '~/server/lib/errors';
import { guidanceDeadline } from '~/server/lib/guidance';
import { singleLineText, todayIso } from '~/server/lib/input';
import { locatePostcode, normalisePostcode } from '~/server/lib/postcodes';
import { PRIVACY_STATEMENT_VERSION } from '~/server/lib/privacy-statement';
import { recordAudit } from './audit';
import { existingSkills, writeConfirmedSkills } from './employer-confirmed-skills';
import { claimInvitation, createInvitedAccount, linkToken, markInvitationUsed } from './invitation-links';
import { enqueueSearchSync } from './outbox';
import { setWorkerVisibility } from './worker-profile';

/**
 * Who may see the profile: nobody, employers of the worker's region (anonymised), or those of
 * neighbouring regions too. The worker can change this at any time afterwards.
 */
export const visibilityChoiceValues = ['hidden', 'region', 'neighbouring_regions'] as const;

const visibilityOf = {
  hidden: { visibleToEmployers: false, openToOtherRegions: false },
  region: { visibleToEmployers: true, openToOtherRegions: false },
  neighbouring_regions: { visibleToEmployers: true, openToOtherRegions: true },
} as const;

/** People of working age: a birth year that would make someone younger than 15 or older than 80 is a typing error. */
const birthYearBounds = () => {
  const year = Number(todayIso().slice(0, 4));
  return { min: year - 80, max: year - 15 };
};

export const acceptWorkerInvitationInput = z.object({
  token: linkToken(),
  password: newPassword(),
  /** The version of the privacy statement the page showed; it must be the current one. */
  privacyStatementVersion: singleLineText({ min: 1, max: 40 }),
  privacyAccepted: z.literal(true, 'the privacy statement must be accepted to join'),
  homePostcode: singleLineText({ min: 4, max: 8 }).refine(
    (v) => normalisePostcode(v) !== null,
    'is not a Dutch postcode (four digits, optionally two letters)',
  ),
  birthYear: z
    .int('birthYear is a year such as 1975')
    .refine((y) => y >= birthYearBounds().min && y <= birthYearBounds().max, {
      message: 'must be a year that makes you between 15 and 80 years old',
    }),
  educationLevel: z.enum(educationLevelValues),
  visibility: z.enum(visibilityChoiceValues),
});

export async function acceptWorkerInvitation(db: Database, input: z.infer<typeof acceptWorkerInvitationInput>) {
  if (input.privacyStatementVersion !== PRIVACY_STATEMENT_VERSION) {
    throw invalid(
      'The privacy statement has changed since this page was opened; read the current one and accept it.',
      'privacyStatementVersion',
    );
  }
  const home = locatePostcode(input.homePostcode);
  if (!home) throw invalid('This postcode is not known to us; check it.', 'homePostcode');

  return db.transaction(async (tx) => {
    const invitation = await claimInvitation(tx, input.token, 'worker');
    const [announcement] = invitation.redundancyId
      ? await tx.select().from(redundancies).where(eq(redundancies.id, invitation.redundancyId))
      : [];
    // A cancelled announcement revokes its invitations; this only guards a link that slipped through.
    if (!announcement || announcement.status === 'cancelled') throw notFound('Invitation link');
    const [region] = await tx.select().from(regions).where(eq(regions.id, invitation.regionId));
    if (!region) throw notFound('Region');
    const userId = await createInvitedAccount(
      tx,
      invitation,
      input.password,
      { role: 'worker', regionId: invitation.regionId },
      'your employer',
    );
    const [profile] = await tx
      .insert(workerProfiles)
      .values({
        userId: userId,
        regionId: invitation.regionId,
        currentOrganisationId: invitation.organisationId,
        redundancyId: announcement.id,
        currentOccupationId: invitation.occupationId,
        status: 'at_risk',
        riskStartDate: announcement.announcedOn,
        guidanceDeadline: guidanceDeadline(announcement.announcedOn, announcement.guidanceWindowMonths),
        homePostcode: home.pc4,
        homeCity: home.place,
        homeLat: home.lat,
        homeLon: home.lon,
        maxCommuteKm: region.defaultCommuteKm,
        educationLevel: input.educationLevel,
        birthYear: input.birthYear,
        // What the employer gave of the job that disappears, if anything.
        currentContractType: invitation.currentContractType,
        currentWeeklyHours: invitation.currentWeeklyHours,
        privacyAcceptedAt: new Date(),
        privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
      })
      .returning();
    await writeConfirmedSkills(
      tx,
      invitation.organisationId!, // a worker's invitation is always a firm's (invitations_firm_kinds)
      profile!.id,
      await existingSkills(tx, invitation.confirmedSkills),
    );
    const actor: WorkerActor = { role: 'worker', userId: userId, regionId: invitation.regionId };
    // Consent goes through the one place that records it (a consent row per scope, with its time).
    const visibility = visibilityOf[input.visibility];
    if (visibility.visibleToEmployers) await setWorkerVisibility(tx, actor, visibility);
    await enqueueSearchSync(tx, 'worker_profile', profile!.id, visibility.visibleToEmployers ? 'upsert' : 'delete');
    await markInvitationUsed(tx, invitation.id, userId);
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'invitation.accept',
      subjectType: 'worker_profile',
      subjectId: profile!.id,
      organisationId: invitation.organisationId,
      regionId: invitation.regionId,
      metadata: {
        invitationId: invitation.id,
        redundancyId: announcement.id,
        privacyStatementVersion: PRIVACY_STATEMENT_VERSION,
        visibility: input.visibility,
        confirmedSkills: invitation.confirmedSkills.length,
      },
    });
    return { userId: userId, email: invitation.email, workerId: profile!.id };
  });
}
