/**
 * The worker's preferences along the flexibility dimensions of the policy note: working time
 * (hours), contractual (acceptable contract types), geographic (home postcode, maximum
 * commute, on site / hybrid / remote), and when and for how much they can start. Matching
 * filters and scores vacancies on them (server/matching/score.ts).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { auditLog, workerProfiles } from '~/db/schema';
import { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';
import { isoDate, singleLineText } from '~/server/lib/input';
import { locatePostcode, normalisePostcode } from '~/server/lib/postcodes';
import { recordProfileChange, requireOwnProfile, type WorkerProfile } from './worker-profile';

/** The audit action of a saved set of preferences; the completeness meter reads whether there is one. */
export const PREFERENCES_SAVED = 'worker.preferences.update';

export const MAX_COMMUTE_KM = 200;
/** Gross euros per month; above this a floor filters out every vacancy there is. */
export const MAX_SALARY_FLOOR = 50_000;

/** A list of choices from `values`, at least one, each once; kept in the enum's order. */
function choices<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z
    .array(z.enum(values))
    .min(1, `choose at least one ${what}`)
    .max(values.length)
    .superRefine((list, ctx) => {
      list.forEach((value, i) => {
        if (list.indexOf(value) !== i)
          ctx.addIssue({ code: 'custom', path: [i], message: `"${value}" is listed more than once`, input: value });
      });
    })
    .transform((list) => values.filter((v) => list.includes(v)) as T[number][]);
}

/** A Dutch postcode ("5611", "5611 AB") the built-in table knows, as that table's place. */
const homePostcode = singleLineText({ min: 1, max: 10, minMessage: 'enter your postcode' }).transform((value, ctx) => {
  const place = locatePostcode(value);
  if (!place) {
    ctx.addIssue({
      code: 'custom',
      message: 'is not a Dutch postcode we know: four digits, optionally with two letters (e.g. 5611 or 5611 AB)',
      input: value,
    });
    return z.NEVER;
  }
  return place;
});

export const preferencesInput = z
  .object({
    hoursMin: z.int('hours are whole numbers').min(0).max(60),
    hoursMax: z.int('hours are whole numbers').min(1).max(60),
    contractPreferences: choices(contractTypeValues, 'contract type'),
    homePostcode,
    maxCommuteKm: z.int('a whole number of kilometres').min(1).max(MAX_COMMUTE_KM),
    remotePreferences: choices(remotePolicyValues, 'way of working (on site, hybrid or remote)'),
    /** Null: as soon as possible. */
    availableFrom: isoDate().nullable(),
    /** Gross euros per month; null: no floor. */
    salaryFloor: z.int('a whole number of euros').min(0).max(MAX_SALARY_FLOOR).nullable(),
  })
  .superRefine((value, ctx) => {
    if (value.hoursMin > value.hoursMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['hoursMin'],
        message: 'must not be more than hoursMax',
        input: value.hoursMin,
      });
    }
  });

/** Whether the worker ever saved their preferences (until then they are the defaults a profile starts with). */
export async function preferencesSaved(db: Database, profile: WorkerProfile): Promise<boolean> {
  const [row] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.subjectType, 'worker_profile'),
        eq(auditLog.subjectId, profile.id),
        eq(auditLog.action, PREFERENCES_SAVED),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Equal values; lists as sets (the order of the choices means nothing). */
const same = (a: unknown, b: unknown) => {
  const canonical = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : v);
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
};

/**
 * Saves the worker's preferences as one set, the way a form sends them. The home stays where it
 * is while the postcode area does not change (the table's centroid is coarser than a home the
 * profile may already have); a new postcode moves it to that area's centroid. Only the 4-digit
 * area is kept: it is all a commute needs.
 *
 * The first save counts even when it keeps every default: the worker has now stated these
 * preferences (the completeness meter asks for that). After that, a request that changes
 * nothing writes nothing.
 */
export async function setPreferences(db: Database, actor: WorkerActor, input: z.infer<typeof preferencesInput>) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const place = input.homePostcode;
    const wanted = {
      hoursMin: input.hoursMin,
      hoursMax: input.hoursMax,
      contractPreferences: input.contractPreferences,
      homePostcode: place.pc4,
      maxCommuteKm: input.maxCommuteKm,
      remotePreferences: input.remotePreferences,
      availableFrom: input.availableFrom,
      salaryFloor: input.salaryFloor,
    };
    const movedHome = normalisePostcode(profile.homePostcode) !== place.pc4;
    const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((key) =>
      key === 'homePostcode' ? movedHome : !same(profile[key], wanted[key]),
    );
    if (changed.length === 0 && (await preferencesSaved(tx, profile))) return profile; // a repeated request
    if (changed.length === 0) {
      await recordProfileChange(tx, profile, PREFERENCES_SAVED, { from: {}, to: {} });
      return profile;
    }
    const [updated] = await tx
      .update(workerProfiles)
      .set({
        ...wanted,
        ...(movedHome
          ? { homeCity: place.place, homeLat: place.lat, homeLon: place.lon }
          : { homePostcode: profile.homePostcode }),
      })
      .where(eq(workerProfiles.id, profile.id))
      .returning();
    await recordProfileChange(tx, profile, PREFERENCES_SAVED, {
      from: Object.fromEntries(changed.map((key) => [key, profile[key]])),
      to: Object.fromEntries(changed.map((key) => [key, wanted[key]])),
    });
    return updated!;
  });
}
