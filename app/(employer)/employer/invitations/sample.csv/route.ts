import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The sample file for inviting workers by CSV: the one in docs/, so the documentation and the
 * download are the same file. Only sample people in it, so anyone may download it.
 */
export async function GET() {
  const csv = await readFile(path.join(process.cwd(), 'docs', 'worker-invitations.csv'));
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="uitnodigingen-voorbeeld.csv"',
      'cache-control': 'public, max-age=3600',
    },
  });
}
