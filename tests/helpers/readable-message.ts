/**
 * Why a refusal's message is not fit for a person, or null when it is: it must be a short
 * sentence, not a stack trace, SQL, a database identifier or a driver's wording, and must not
 * carry control characters or broken text back to the client.
 */
export function unreadableBecause(message: unknown, tableNames: readonly string[]): string | null {
  if (typeof message !== 'string' || message.trim() === '') return 'no message';
  if (message.length > 2_000) return `a message of ${message.length} characters`;
  if (/\p{Cc}|\p{Cs}/u.test(message)) return 'control characters or broken text in the message';
  if (/\n\s+at |\.[cm]?[jt]s:\d+|node_modules|webpack:/.test(message)) return 'a stack trace';
  if (/Reference: [0-9a-f]+/.test(message)) return 'the internal error answer';
  if (/\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set|where)\b/i.test(message)) return 'SQL text';
  if (
    /violates|constraint|sqlstate|syntax error|failed query|relation "|column "|\bpg_|drizzle|pglite|\$\d\b/i.test(
      message,
    )
  ) {
    return 'database wording';
  }
  for (const table of tableNames) {
    // One-word names ("skills") are also ordinary words; only their quoted form is SQL.
    const leaked = table.includes('_') ? message.includes(table) : message.includes(`"${table}"`);
    if (leaked) return `the table name ${table}`;
  }
  return null;
}
