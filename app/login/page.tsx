import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getMessages } from '~/i18n/server';
import { portalPath } from '~/server/auth/roles';
import { getServerAuthSession } from '~/server/auth/session';
import { env } from '~/server/env';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Inloggen / Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const session = await getServerAuthSession();
  if (session?.user) redirect(portalPath[session.user.role]);
  const { t } = await getMessages();
  const { error } = await searchParams;
  // next-auth sends its errors here (pages.error); only a short code is ever shown, as a message.
  const errorCode = typeof error === 'string' ? error.slice(0, 60) : null;
  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t.login.title}</h1>
      <p>{t.login.intro}</p>
      <LoginForm ssoEnabled={Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID)} initialError={errorCode} />
    </section>
  );
}
