import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { addDays, daysBetween, type IsoDate } from '~/server/lib/dates';
import type { IntroductionStatus } from '~/server/services/introduction-steps';
import { demoAccounts } from './demo-accounts';
import { SeededRandom } from './random';

type Side = 'employer' | 'worker';

/** One seeded introduction: the statuses it went through, who started it, and what its last step left behind. */
interface Scenario {
  initiatedBy: Side;
  path: IntroductionStatus[];
  /** For a trial step: a trial placement or a secondment (detachering). */
  trialKind?: 'trial' | 'secondment';
  /** A hire whose new job ended and whose transition was reopened (the safety net). */
  reopened?: boolean;
  note?: string;
}

/** Who takes each step (the step table in server/services/introduction-steps.ts says the same). */
function sideOf(to: IntroductionStatus, initiatedBy: Side): Side {
  if (to === 'accepted') return initiatedBy === 'employer' ? 'worker' : 'employer';
  return to === 'declined' || to === 'withdrawn' ? 'worker' : 'employer';
}

const invitation = 'Wij denken dat u goed past bij deze vacature. Zullen we kennismaken?';

/** The demo employer's pipeline: every stage once, with workers of the second demo firm. */
const employerScenarios: Scenario[] = [
  { initiatedBy: 'employer', path: ['proposed'] },
  { initiatedBy: 'worker', path: ['proposed'] },
  { initiatedBy: 'employer', path: ['proposed', 'accepted'] },
  { initiatedBy: 'worker', path: ['proposed', 'accepted', 'meeting'] },
  { initiatedBy: 'employer', path: ['proposed', 'accepted', 'meeting', 'offer'] },
  { initiatedBy: 'employer', path: ['proposed', 'accepted', 'meeting', 'trial'], trialKind: 'trial' },
  { initiatedBy: 'employer', path: ['proposed', 'accepted', 'meeting', 'offer', 'trial'], trialKind: 'secondment' },
  { initiatedBy: 'employer', path: ['proposed', 'accepted', 'meeting', 'offer', 'hired'] },
  { initiatedBy: 'employer', path: ['proposed', 'declined'], note: 'De reistijd is te lang voor mij.' },
  {
    initiatedBy: 'employer',
    path: ['proposed', 'accepted', 'meeting', 'withdrawn'],
    note: 'Ik heb voor een omscholing gekozen.',
  },
  { initiatedBy: 'employer', path: ['proposed', 'accepted', 'meeting', 'hired'], reopened: true },
  { initiatedBy: 'worker', path: ['proposed', 'rejected'], note: 'We zoeken iemand met meer ervaring.' },
];

const SHARED: readonly IntroductionStatus[] = ['accepted', 'meeting', 'offer', 'trial', 'hired'];

const at = (day: IsoDate, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * Introductions and placements at every stage, so every page of the pipeline has content: the
 * demo employer's firm sees workers of the second demo firm at each stage (one hire reopened by
 * the safety net), and the demo worker has invitations from other firms waiting for an answer.
 * Identity consents and reveal audit entries follow the rule of introduction-identity.ts. Its
 * own seeded random stream: the rest of the demo does not change with it.
 */
export async function seedDemoIntroductions(db: Database, { today, seed }: { today: IsoDate; seed: number }) {
  const rnd = new SeededRandom(seed ^ 0x1e7d0);
  const hrOf = async (email: string) => {
    const [row] = await db
      .select({ userId: t.users.id, organisationId: t.memberships.organisationId })
      .from(t.users)
      .innerJoin(t.memberships, eq(t.memberships.userId, t.users.id))
      .where(eq(t.users.email, email));
    return { userId: row!.userId, organisationId: row!.organisationId! };
  };
  const hiring = await hrOf(demoAccounts.employer);
  const other = await hrOf(demoAccounts.otherEmployer);

  const workersOf = (organisationId: string) =>
    db
      .select({ worker: t.workerProfiles, email: t.users.email })
      .from(t.workerProfiles)
      .innerJoin(t.users, eq(t.users.id, t.workerProfiles.userId))
      .where(
        and(
          eq(t.workerProfiles.currentOrganisationId, organisationId),
          inArray(t.workerProfiles.status, ['at_risk', 'in_transition']),
          eq(t.workerProfiles.visibleToEmployers, true),
        ),
      )
      .orderBy(asc(t.users.email));
  const vacanciesOf = (organisationId: string, statuses: ('open' | 'filled' | 'closed')[]) =>
    db
      .select()
      .from(t.vacancies)
      .where(and(eq(t.vacancies.organisationId, organisationId), inArray(t.vacancies.status, statuses)))
      .orderBy(asc(t.vacancies.title), asc(t.vacancies.id));

  const candidates = (await workersOf(other.organisationId)).filter((w) => w.email !== demoAccounts.worker);
  const open = await vacanciesOf(hiring.organisationId, ['open']);
  const ended = await vacanciesOf(hiring.organisationId, ['filled', 'closed']);

  let hires = 0;
  for (const [i, scenario] of employerScenarios.entries()) {
    const { worker } = candidates[i]!;
    const hired = scenario.path.at(-1) === 'hired';
    // A hire belongs to a vacancy that is no longer open: filled by it.
    const vacancy = hired ? (ended[hires++] ?? open[0]!) : open[i % Math.min(open.length, 4)]!;
    await seedIntroduction(db, rnd, today, { scenario, worker, vacancy, hr: hiring });
  }

  // The demo worker: invitations waiting for an answer, from the second demo firm and one more.
  const [demoWorker] = await db
    .select({ worker: t.workerProfiles })
    .from(t.workerProfiles)
    .innerJoin(t.users, eq(t.users.id, t.workerProfiles.userId))
    .where(eq(t.users.email, demoAccounts.worker));
  const otherOpen = await vacanciesOf(other.organisationId, ['open']);
  for (const vacancy of otherOpen.slice(0, 2)) {
    await seedIntroduction(db, rnd, today, {
      scenario: { initiatedBy: 'employer', path: ['proposed'] },
      worker: demoWorker!.worker,
      vacancy,
      hr: other,
    });
  }
}

