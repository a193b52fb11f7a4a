'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { ErrorSummary, summaryItems, type FieldErrors } from '~/app/_components/field-error';
import { passwordLimits, passwordProblem, signInNewAccount } from './join';
import { PasswordField } from './password-field';

/** The form's id and the portal the new account lands on, per kind of invitation. */
const kinds = {
  colleague: { form: 'join-colleague', portal: '/employer' },
  coordinator: { form: 'join-coordinator', portal: '/coordinator' },
} as const;

/**
 * A colleague joins the firm's HR, or a coordinator their region, in Overstap: a password, then
 * signed in on their portal.
 */
export function AccountInvitationForm({
  token,
  email,
  kind,
}: {
  token: string;
  email: string;
  kind: keyof typeof kinds;
}) {
  const FORM = kinds[kind].form;
  const t = useTranslations('join');
  const trpc = useTRPC();
  const router = useRouter();
  const colleague = useMutation(trpc.invitation.acceptColleague.mutationOptions());
  const coordinator = useMutation(trpc.invitation.acceptCoordinator.mutationOptions());
  const accept = kind === 'coordinator' ? coordinator : colleague;
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState<FieldErrors | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);
  const errors: FieldErrors = checked ?? accept.error?.data?.fieldErrors ?? {};

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = passwordProblem(password, email);
    const found = problem
      ? { password: [problem === 'passwordLength' ? t(problem, passwordLimits) : t(problem)] }
      : null;
    setChecked(found);
    if (found) return;
    accept.mutate(
      { token, password },
      {
        onSuccess: async (joined) => {
          if (await signInNewAccount(joined.email, password)) {
            router.replace(kinds[kind].portal);
            router.refresh();
          } else {
            setSignInFailed(true);
          }
        },
      },
    );
  }

  if (accept.isSuccess && signInFailed) {
    return (
      <div className="notice notice-success" role="status">
        <p>{t('joinedSignIn', { email })}</p>
        <p>
          <Link href="/login">{t('toSignIn')}</Link>
        </p>
      </div>
    );
  }

  const busy = accept.isPending || accept.isSuccess;
  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {(checked ?? accept.error) && (
        <ErrorSummary
          form={FORM}
          attempt={checked ?? accept.error}
          title={Object.keys(errors).length > 0 ? t('invalid') : `${t('failed')} ${accept.error?.message ?? ''}`}
          items={summaryItems(errors, { password: t('password') })}
        />
      )}
      <p>{t('accountIntro', { email })}</p>
      <PasswordField form={FORM} value={password} onChange={setPassword} error={errors.password?.join(' ')} />
      <div>
        <button type="submit" disabled={busy}>
          {busy ? t('joining') : t('joinColleague')}
        </button>
      </div>
    </form>
  );
}
