import { TRPCError } from '@trpc/server';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '~/db/client';
import {
  iscoGroups,
  occupations,
  occupationSkills,
  redundancies,
  skills,
  trainingOffers,
  workerExperiences,
  workerProfiles,
} from '~/db/schema';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { loadTransitions } from '~/server/taxonomy/transition-runtime';
import { actorByEmail, callerFor } from '~/tests/helpers/callers';
import { createSeededTestDatabase, createTestDatabase, type TestDatabase } from '~/tests/helpers/database';

/**
 * A small trade where the right answers are known: a metal-fitting assistant needs a subset of
 * what a welder knows, a master welder needs more, a cook needs almost nothing of it.
 */
const trade = {
  skills: [
    'weld metal',
    'cut metal',
    'read blueprints',
    'work safely',
    'inspect welds',
    'bend sheet metal',
    'cook',
    'plan menus',
  ],
  occupations: [
    {
      key: 'welder',
      code: '7212.1',
      isco: '7212',
      skills: ['weld metal', 'cut metal', 'read blueprints', 'work safely'],
    },
    { key: 'assistant', code: '7212.1.1', isco: '7212', skills: ['cut metal', 'read blueprints', 'work safely'] },
    {
      key: 'master',
      code: '7212.1.2',
      isco: '7212',
      skills: ['weld metal', 'cut metal', 'read blueprints', 'work safely', 'inspect welds'],
    },
    {
      key: 'sheet',
      code: '7213.1',
      isco: '7213',
      skills: ['bend sheet metal', 'cut metal', 'read blueprints', 'work safely'],
    },
    { key: 'cook', code: '5120.1', isco: '5120', skills: ['cook', 'plan menus', 'work safely'] },
  ],
};

async function buildTrade(db: Database) {
  for (const code of ['7', '72', '721', '7212', '7213', '5', '51', '512', '5120']) {
    await db
      .insert(iscoGroups)
      .values({ code, labelEn: `ISCO ${code}`, parentCode: code.length > 1 ? code.slice(0, -1) : null });
  }
  const skillRows = await db
    .insert(skills)
    .values(
      trade.skills.map((label) => ({ uri: `test:skill/${label}`, preferredLabelEn: label, preferredLabelNl: label })),
    )
    .returning({ id: skills.id, label: skills.preferredLabelEn });
  const skillId = new Map(skillRows.map((s) => [s.label!, s.id]));
  const ids = new Map<string, string>();
  for (const o of trade.occupations) {
    const [row] = await db
      .insert(occupations)
      .values({
        uri: `test:occupation/${o.key}`,
        code: o.code,
        iscoGroup: o.isco,
        preferredLabelEn: o.key,
        preferredLabelNl: o.key,
      })
      .returning({ id: occupations.id });
    ids.set(o.key, row!.id);
    await db
      .insert(occupationSkills)
      .values(
        o.skills.map((s) => ({ occupationId: row!.id, skillId: skillId.get(s)!, relation: 'essential' as const })),
      );
  }
  return { occupation: (key: string) => ids.get(key)!, skill: (label: string) => skillId.get(label)! };
}

describe('transition paths on a small hand-built taxonomy', () => {
  let database: TestDatabase;
  let trade: Awaited<ReturnType<typeof buildTrade>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    trade = await buildTrade(database.db);
  });
  afterAll(() => database?.destroy());

  it('ranks what a welder already covers first and the cook last, without the welder itself', async () => {
    const { index } = await loadTransitions(database.db);
    const paths = index.pathsFrom({ occupationIds: [trade.occupation('welder')], limit: 10 });
    expect(paths.map((p) => p.occupationId)).not.toContain(trade.occupation('welder'));
    expect(paths).toHaveLength(4);
    expect(paths[0]!.occupationId).toBe(trade.occupation('assistant'));
    expect(paths[0]!.coverage).toBe(1);
    expect(paths[0]!.missingSkillIds).toEqual([]);
    expect(paths.at(-1)!.occupationId).toBe(trade.occupation('cook'));
  });

  it('is asymmetric: the assistant has welding still to learn, the welder nothing for the assistant', async () => {
    const { index } = await loadTransitions(database.db);
    const fromAssistant = index.pathsFrom({ occupationIds: [trade.occupation('assistant')], limit: 10 });
    const toWelder = fromAssistant.find((p) => p.occupationId === trade.occupation('welder'))!;
    expect(toWelder.missingSkillIds).toEqual([trade.skill('weld metal')]);
    expect(new Set(toWelder.coveredSkillIds)).toEqual(
      new Set(['cut metal', 'read blueprints', 'work safely'].map(trade.skill)),
    );
    const fromWelder = index.pathsFrom({ occupationIds: [trade.occupation('welder')], limit: 10 });
    const toAssistant = fromWelder.find((p) => p.occupationId === trade.occupation('assistant'))!;
    expect(toAssistant.score).toBeGreaterThan(toWelder.score);
    expect(toAssistant.coverage).toBeGreaterThan(toWelder.coverage);
  });

  it('counts the skills a person has besides their occupation, and leaves out what it is told to', async () => {
    const { index } = await loadTransitions(database.db);
    const paths = index.pathsFrom({
      occupationIds: [trade.occupation('assistant')],
      skillIds: [trade.skill('weld metal')],
      exclude: new Set([trade.occupation('sheet')]),
      limit: 10,
    });
    expect(paths[0]!.occupationId).toBe(trade.occupation('welder'));
    expect(paths[0]!.missingSkillIds).toEqual([]);
    expect(paths.map((p) => p.occupationId)).not.toContain(trade.occupation('sheet'));
    expect(index.pathsFrom({ occupationIds: ['00000000-0000-4000-8000-000000000000'] })).toEqual([]);
  });
});

