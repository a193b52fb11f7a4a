/**
 * Checks that what an input refers to in the taxonomy is there and current, before anything is
 * written: a reference to nothing is the caller's mistake and answers as one (400, naming the
 * field), not as a refused foreign key. Retired concepts stay where they already are but cannot
 * be chosen anew (autocomplete no longer offers them either).
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '~/db/client';
import { occupations, skills } from '~/db/schema';
import { invalid } from '~/server/lib/errors';

export async function requireCurrentSkills(db: Database, skillIds: readonly string[], field: string): Promise<void> {
  const wanted = [...new Set(skillIds)];
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: skills.id })
    .from(skills)
    .where(and(inArray(skills.id, wanted), isNull(skills.retiredAt)));
  if (found.length !== wanted.length) throw invalid('One or more skills are not in the taxonomy.', field);
}

export async function requireCurrentOccupation(db: Database, occupationId: string, field: string): Promise<void> {
  const [found] = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(eq(occupations.id, occupationId), isNull(occupations.retiredAt)));
  if (!found) throw invalid('This occupation is not in the taxonomy.', field);
}

export async function requireCurrentOccupations(
  db: Database,
  occupationIds: readonly string[],
  field: string,
): Promise<void> {
  const wanted = [...new Set(occupationIds)];
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(inArray(occupations.id, wanted), isNull(occupations.retiredAt)));
  if (found.length !== wanted.length) throw invalid('One or more occupations are not in the taxonomy.', field);
}
