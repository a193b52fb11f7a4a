import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getMessages } from '~/i18n/server';
import { portalPath } from '~/server/auth/roles';
import { getServerAuthSession } from '~/server/auth/session';
import { env } from '~/server/env';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Inloggen / Sign in' };

export default async function LoginPage() {
  const session = await getServerAuthSession();
  if (session?.user) redirect(portalPath[session.user.role]);
  const { t } = await getMessages();
  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t.login.title}</h1>
      <p>{t.login.intro}</p>
      <LoginForm ssoEnabled={Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID)} />
    </section>
  );
}
