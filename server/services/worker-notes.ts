/**
 * A coordinator's dated notes on a worker of the region (an intake, a review, anything worth
 * keeping). A note concerns a person, so adding one is written to the audit log, without its
 * text; a worker of another region answers exactly like a missing one.
 */
import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '~/db/client';
import { users, workerNotes } from '~/db/schema';
import { workerNoteKindValues } from '~/db/schema/enums';
import type { CoordinatorActor } from '~/server/auth/actor';
import { invalid, notFound } from '~/server/lib/errors';
import { isoDate, multiLineText, todayIso } from '~/server/lib/input';
import { offsetOf, pageNumber, PAGE_SIZE, type Page } from '~/server/lib/pagination';
import { recordAudit } from './audit';
import { caseloadRowOf } from './caseload';

export const NOTE_MAX = 4_000;

export const workerNoteInput = z.object({
  workerId: z.uuid(),
  kind: z.enum(workerNoteKindValues),
  noteDate: isoDate(),
  body: multiLineText({ min: 1, max: NOTE_MAX, minMessage: 'write what happened' }),
});

export const caseloadWorkerInput = z.object({ workerId: z.uuid(), page: pageNumber });

/** One worker of the caseload with a page of their notes, newest first. */
export async function getCaseloadWorker(
  db: Database,
  actor: CoordinatorActor,
  input: z.infer<typeof caseloadWorkerInput>,
) {
  const worker = await caseloadRowOf(db, actor, input.workerId);
  if (!worker) throw notFound('Worker');
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: workerNotes.id,
        kind: workerNotes.kind,
        noteDate: workerNotes.noteDate,
        body: workerNotes.body,
        author: users.name,
      })
      .from(workerNotes)
      .leftJoin(users, eq(users.id, workerNotes.authorUserId))
      .where(eq(workerNotes.workerId, input.workerId))
      .orderBy(desc(workerNotes.noteDate), desc(workerNotes.createdAt))
      .limit(PAGE_SIZE)
      .offset(offsetOf(input.page)),
    db.select({ n: count() }).from(workerNotes).where(eq(workerNotes.workerId, input.workerId)),
  ]);
  const notes: Page<(typeof rows)[number]> = { rows, total: total?.n ?? 0, page: input.page, pageSize: PAGE_SIZE };
  return { worker, notes };
}

export async function addWorkerNote(db: Database, actor: CoordinatorActor, input: z.infer<typeof workerNoteInput>) {
  if (input.noteDate > todayIso()) throw invalid('A note is about a day that has come: not a future date.', 'noteDate');
  const worker = await caseloadRowOf(db, actor, input.workerId);
  if (!worker) throw notFound('Worker');
  return db.transaction(async (tx) => {
    const [note] = await tx
      .insert(workerNotes)
      .values({ ...input, regionId: actor.regionId, authorUserId: actor.userId })
      .returning({ id: workerNotes.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      action: 'worker.note.add',
      subjectType: 'worker',
      subjectId: input.workerId,
      regionId: actor.regionId,
      metadata: { noteId: note!.id, kind: input.kind, noteDate: input.noteDate },
    });
    return { id: note!.id };
  });
}