async function seedIntroduction(
  db: Database,
  rnd: SeededRandom,
  today: IsoDate,
  {
    scenario,
    worker,
    vacancy,
    hr,
  }: {
    scenario: Scenario;
    worker: typeof t.workerProfiles.$inferSelect;
    vacancy: typeof t.vacancies.$inferSelect;
    hr: { userId: string; organisationId: string };
  },
) {
  const { path, initiatedBy } = scenario;
  // Steps a few days apart, the last one recently; a reopened hire long enough ago for its job to have ended.
  let day = addDays(today, -(path.length * 6 + rnd.int(1, 5) + (scenario.reopened ? 150 : 0)));
  const final = path.at(-1)!;
  const [intro] = await db
    .insert(t.introductions)
    .values({
      workerId: worker.id,
      vacancyId: vacancy.id,
      organisationId: vacancy.organisationId,
      initiatedBy,
      status: final,
      message: initiatedBy === 'employer' ? invitation : null,
      createdAt: at(day, 9),
      updatedAt: at(day, 9),
    })
    .returning();
  const userOf = (side: Side) => (side === 'worker' ? worker.userId : hr.userId);
  let from: IntroductionStatus | null = null;
  for (const [n, to] of path.entries()) {
    if (n > 0) day = addDays(day, rnd.int(3, 7));
    const side: Side = n === 0 ? initiatedBy : sideOf(to, initiatedBy);
    const isLast = n === path.length - 1;
    await db.insert(t.introductionStatusHistory).values({
      introductionId: intro!.id,
      fromStatus: from,
      toStatus: to,
      changedByUserId: userOf(side),
      note: n === 0 ? intro!.message : isLast ? (scenario.note ?? null) : null,
      stepDate: ['meeting', 'offer', 'trial', 'hired'].includes(to) ? day : null,
      changedAt: at(day, 11),
    });
    if (to === 'accepted') {
      await db.insert(t.consents).values({
        workerId: worker.id,
        scope: 'introduction',
        organisationId: vacancy.organisationId,
        introductionId: intro!.id,
        grantedAt: at(day, 11),
        // Ended without a hire: the identity is hidden again.
        revokedAt: SHARED.includes(final) ? null : at(addDays(day, path.length - n), 11),
      });
      await db.insert(t.auditLog).values({
        actorUserId: userOf(side),
        action: 'candidate.reveal',
        subjectType: 'worker_profile',
        subjectId: worker.id,
        organisationId: vacancy.organisationId,
        regionId: worker.regionId,
        metadata: { introductionId: intro!.id, vacancyId: vacancy.id },
        at: at(day, 11),
      });
    }
    if (to === 'trial') {
      await db.insert(t.placements).values({
        ...placementOf(worker, vacancy, intro!.id),
        kind: scenario.trialKind ?? 'trial',
        startDate: day,
        endDate: addDays(day, rnd.pick([30, 60, 90])),
      });
    }
    if (to === 'hired') {
      await db.insert(t.placements).values({
        ...placementOf(worker, vacancy, intro!.id),
        kind: 'hire',
        startDate: day,
        endDate: scenario.reopened ? addDays(today, -rnd.int(14, 28)) : null,
        guidanceDaysLeft: Math.max(0, daysBetween(day, worker.guidanceDeadline)),
        reopenedAt: scenario.reopened ? at(addDays(today, -rnd.int(3, 10)), 14) : null,
      });
    }
    from = to;
  }
  await db
    .update(t.introductions)
    .set({ updatedAt: at(day, 11) })
    .where(eq(t.introductions.id, intro!.id));
  // The worker's status as the steps left it: in transition once they agreed to an introduction, placed when hired.
  const status =
    final === 'hired' && !scenario.reopened ? 'placed' : path.includes('accepted') ? 'in_transition' : worker.status;
  if (status !== worker.status) {
    await db.update(t.workerProfiles).set({ status }).where(eq(t.workerProfiles.id, worker.id));
  }
  if (final === 'proposed') {
    await db.insert(t.notifications).values({
      userId: initiatedBy === 'employer' ? worker.userId : hr.userId,
      kind: initiatedBy === 'employer' ? 'introductionInvited' : 'interestExpressed',
      payload: { introductionId: intro!.id, vacancyId: vacancy.id, vacancyTitle: vacancy.title, step: 'proposed' },
      dedupeKey: `introduction:${intro!.id}:proposed`,
      createdAt: at(day, 11),
    });
  }
}

function placementOf(
  worker: typeof t.workerProfiles.$inferSelect,
  vacancy: typeof t.vacancies.$inferSelect,
  introductionId: string,
) {
  return {
    workerId: worker.id,
    vacancyId: vacancy.id,
    introductionId,
    regionId: worker.regionId,
    fromOrganisationId: worker.currentOrganisationId,
    toOrganisationId: vacancy.organisationId,
  };
}
