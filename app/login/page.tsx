import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { portalPath } from '~/server/auth/roles';
import { getServerAuthSession } from '~/server/auth/session';
import { env } from '~/server/env';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Inloggen / Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  const session = await getServerAuthSession();
  if (session?.user) redirect(portalPath[session.user.role]);
  const t = await getTranslations('login');
  const { error } = await searchParams;
  // next-auth sends its errors here (pages.error); only a short code is ever shown, as a message.
  const errorCode = typeof error === 'string' ? error.slice(0, 60) : null;
  return (
    <section className="card narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <LoginForm ssoEnabled={Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID)} initialError={errorCode} />
      <p className="login-register">
        {t('newEmployer')} <Link href="/register">{t('register')}</Link>
      </p>
    </section>
  );
}
