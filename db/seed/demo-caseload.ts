import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '~/db/client';
import * as t from '~/db/schema';
import { addDays, addMonths, type IsoDate } from '~/server/lib/dates';
import { demoAccounts } from './demo-accounts';
import { SeededRandom } from './random';

/**
 * The coordinator's notes on the main region's workers, so the caseload shows every stage: most
 * had their intake within the month (some late, some still waiting), those guided for over half
 * a year a review or not, and a few a plain note. Its own seeded random stream.
 */
export async function seedDemoCaseloadNotes(db: Database, { today, seed }: { today: IsoDate; seed: number }) {
  const rnd = new SeededRandom(seed ^ 0xca5e);
  const [coordinator] = await db
    .select({ userId: t.users.id, regionId: t.memberships.regionId })
    .from(t.users)
    .innerJoin(t.memberships, eq(t.memberships.userId, t.users.id))
    .where(eq(t.users.email, demoAccounts.coordinator));
  const regionId = coordinator!.regionId!;
  const workers = await db
    .select({ id: t.workerProfiles.id, riskStartDate: t.workerProfiles.riskStartDate })
    .from(t.workerProfiles)
    .where(and(eq(t.workerProfiles.regionId, regionId), inArray(t.workerProfiles.status, ['at_risk', 'in_transition'])))
    .orderBy(asc(t.workerProfiles.id));
  const notes: (typeof t.workerNotes.$inferInsert)[] = [];
  const note = (workerId: string, kind: 'intake' | 'review' | 'note', noteDate: IsoDate, body: string) => {
    if (noteDate <= today) notes.push({ workerId, regionId, authorUserId: coordinator!.userId, kind, noteDate, body });
  };
  for (const w of workers) {
    if (rnd.chance(0.2)) continue; // intake still to come (or overdue)
    note(w.id, 'intake', addDays(w.riskStartDate, rnd.int(3, rnd.chance(0.85) ? 28 : 50)), rnd.pick(intakes));
    for (let k = 1; addMonths(w.riskStartDate, 6 * k) <= today; k++) {
      if (rnd.chance(0.35)) break; // this review (and later ones) not held yet
      note(w.id, 'review', addDays(addMonths(w.riskStartDate, 6 * k), rnd.int(-10, 12)), rnd.pick(reviews));
    }
    if (rnd.chance(0.15)) note(w.id, 'note', addDays(today, -rnd.int(1, 40)), rnd.pick(others));
  }
  for (let i = 0; i < notes.length; i += 500) await db.insert(t.workerNotes).values(notes.slice(i, i + 500));
  return notes.length;
}

const intakes = [
  'Intake gehouden. Wil graag in de techniek blijven, liefst binnen 25 km.',
  'Intakegesprek: open voor omscholing naar logistiek of installatietechniek.',
  'Intake telefonisch. Zoekt parttime werk (24-32 uur), dichtbij huis.',
  'Intake gehouden; heeft een VCA-diploma en rijbewijs C.',
];
const reviews = [
  'Halfjaarlijks gesprek: zoekstraal besproken, vergroot naar 40 km.',
  'Evaluatie: ook naar aanpalende beroepen kijken; scholing besproken.',
  'Voortgang besproken. Twee kennismakingen lopen, nog geen aanbod.',
];
const others = [
  'Belde zelf: heeft een gesprek bij een werkgever buiten Overstap.',
  'Cv bijgewerkt samen met de werknemer.',
  'Heeft de scholing lassen MIG/MAG aangevraagd.',
];
