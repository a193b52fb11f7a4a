import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { addDays, type IsoDate } from '~/server/lib/dates';
import { candidatePseudonymsForPairs } from '~/server/services/candidate-pseudonyms';
import { demoAccounts } from './demo-accounts';
import { SeededRandom } from './random';

const at = (day: IsoDate, hour: number, minute = 0) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);

type NewRow = typeof t.notifications.$inferInsert;

/**
 * A few notifications for the demo worker and the demo employer's HR user, some read and some
 * not, so the bell has a number and the list has content on a fresh start. They are history:
 * already mailed (notification mail never sends them), and they carry the dedupe keys the
 * engine uses, so a later rematch does not announce the same pairs again.
 * Its own seeded random stream: the rest of the demo does not change with it.
 */
export async function seedDemoNotifications(db: Database, { today, seed }: { today: IsoDate; seed: number }) {
  const rnd = new SeededRandom(seed ^ 0xb311);
  const [worker] = await db
    .select({ userId: t.users.id, profileId: t.workerProfiles.id, regionId: t.workerProfiles.regionId })
    .from(t.users)
    .innerJoin(t.workerProfiles, eq(t.workerProfiles.userId, t.users.id))
    .where(eq(t.users.email, demoAccounts.worker));
  const [hr] = await db
    .select({ userId: t.users.id, organisationId: t.memberships.organisationId, decidedAt: t.organisations.decidedAt })
    .from(t.users)
    .innerJoin(t.memberships, eq(t.memberships.userId, t.users.id))
    .innerJoin(t.organisations, eq(t.organisations.id, t.memberships.organisationId))
    .where(eq(t.users.email, demoAccounts.employer));
  if (!worker || !hr?.organisationId) return 0;

  const rows: NewRow[] = [];
  const add = (row: NewRow, created: Date, read: boolean) =>
    rows.push({ ...row, createdAt: created, updatedAt: created, emailedAt: created, readAt: read ? created : null });

  // The worker: strong matches at other firms of the region, the oldest one read.
  const openElsewhere = await db
    .select({
      id: t.vacancies.id,
      title: t.vacancies.title,
      organisation: t.organisations.name,
      organisationId: t.vacancies.organisationId,
    })
    .from(t.vacancies)
    .innerJoin(t.organisations, eq(t.organisations.id, t.vacancies.organisationId))
    .where(
      and(
        eq(t.vacancies.regionId, worker.regionId),
        eq(t.vacancies.status, 'open'),
        ne(t.vacancies.organisationId, hr.organisationId),
      ),
    )
    .orderBy(asc(t.vacancies.title), asc(t.vacancies.id));
  const picked = new Set<string>();
  for (let i = 0; i < 3 && picked.size < openElsewhere.length; i++) {
    let vacancy = rnd.pick(openElsewhere);
    while (picked.has(vacancy.id)) vacancy = rnd.pick(openElsewhere);
    picked.add(vacancy.id);
    add(
      {
        userId: worker.userId,
        kind: 'strongMatch',
        payload: { vacancyId: vacancy.id, title: vacancy.title, organisation: vacancy.organisation, score: 0.8 },
        dedupeKey: `strongMatch:${worker.profileId}:${vacancy.id}`,
      },
      at(addDays(today, -(6 - 2 * i)), 8 + rnd.int(0, 9), rnd.int(0, 59)),
      i === 0,
    );
  }

  // The employer: its approval long ago (read), and strong candidates for its open vacancies (unread).
  add(
    {
      userId: hr.userId,
      kind: 'organisationApproved',
      payload: { decision: 'approved', reason: null },
    },
    hr.decidedAt ?? at(addDays(today, -30), 10),
    true,
  );
  const ownOpen = await db
    .select({ id: t.vacancies.id, title: t.vacancies.title })
    .from(t.vacancies)
    .where(and(eq(t.vacancies.organisationId, hr.organisationId), eq(t.vacancies.status, 'open')))
    .orderBy(asc(t.vacancies.title), asc(t.vacancies.id))
    .limit(2);
  const findable = await db
    .select({ id: t.workerProfiles.id })
    .from(t.workerProfiles)
    .where(
      and(
        eq(t.workerProfiles.regionId, worker.regionId),
        eq(t.workerProfiles.visibleToEmployers, true),
        inArray(t.workerProfiles.status, ['at_risk', 'in_transition']),
        ne(t.workerProfiles.currentOrganisationId, hr.organisationId),
      ),
    )
    .orderBy(asc(t.workerProfiles.id))
    .limit(50);
  if (findable.length > 0) {
    const pairs = ownOpen.map((vacancy) => ({ vacancy, workerId: rnd.pick(findable).id }));
    const codes = await candidatePseudonymsForPairs(
      db,
      pairs.map((p) => ({ organisationId: hr.organisationId!, workerId: p.workerId })),
    );
    for (const [i, { vacancy, workerId }] of pairs.entries()) {
      add(
        {
          userId: hr.userId,
          kind: 'strongCandidate',
          payload: {
            vacancyId: vacancy.id,
            title: vacancy.title,
            candidate: codes.get(`${hr.organisationId}:${workerId}`)!,
            score: 0.78,
          },
          dedupeKey: `strongCandidate:${workerId}:${vacancy.id}`,
        },
        at(addDays(today, -(3 - i)), 9 + rnd.int(0, 7), rnd.int(0, 59)),
        false,
      );
    }
  }
  if (rows.length > 0) await db.insert(t.notifications).values(rows);
  return rows.length;
}
