import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { sectorValues, sizeBandValues } from '~/db/schema/enums';
import { locales } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { PASSWORD_MIN_LENGTH } from '~/server/auth/password-policy';
import { portalPath } from '~/server/auth/roles';
import { getServerAuthSession } from '~/server/auth/session';
import { serverApi } from '~/trpc/server';
import { RegistrationForm } from './registration-form';

export const metadata: Metadata = { title: 'Organisatie registreren / Register your organisation' };

/** Public: a firm that is not on Overstap yet registers itself and its first HR user. */
export default async function RegisterPage() {
  const session = await getServerAuthSession();
  if (session?.user) redirect(portalPath[session.user.role]);
  const api = await serverApi();
  const [locale, t, regions] = await Promise.all([getLanguage(), getTranslations(), api.region.listPublic()]);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  return (
    <div className="page-form">
      <p>
        <Link href="/login">← {t('registration.back')}</Link>
      </p>
      <h1>{t('registration.title')}</h1>
      <p>{t('registration.intro')}</p>
      <RegistrationForm
        regions={regions.map((r) => ({ value: r.id, label: r.name }))}
        sectors={sectorValues.map((s) => ({ value: s, label: t(`enums.sector.${s}`) })).sort(byLabel)}
        sizeBands={sizeBandValues.map((s) => ({ value: s, label: t(`enums.sizeBand.${s}`) }))}
        locales={locales}
        initialLocale={locale}
        passwordMin={PASSWORD_MIN_LENGTH}
      />
    </div>
  );
}
