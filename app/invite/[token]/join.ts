'use client';

import { signIn } from 'next-auth/react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblemWithEmail } from '~/server/auth/password-policy';

/** Signs the new account in with the password just chosen; false when that did not work (sign in by hand then). */
export async function signInNewAccount(email: string, password: string): Promise<boolean> {
  try {
    const result = await signIn('credentials', { email, password, redirect: false });
    return Boolean(result && !result.error);
  } catch {
    return false;
  }
}

/**
 * The password rules, checked in the browser too so they can be said in the reader's language
 * (server/auth/password-policy.ts is the judge): the problem's message key, or null.
 */
export function passwordProblem(password: string, email: string): 'passwordLength' | 'passwordEmail' | null {
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) return 'passwordLength';
  return passwordProblemWithEmail(password, email) ? 'passwordEmail' : null;
}

export const passwordLimits = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };
