/** What a request may carry of a file's text (the API refuses more; docs/worker-invitations.md). */
export const MAX_CSV_CHARACTERS = 250_000;

/**
 * A chosen file's text. The file should be UTF-8, but Excel on Windows often saves a CSV as
 * Windows-1252: a file that is not valid UTF-8 is read that way, so "José" stays "José".
 */
export async function readCsvFile(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
