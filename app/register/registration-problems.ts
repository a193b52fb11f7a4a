/**
 * The registration API refuses a field with an English sentence (the API's language). A person
 * registering reads a sentence in their own language instead: each refusal is recognised here
 * as a problem, and the problem is worded from the messages. A refusal not recognised still
 * gets its field's own sentence of what it needs, never the English text.
 *
 * tests/integration/registration-problems.test.ts holds this to the sentences the API really
 * gives, so a reworded API message cannot silently fall back to the general sentence.
 */
import type { inferRouterInputs } from '@trpc/server';
import type { useTranslations } from 'next-intl';
import type { AppRouter } from '~/server/api/root';

export type RegistrationInput = inferRouterInputs<AppRouter>['organisation']['register'];
export type RegistrationField = keyof RegistrationInput;

/** The form's fields in the order they appear: the error summary lists them in this order. */
export const registrationFields = [
  'organisationName',
  'kvkNumber',
  'sector',
  'sizeBand',
  'street',
  'postalCode',
  'city',
  'regionId',
  'fullName',
  'email',
  'password',
  'locale',
] as const satisfies readonly RegistrationField[];

// Every field of the input is on the form: a field added to the API fails to compile here until it is.
type NotOnTheForm = Exclude<RegistrationField, (typeof registrationFields)[number]>;
const _everyFieldOnTheForm: [NotOnTheForm] extends [never] ? true : NotOnTheForm = true;

export type RegistrationProblem =
  /** The field's own sentence: what it needs. */
  | { kind: 'expected' }
  | { kind: 'kvkTaken' }
  | { kind: 'postalCodeUnknown'; postcode: string }
  | { kind: 'emailTaken' }
  | { kind: 'passwordTooShort'; min: number }
  | { kind: 'passwordTooLong'; max: number }
  | { kind: 'passwordCharacters' }
  | { kind: 'passwordIsEmail' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'unreadable' };

type Recogniser = (message: string) => RegistrationProblem | null;

const when =
  (pattern: RegExp, problem: (match: RegExpExecArray) => RegistrationProblem): Recogniser =>
  (message) => {
    const match = pattern.exec(message);
    return match ? problem(match) : null;
  };

/** server/lib/input.ts: too long, or characters that cannot be stored or read. */
const textProblems: Recogniser[] = [
  when(/must be at most (\d+) characters/, (m) => ({ kind: 'tooLong', max: Number(m[1]) })),
  when(/control characters|broken character|override the text direction|visible characters/, () => ({
    kind: 'unreadable',
  })),
];

/** The refusals worth their own sentence, per field (organisation-registration.ts and password-policy.ts). */
const recognisers: Partial<Record<RegistrationField, Recogniser[]>> = {
  organisationName: textProblems,
  kvkNumber: [when(/already registered/, () => ({ kind: 'kvkTaken' }))],
  street: textProblems,
  postalCode: [
    when(/^Postcode (.+?) is not a Dutch postcode we know/, (m) => ({ kind: 'postalCodeUnknown', postcode: m[1]! })),
  ],
  city: textProblems,
  fullName: textProblems,
  email: [
    when(/already an account/, () => ({ kind: 'emailTaken' })),
    when(/must be at most (\d+) characters/, (m) => ({ kind: 'tooLong', max: Number(m[1]) })),
  ],
  password: [
    when(/at least (\d+) characters/, (m) => ({ kind: 'passwordTooShort', min: Number(m[1]) })),
    when(/at most (\d+) characters/, (m) => ({ kind: 'passwordTooLong', max: Number(m[1]) })),
    when(/control characters|broken text/, () => ({ kind: 'passwordCharacters' })),
    when(/not be your e-mail address/, () => ({ kind: 'passwordIsEmail' })),
  ],
};

const isField = (name: string): name is RegistrationField => (registrationFields as readonly string[]).includes(name);

/** One problem per field, from the API's `fieldErrors` (the first recognised message of each field). */
export function registrationProblems(
  fieldErrors: Record<string, string[] | undefined> | null | undefined,
): Partial<Record<RegistrationField, RegistrationProblem>> {
  const problems: Partial<Record<RegistrationField, RegistrationProblem>> = {};
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    if (!isField(field) || !messages?.length) continue;
    const recognised = messages
      .flatMap((message) => (recognisers[field] ?? []).map((recognise) => recognise(message)))
      .find((problem) => problem !== null);
    problems[field] = recognised ?? { kind: 'expected' };
  }
  return problems;
}

export type RegistrationErrorsTranslator = ReturnType<typeof useTranslations<'registration.errors'>>;

/** The problem in the user's language. `passwordMin` is the policy's length, for the password's own sentence. */
export function problemMessage(
  t: RegistrationErrorsTranslator,
  field: RegistrationField,
  problem: RegistrationProblem,
  passwordMin: number,
): string {
  switch (problem.kind) {
    case 'kvkTaken':
      return t('kvkTaken');
    case 'postalCodeUnknown':
      return t('postalCodeUnknown', { postcode: problem.postcode });
    case 'emailTaken':
      return t('emailTaken');
    case 'passwordTooShort':
      return t('passwordTooShort', { min: problem.min });
    case 'passwordTooLong':
      return t('passwordTooLong', { max: problem.max });
    case 'passwordCharacters':
      return t('passwordCharacters');
    case 'passwordIsEmail':
      return t('passwordIsEmail');
    case 'tooLong':
      return t('tooLong', { max: problem.max });
    case 'unreadable':
      return t('unreadable');
    case 'expected':
      return field === 'password' ? t('password', { min: passwordMin }) : t(field);
  }
}
