/**
 * Inviting the workers of an announcement by uploading a CSV file (docs/worker-invitations.md
 * describes it for users, docs/worker-invitations.csv is a sample). The file is checked as a
 * whole, the occupations too: either every row is right and every new person is invited (with a
 * mail each), or nothing is and the report says per line and column what is wrong. People the
 * announcement already has an invitation for are left as they are and counted, so uploading
 * the same file twice invites nobody twice.
 */
import { parse } from 'csv-parse/sync';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { invitations, occupations } from '~/db/schema';
import { contractTypeValues } from '~/db/schema/enums';
import type { EmployerActor } from '~/server/auth/actor';
import { locales } from '~/i18n/config';
import { readCsv, type CsvIssue, type CsvSpec } from '~/server/lib/csv-import';
import { multiLineText, singleLineText } from '~/server/lib/input';
import { recordAudit } from './audit';
import { freshLink, mailInvitation, organisationName } from './invitation-links';
import { requireNotCancelled, requireOwnAnnouncement } from './redundancies';
import { invitedWorkerFields } from './worker-invitations';

/** How a language may be written in the file. */
const languageNames: Record<string, (typeof locales)[number]> = {
  nl: 'nl',
  nederlands: 'nl',
  dutch: 'nl',
  en: 'en',
  engels: 'en',
  english: 'en',
};

type ContractType = (typeof contractTypeValues)[number];

/**
 * How a contract type may be written in the file, in Dutch or English (compared in lower case,
 * with hyphens, underscores and repeated spaces read as one space).
 */
export const contractTypeNames: Record<string, ContractType> = {
  ...Object.fromEntries(contractTypeValues.map((v) => [v.replace('_', ' '), v])),
  vast: 'permanent',
  'vast contract': 'permanent',
  'onbepaalde tijd': 'permanent',
  'permanent contract': 'permanent',
  tijdelijk: 'fixed_term',
  'tijdelijk contract': 'fixed_term',
  'bepaalde tijd': 'fixed_term',
  'fixed term contract': 'fixed_term',
  uitzend: 'temporary',
  uitzendkracht: 'temporary',
  uitzendwerk: 'temporary',
  uitzendcontract: 'temporary',
  agency: 'temporary',
  'agency work': 'temporary',
  oproep: 'on_call',
  oproepkracht: 'on_call',
  oproepcontract: 'on_call',
  nulurencontract: 'on_call',
  'zero hours': 'on_call',
  detachering: 'secondment',
  gedetacheerd: 'secondment',
  seconded: 'secondment',
};

const contractWords = (v: string) =>
  v
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');

const rowSchema = z
  .object({
    ...invitedWorkerFields,
    /** An occupation of the taxonomy: its ESCO code, its URI, or its name in Dutch or English. */
    occupation: singleLineText({ min: 1, max: 300 }).optional(),
    language: z
      .string()
      .trim()
      .transform((v) => languageNames[v.toLowerCase()] ?? v)
      .pipe(z.enum(locales, 'is nl (Nederlands) or en (English)'))
      .default('nl'),
    contractType: z
      .string()
      .transform((v) => contractTypeNames[contractWords(v)] ?? v)
      .pipe(
        z.enum(
          contractTypeValues,
          'is vast (permanent), tijdelijk (fixed term), uitzend (temporary), oproep (on call) or detachering (secondment)',
        ),
      )
      .optional(),
    weeklyHours: z
      .string()
      .trim()
      .refine((v) => /^\d{1,3}$/.test(v), 'is a whole number of hours, such as 32')
      .transform(Number)
      .pipe(invitedWorkerFields.weeklyHours.unwrap())
      .optional(),
  })
  .refine((v) => v.roleTitle !== undefined || v.occupation !== undefined, {
    path: ['roleTitle'],
    message: 'give the role title, the occupation, or both',
  });

/** The columns of the file: the first name is the Dutch one the report uses, the others are accepted too. */
export const workerInvitationColumns = {
  name: ['naam', 'name'],
  email: ['e-mail', 'email', 'e-mailadres', 'email address'],
  roleTitle: ['functie', 'functietitel', 'role', 'role title', 'job title'],
  occupation: ['beroep', 'occupation', 'esco'],
  language: ['taal', 'language'],
  contractType: ['contract', 'contractvorm', 'soort contract', 'contract type', 'contracttype'],
  weeklyHours: ['uren per week', 'uren', 'hours per week', 'weekly hours', 'hours'],
} as const;

export const MAX_INVITATION_ROWS = 1_000;

const spec: CsvSpec<typeof rowSchema> = {
  columns: workerInvitationColumns,
  schema: rowSchema,
  maxRows: MAX_INVITATION_ROWS,
  uniqueBy: ['email'],
};

export const importWorkerInvitationsInput = z.object({
  redundancyId: z.uuid(),
  /** The file's text (the page reads the chosen file); at most what a request may carry. */
  csv: multiLineText({ min: 1, max: 250_000, minMessage: 'the file is empty' }),
});

export type WorkerInvitationImport =
  | { ok: true; invited: number; alreadyInvited: number; alreadyInvitedLines: number[] }
  | { ok: false; issues: CsvIssue[] };

