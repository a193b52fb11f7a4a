/**
 * The API refuses a decision's reason with an English sentence (organisation-approval.ts,
 * server/lib/input.ts); the coordinator reads the problem in their own language.
 * tests/integration/registration-problems.test.ts holds this to what the API really says.
 */
export type ReasonProblem = { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'unreadable' };

/**
 * The problem with the reason, or null when the API named none. A refusal not recognised is
 * taken as the missing reason: the one a person meets, and the reason needs another look either way.
 */
export function reasonProblemOf(
  fieldErrors: Record<string, string[] | undefined> | null | undefined,
): ReasonProblem | null {
  const message = fieldErrors?.reason?.join(' ');
  if (!message) return null;
  const tooLong = /at most (\d+) characters/.exec(message);
  if (tooLong) return { kind: 'tooLong', max: Number(tooLong[1]) };
  if (/control characters|broken character|override the text direction|visible characters/.test(message)) {
    return { kind: 'unreadable' };
  }
  return { kind: 'required' };
}
