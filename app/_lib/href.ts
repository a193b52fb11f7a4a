/** A link to `path` with the given search parameters (unset and empty ones left out). */
export function hrefWith(path: string, params: Record<string, string | undefined>, fragment?: string): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return `${path}${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
}
