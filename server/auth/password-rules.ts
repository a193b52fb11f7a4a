import { z } from 'zod';
import { textProblem } from '~/server/lib/input';

/**
 * A password someone chooses for a new account. Long enough to resist guessing (NIST SP 800-63B:
 * at least 8, we ask 10), no composition rules, not trimmed (spaces count); within what the
 * sign-in form accepts (200). Control characters and broken characters are refused: they cannot
 * be typed again reliably.
 */
export const newPassword = () =>
  z
    .string()
    .min(10, 'must be at least 10 characters')
    .max(200, 'must be at most 200 characters')
    .superRefine((value, ctx) => {
      const problem = textProblem(value, { multiline: false });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
