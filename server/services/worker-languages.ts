/**
 * The languages a worker speaks and how well: a level of the Common European Framework
 * (A1–C2) or mother tongue. Set as one list, the way a form shows it.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import type { WorkerActor } from '~/server/auth/actor';
import { workerLanguages } from '~/db/schema';
import { languageLevelValues } from '~/db/schema/enums';
import { recordProfileChange, requireOwnProfile } from './worker-profile';

export const MAX_LANGUAGES = 20;

/** The runtime's own list of languages (CLDR): a two-letter code it cannot name is no language. */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 language code, such as "nl" or "en"')
  // Zod runs this check even after the pattern failed; only a well-formed code is asked about (of() throws otherwise).
  .refine(
    (code) => !/^[a-z]{2}$/.test(code) || languageNames.of(code) !== undefined,
    'is not a known ISO 639-1 language code',
  );

export const languagesInput = z.object({
  languages: z
    .array(z.object({ language: languageCode, level: z.enum(languageLevelValues) }))
    .max(MAX_LANGUAGES, `list at most ${MAX_LANGUAGES} languages`)
    .superRefine((list, ctx) => {
      list.forEach((entry, i) => {
        if (list.findIndex((other) => other.language === entry.language) !== i) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'language'],
            message: `"${entry.language}" is listed more than once`,
            input: entry.language,
          });
        }
      });
    }),
});

type LanguageLevel = (typeof languageLevelValues)[number];

/** Mother tongues first, then from the best level down (the enum runs A1 … C2, native); equal levels by code. */
function byLevel(a: { language: string; level: LanguageLevel }, b: { language: string; level: LanguageLevel }) {
  return (
    languageLevelValues.indexOf(b.level) - languageLevelValues.indexOf(a.level) || a.language.localeCompare(b.language)
  );
}

export async function listLanguages(db: Database, workerId: string) {
  const rows = await db
    .select({ language: workerLanguages.language, level: workerLanguages.level })
    .from(workerLanguages)
    .where(eq(workerLanguages.workerId, workerId));
  return rows.sort(byLevel);
}

const keyOf = (list: readonly { language: string; level: string }[]) =>
  list
    .map((l) => `${l.language}:${l.level}`)
    .sort()
    .join();

/** Replaces the worker's languages with the given list (an empty list clears it). */
export async function setLanguages(db: Database, actor: WorkerActor, input: z.infer<typeof languagesInput>) {
  return db.transaction(async (tx) => {
    const profile = await requireOwnProfile(tx, actor);
    const before = await listLanguages(tx, profile.id);
    const wanted = [...input.languages].sort(byLevel);
    if (keyOf(before) === keyOf(wanted)) return { languages: before }; // a repeated request changes nothing
    await tx.delete(workerLanguages).where(eq(workerLanguages.workerId, profile.id));
    if (wanted.length > 0) {
      await tx.insert(workerLanguages).values(wanted.map((l) => ({ workerId: profile.id, ...l })));
    }
    await recordProfileChange(tx, profile, 'worker.languages.set', { from: before, to: wanted });
    return { languages: wanted };
  });
}
