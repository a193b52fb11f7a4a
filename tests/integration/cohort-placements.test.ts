/**
 * A firm sees where its announced people went: a worker hired by another firm shows in the
 * announcement's people as placed, with the kind, the day and the new employer's sector (no
 * name: the worker shared their identity with the new employer only). A placement the safety
 * net reopened, a trial, and a hire from another firm's announcement do not show.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, placements, redundancies, workerProfiles } from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { callerFor, sessionUserByEmail } from '~/tests/helpers/callers';
import { createSeededTestDatabase, type TestDatabase } from '~/tests/helpers/database';

let database: TestDatabase;
afterAll(() => database?.destroy());

/** The seed's hires of the second demo firm's workers by the demo employer (demo-introductions.ts): one current, one reopened. */
let formerEmployerEmail: string;
let announcementId: string;
let hiredWorkerId: string;
let reopenedWorkerId: string;
let hirer: { sector: string; name: string };

beforeAll(async () => {
  database = await createSeededTestDatabase();
  const { db } = database;
  formerEmployerEmail = demoAccounts.otherEmployer;
  const former = await sessionUserByEmail(db, formerEmployerEmail);
  const hires = await db
    .select({ placement: placements, redundancyId: workerProfiles.redundancyId })
    .from(placements)
    .innerJoin(workerProfiles, eq(workerProfiles.id, placements.workerId))
    .where(and(eq(placements.fromOrganisationId, former.organisationId!), eq(placements.kind, 'hire')));
  const current = hires.find((h) => h.placement.reopenedAt === null)!;
  const reopened = hires.find((h) => h.placement.reopenedAt !== null)!;
  hiredWorkerId = current.placement.workerId;
  reopenedWorkerId = reopened.placement.workerId;
  announcementId = current.redundancyId!;
  const [org] = await db
    .select({ sector: organisations.sector, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, current.placement.toOrganisationId));
  hirer = org!;
});

describe('an announcement’s people show where they were placed', () => {
  it('shows a hire with its day, kind and the new employer’s sector, never its name', async () => {
    const { db } = database;
    const caller = await callerFor(db, formerEmployerEmail);
    const [placement] = await db
      .select()
      .from(placements)
      .where(and(eq(placements.workerId, hiredWorkerId), isNull(placements.reopenedAt), eq(placements.kind, 'hire')));
    const rows = await caller.redundancy.cohort({ redundancyId: announcementId });
    const row = rows.find((r) => r.workerId === hiredWorkerId)!;
    expect(row.stage).toBe('placed');
    expect(row.placement).toEqual({ kind: 'hire', startDate: placement!.startDate, sector: hirer.sector });
    expect(JSON.stringify(rows)).not.toContain(hirer.name);
  });

  it('shows no placement once the safety net reopened it, nor for anyone not placed', async () => {
    const { db } = database;
    const caller = await callerFor(db, formerEmployerEmail);
    const rows = await caller.redundancy.cohort({ redundancyId: announcementId });
    // The reopened worker's transition is open again: no longer placed, so nothing to show.
    const reopened = rows.find((r) => r.workerId === reopenedWorkerId);
    if (reopened) expect(reopened.placement).toBeNull();
    for (const row of rows.filter((r) => r.workerId !== hiredWorkerId)) expect(row.placement).toBeNull();
  });

  it('does not show the hiring firm the placements of another firm’s people in its own announcements', async () => {
    const { db } = database;
    const hiring = await sessionUserByEmail(db, demoAccounts.employer);
    const [own] = await db
      .select({ id: redundancies.id })
      .from(redundancies)
      .where(eq(redundancies.organisationId, hiring.organisationId!));
    const rows = await (await callerFor(db, demoAccounts.employer)).redundancy.cohort({ redundancyId: own!.id });
    expect(rows.some((r) => r.workerId === hiredWorkerId)).toBe(false);
  });
});
