/**
 * A chosen file's text. Excel in Dutch settings saves "CSV" in Windows-1252, not UTF-8: a file
 * that is not valid UTF-8 is read as Windows-1252, so "Café" stays "Café" instead of "Caf�".
 */
export async function readTextFile(file: File): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
