import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { hashLinkToken } from '~/server/auth/tokens';
import { addDays, type IsoDate } from '~/server/lib/dates';
import { firstNamesFemale, firstNamesMale, surnames } from './data';
import { demoAccounts } from './demo-accounts';
import { SeededRandom } from './random';

type Redundancy = typeof t.redundancies.$inferSelect;

/** Waiting invitations per announcement in the main region; the demo employer's first one also has an expired one. */
const PENDING_PER_ANNOUNCEMENT = 3;
const VALID_DAYS = 14;

const at = (day: IsoDate, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
const earliest = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();

/**
 * The seeded links can never be opened: their "token" is not shaped like a real one (43 URL-safe
 * characters), so no link hashes to them. A demo user sends one again to get a working link.
 */
const unusableTokenHash = (key: string) => hashLinkToken(`demo-seed:${key}`);

/**
 * Invitations for the demo's announcements, so the cohort pages have content: every seeded
 * worker joined through an accepted invitation (sent on the announcement's date), and each
 * announcement of the main region has a few people still to answer, one of whose links expired
 * (most with their current job's contract and hours, which the accept flow copies).
 * The announcement date becomes the day its first worker's guidance started, as it would have been.
 * Its own seeded random stream: the rest of the demo does not change with it.
 */
export async function seedDemoInvitations(
  db: Database,
  {
    today,
    redundancies,
    mainRegionId,
    seed,
  }: { today: IsoDate; redundancies: Redundancy[]; mainRegionId: string; seed: number },
) {
  const rnd = new SeededRandom(seed ^ 0x5eed1);
  // The current job's contract and hours of the people still to answer: a stream of its own, so the names stay as they were.
  const jobRnd = new SeededRandom(seed ^ 0x5eed2);
  const hr = await db
    .select({ userId: t.memberships.userId, organisationId: t.memberships.organisationId, email: t.users.email })
    .from(t.memberships)
    .innerJoin(t.users, eq(t.users.id, t.memberships.userId))
    .where(
      and(
        eq(t.memberships.role, 'employer'),
        isNotNull(t.memberships.organisationId),
        inArray(
          t.memberships.organisationId,
          redundancies.map((r) => r.organisationId),
        ),
      ),
    )
    .orderBy(asc(t.users.email));
  const hrOf = new Map<string, string>();
  for (const h of hr) if (!hrOf.has(h.organisationId!)) hrOf.set(h.organisationId!, h.userId);

  const joined = await db
    .select({
      userId: t.users.id,
      name: t.users.name,
      email: t.users.email,
      redundancyId: t.workerProfiles.redundancyId,
      occupationId: t.workerProfiles.currentOccupationId,
      riskStartDate: t.workerProfiles.riskStartDate,
      currentContractType: t.workerProfiles.currentContractType,
      currentWeeklyHours: t.workerProfiles.currentWeeklyHours,
    })
    .from(t.workerProfiles)
    .innerJoin(t.users, eq(t.users.id, t.workerProfiles.userId))
    .where(
      inArray(
        t.workerProfiles.redundancyId,
        redundancies.map((r) => r.id),
      ),
    )
    .orderBy(asc(t.users.email));

  const rows: (typeof t.invitations.$inferInsert)[] = [];
  for (const [index, announcement] of redundancies.entries()) {
    const people = joined.filter((j) => j.redundancyId === announcement.id);
    const announcedOn = people.reduce((first, p) => earliest(p.riskStartDate, first), today);
    await db.update(t.redundancies).set({ announcedOn }).where(eq(t.redundancies.id, announcement.id));
    const roleTitleOf = (occupationId: string | null) =>
      announcement.roles.find((r) => r.occupationId === occupationId)?.title ?? null;
    const common = {
      kind: 'worker' as const,
      organisationId: announcement.organisationId,
      regionId: announcement.regionId,
      redundancyId: announcement.id,
      createdByUserId: hrOf.get(announcement.organisationId) ?? null,
    };

    for (const person of people) {
      const sent = at(announcedOn);
      rows.push({
        ...common,
        name: person.name,
        email: person.email,
        roleTitle: roleTitleOf(person.occupationId),
        occupationId: person.occupationId,
        // What the employer gave when inviting is what the profile got on joining.
        currentContractType: person.currentContractType,
        currentWeeklyHours: person.currentWeeklyHours,
        language: 'nl',
        tokenHash: unusableTokenHash(`accepted:${person.email}`),
        sentAt: sent,
        sendCount: 1,
        expiresAt: new Date(sent.getTime() + VALID_DAYS * 86_400_000),
        acceptedAt: at(earliest(addDays(announcedOn, 1 + (people.indexOf(person) % 7)), today), 19),
        acceptedUserId: person.userId,
      });
    }

    if (announcement.regionId !== mainRegionId) continue;
    const pending = PENDING_PER_ANNOUNCEMENT + (index === 0 ? 1 : 0);
    for (let n = 0; n < pending; n++) {
      const female = rnd.chance(0.45);
      const first = rnd.pick(female ? firstNamesFemale : firstNamesMale);
      const last = rnd.pick(surnames);
      const role = rnd.pick(announcement.roles);
      // The demo employer's first announcement has one link that ran out unanswered.
      const expired = index === 0 && n === pending - 1;
      const sentOn = expired ? addDays(today, -(VALID_DAYS + 6)) : addDays(today, -rnd.int(0, 10));
      const sent = at(sentOn, 10);
      rows.push({
        ...common,
        name: `${first} ${last}`,
        email: `${ascii(first)}.${ascii(last)}.${index}${n}@example.nl`,
        roleTitle: role.title,
        occupationId: role.occupationId ?? null,
        // Most employers give the current job's contract and hours; one in five leaves them out.
        ...(jobRnd.chance(0.8)
          ? {
              currentContractType: jobRnd.chance(0.8)
                ? ('permanent' as const)
                : jobRnd.pick(['fixed_term', 'temporary', 'on_call'] as const),
              currentWeeklyHours: jobRnd.chance(0.25) ? jobRnd.pick([16, 20, 24, 28]) : jobRnd.pick([32, 36, 38, 40]),
            }
          : {}),
        language: n === 1 ? 'en' : 'nl',
        tokenHash: unusableTokenHash(`pending:${announcement.id}:${n}`),
        sentAt: sent,
        sendCount: 1,
        expiresAt: new Date(sent.getTime() + VALID_DAYS * 86_400_000),
      });
    }
  }
  if (rows.length > 0) {
    for (let i = 0; i < rows.length; i += 500) await db.insert(t.invitations).values(rows.slice(i, i + 500));
  }

  // A colleague the demo employer invited who has not answered yet.
  const [employer] = await db
    .select({ userId: t.users.id, organisationId: t.memberships.organisationId, regionId: t.memberships.regionId })
    .from(t.users)
    .innerJoin(t.memberships, eq(t.memberships.userId, t.users.id))
    .where(eq(t.users.email, demoAccounts.employer));
  if (employer?.organisationId && employer.regionId) {
    const sent = at(addDays(today, -2), 11);
    await db.insert(t.invitations).values({
      kind: 'colleague',
      organisationId: employer.organisationId,
      regionId: employer.regionId,
      name: 'Femke Janssen',
      email: 'femke.janssen@example.nl',
      language: 'nl',
      tokenHash: unusableTokenHash('colleague:femke'),
      sentAt: sent,
      sendCount: 1,
      expiresAt: new Date(sent.getTime() + VALID_DAYS * 86_400_000),
      createdByUserId: employer.userId,
    });
  }

  // A coordinator the demo coordinator invited to the region who has not answered yet.
  const [coordinator] = await db
    .select({ userId: t.users.id, regionId: t.memberships.regionId })
    .from(t.users)
    .innerJoin(t.memberships, eq(t.memberships.userId, t.users.id))
    .where(eq(t.users.email, demoAccounts.coordinator));
  if (coordinator?.regionId) {
    const sent = at(addDays(today, -1), 14);
    await db.insert(t.invitations).values({
      kind: 'coordinator',
      organisationId: null,
      regionId: coordinator.regionId,
      name: 'Ruud van Dijk',
      email: 'ruud.vandijk@example.nl',
      language: 'nl',
      tokenHash: unusableTokenHash('coordinator:ruud'),
      sentAt: sent,
      sendCount: 1,
      expiresAt: new Date(sent.getTime() + VALID_DAYS * 86_400_000),
      createdByUserId: coordinator.userId,
    });
  }
  return rows.length;
}