type Row = z.infer<typeof rowSchema>;

/**
 * The occupation each row names, as an id; an issue for a name that is unknown or that
 * several current occupations carry. Codes and URIs are exact, names case-insensitive.
 */
async function resolveOccupations(db: Database, rows: { line: number; value: Row }[], column: string) {
  const wanted = [...new Set(rows.flatMap((r) => (r.value.occupation ? [r.value.occupation] : [])))];
  const ids = new Map<number, string>();
  const issues: CsvIssue[] = [];
  if (wanted.length === 0) return { ids, issues };
  const lowered = wanted.map((w) => w.toLocaleLowerCase('nl'));
  const candidates = await db
    .select({
      id: occupations.id,
      code: occupations.code,
      uri: occupations.uri,
      labelNl: sql<string | null>`lower(${occupations.preferredLabelNl})`,
      labelEn: sql<string | null>`lower(${occupations.preferredLabelEn})`,
    })
    .from(occupations)
    .where(
      and(
        isNull(occupations.retiredAt),
        or(
          inArray(occupations.code, wanted),
          inArray(occupations.uri, wanted),
          inArray(sql`lower(${occupations.preferredLabelNl})`, lowered),
          inArray(sql`lower(${occupations.preferredLabelEn})`, lowered),
        ),
      ),
    );
  for (const { line, value } of rows) {
    if (!value.occupation) continue;
    const name = value.occupation;
    const lower = name.toLocaleLowerCase('nl');
    // An exact code or URI wins over a name.
    const exact = candidates.filter((c) => c.code === name || c.uri === name);
    const found = exact.length > 0 ? exact : candidates.filter((c) => c.labelNl === lower || c.labelEn === lower);
    if (found.length === 1) ids.set(line, found[0]!.id);
    else
      issues.push({
        line,
        column,
        problem:
          found.length === 0
            ? 'not an occupation of the taxonomy; write its name as the occupation search shows it, or its ESCO code'
            : 'several occupations have this name; write its ESCO code instead',
      });
  }
  return { ids, issues };
}

/** The column name the file itself uses for a field, for the report (the header was read fine already). */
function columnOf(csv: string, field: keyof typeof workerInvitationColumns): string {
  const [header = []] = parse(csv, { bom: true, to_line: 1, delimiter: [';', ','], trim: true }) as string[][];
  const accepted: readonly string[] = workerInvitationColumns[field];
  return header.find((n) => accepted.includes(n.toLowerCase())) ?? accepted[0]!;
}

export async function importWorkerInvitations(
  db: Database,
  actor: EmployerActor,
  input: z.infer<typeof importWorkerInvitationsInput>,
  origin: string,
): Promise<WorkerInvitationImport> {
  return db.transaction(async (tx) => {
    const announcement = await requireOwnAnnouncement(tx, actor, input.redundancyId, true);
    requireNotCancelled(announcement, 'inviting workers');
    const read = readCsv(input.csv, spec);
    if (!read.ok) return { ok: false, issues: read.issues };
    const occupationIds = await resolveOccupations(tx, read.rows, columnOf(input.csv, 'occupation'));
    if (occupationIds.issues.length > 0) return { ok: false, issues: occupationIds.issues };

    const invited = new Set(
      (
        await tx
          .select({ email: invitations.email })
          .from(invitations)
          .where(
            and(
              eq(invitations.redundancyId, announcement.id),
              eq(invitations.kind, 'worker'),
              inArray(
                invitations.email,
                read.rows.map((r) => r.value.email),
              ),
            ),
          )
      ).map((r) => r.email),
    );
    const already = read.rows.filter((r) => invited.has(r.value.email));
    const fresh = read.rows.filter((r) => !invited.has(r.value.email));
    if (fresh.length > 0) {
      const now = new Date();
      const links = fresh.map(() => freshLink(now));
      const rows = await tx
        .insert(invitations)
        .values(
          fresh.map(({ line, value }, i) => {
            const { token: _token, ...link } = links[i]!;
            return {
              ...link,
              kind: 'worker' as const,
              organisationId: actor.organisationId,
              regionId: announcement.regionId,
              redundancyId: announcement.id,
              name: value.name,
              email: value.email,
              roleTitle: value.roleTitle ?? null,
              occupationId: occupationIds.ids.get(line) ?? null,
              language: value.language,
              currentContractType: value.contractType ?? null,
              currentWeeklyHours: value.weeklyHours ?? null,
              sentAt: now,
              sendCount: 1,
              createdByUserId: actor.userId,
            };
          }),
        )
        .returning();
      const tokenByHash = new Map(links.map((l) => [l.tokenHash, l.token]));
      const firm = await organisationName(tx, actor.organisationId);
      for (const row of rows) await mailInvitation(tx, row, tokenByHash.get(row.tokenHash)!, origin, firm);
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'invitation.import',
      subjectType: 'redundancy',
      subjectId: announcement.id,
      organisationId: actor.organisationId,
      regionId: actor.regionId,
      metadata: { invited: fresh.length, alreadyInvited: already.length },
    });
    return {
      ok: true,
      invited: fresh.length,
      alreadyInvited: already.length,
      alreadyInvitedLines: already.map((r) => r.line),
    };
  });
}
