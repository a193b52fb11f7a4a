import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { MAX_COMMUTE_KM, MAX_SALARY_FLOOR } from '~/server/services/worker-preferences';
import { CompletenessSummary } from '~/app/(worker)/worker/profile/completeness';
import { ProfileNav } from '~/app/(worker)/worker/profile/profile-nav';
import { loadProfilePage } from '~/app/(worker)/worker/profile/profile-page';
import { PreferencesForm } from './preferences-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workerProfile.preferences'))('title') };
}

/** Hours, contract types, home postcode and commute, way of working, start date and salary floor. */
export default async function PreferencesPage() {
  const { me, completeness } = await loadProfilePage();
  const t = await getTranslations('workerProfile');
  const { profile } = me;
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <ProfileNav current="preferences" />
      <h1>{t('preferences.title')}</h1>
      <p>{t('preferences.intro')}</p>
      <CompletenessSummary completeness={completeness} />
      <PreferencesForm
        initial={{
          hoursMin: profile.hoursMin,
          hoursMax: profile.hoursMax,
          contractPreferences: profile.contractPreferences,
          homePostcode: profile.homePostcode,
          homeCity: profile.homeCity,
          maxCommuteKm: profile.maxCommuteKm,
          remotePreferences: profile.remotePreferences,
          availableFrom: profile.availableFrom,
          salaryFloor: profile.salaryFloor,
        }}
        limits={{ maxCommuteKm: MAX_COMMUTE_KM, maxSalaryFloor: MAX_SALARY_FLOOR }}
      />
    </>
  );
}
