import { describe, expect, it } from 'vitest';
import {
  newPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordProblemWithEmail,
} from '~/server/auth/password-policy';

describe('a new password', () => {
  it('is long enough and otherwise the user’s choice: spaces, any letters, no character classes demanded', () => {
    for (const password of [
      'koffie met appeltaart',
      'ééééééééééééé',
      '焊接焊接焊接焊接焊接焊接',
      'a'.repeat(PASSWORD_MAX_LENGTH),
    ]) {
      expect(newPassword().safeParse(password).success, password).toBe(true);
    }
  });

  it('is sent exactly as typed: never trimmed', () => {
    expect(newPassword().parse('  twaalf tekens  ')).toBe('  twaalf tekens  ');
  });

  it('is refused when too short, too long, or holding control characters or broken text', () => {
    for (const password of [
      'a'.repeat(PASSWORD_MIN_LENGTH - 1),
      'a'.repeat(PASSWORD_MAX_LENGTH + 1),
      'twaalf tekens\u0000',
      'twaalf tekens\n',
      'twaalf tekens\uD800',
    ]) {
      expect(newPassword().safeParse(password).success, JSON.stringify(password)).toBe(false);
    }
  });

  it('is not the e-mail address or its name part, whatever the case or spaces around it', () => {
    const email = 'fleur.hendriks@dommeldal.example';
    expect(passwordProblemWithEmail(' Fleur.Hendriks@Dommeldal.example ', email)).toBe(
      'must not be your e-mail address',
    );
    expect(passwordProblemWithEmail('FLEUR.HENDRIKS', email)).toBe('must not be your e-mail address');
    expect(passwordProblemWithEmail('fleur.hendriks 2026', email)).toBeNull();
  });
});
