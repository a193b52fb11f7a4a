import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { requireApprovedEmployer } from '~/app/_lib/require-role';

/** The sample file of docs/vacancy-import.md, for the import page to offer: one file, so the two never differ. */
const SAMPLE = path.join(process.cwd(), 'docs', 'samples', 'vacancies.csv');

export async function GET() {
  await requireApprovedEmployer();
  return new Response(await readFile(SAMPLE), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="vacatures-voorbeeld.csv"',
      'Cache-Control': 'private, max-age=3600',
    },
  });
}