describe('transition paths in the demo region', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createSeededTestDatabase();
  });
  afterAll(() => database?.destroy());

  it('shows a worker where they could go from their current and past occupations, with the region’s training', async () => {
    const { db } = database;
    const actor = await actorByEmail(db, demoAccounts.worker, 'worker');
    const [profile] = await db.select().from(workerProfiles).where(eq(workerProfiles.userId, actor.userId));
    const history = await db
      .select({ occupationId: workerExperiences.occupationId })
      .from(workerExperiences)
      .where(eq(workerExperiences.workerId, profile!.id));
    const caller = await callerFor(db, demoAccounts.worker);
    const mine = await caller.transitionPaths.mine();
    const sources = new Set([profile!.currentOccupationId, ...history.map((h) => h.occupationId)].filter(Boolean));
    expect(new Set(mine.from.map((o) => o.id))).toEqual(sources);
    expect(mine.paths.length).toBeGreaterThan(0);
    const offerIds = mine.paths.flatMap((p) => p.trainingOffers.map((o) => o.id));
    const offerRegions = offerIds.length
      ? await db
          .select({ regionId: trainingOffers.regionId })
          .from(trainingOffers)
          .where(inArray(trainingOffers.id, offerIds))
      : [];
    expect(offerRegions.every((o) => o.regionId === profile!.regionId)).toBe(true);
    for (const path of mine.paths) {
      expect(sources.has(path.occupation.id)).toBe(false);
      expect(path.occupation.labelNl ?? path.occupation.labelEn).toBeTruthy();
      const toLearn = new Set(path.toLearn.map((s) => s.id));
      expect(path.covered.some((s) => toLearn.has(s.id))).toBe(false);
      for (const offer of path.trainingOffers) expect(offer.teachesSkillIds.every((id) => toLearn.has(id))).toBe(true);
    }
  });

  it('gives the coordinator the paths per occupation of an announcement in their region, and no other region’s', async () => {
    const { db } = database;
    const actor = await actorByEmail(db, demoAccounts.coordinator, 'coordinator');
    const caller = await callerFor(db, demoAccounts.coordinator);
    const cohorts = await caller.transitionPaths.cohorts();
    expect(cohorts.length).toBeGreaterThan(0);
    const withPeople = await db
      .select({ id: redundancies.id })
      .from(redundancies)
      .innerJoin(workerProfiles, eq(workerProfiles.redundancyId, redundancies.id))
      .where(eq(redundancies.regionId, actor.regionId))
      .limit(1);
    const cohort = await caller.transitionPaths.cohort({ redundancyId: withPeople[0]!.id });
    expect(cohort.occupations.length).toBeGreaterThan(0);
    for (const group of cohort.occupations) {
      expect(group.people).toBeGreaterThan(0);
      expect(group.paths.length).toBeGreaterThan(0);
      expect(group.paths.map((p) => p.occupation.id)).not.toContain(group.occupation.id);
    }
    const [elsewhere] = await db
      .select({ id: redundancies.id })
      .from(redundancies)
      .where(and(ne(redundancies.regionId, actor.regionId)))
      .limit(1);
    await expect(caller.transitionPaths.cohort({ redundancyId: elsewhere!.id })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'NOT_FOUND',
    );
  });
});
