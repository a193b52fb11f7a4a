import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { conceptLabel } from '~/i18n/config';
import { MAX_EXPERIENCES } from '~/server/services/worker-experiences';
import { CompletenessSummary } from '~/app/(worker)/worker/profile/completeness';
import { ProfileNav } from '~/app/(worker)/worker/profile/profile-nav';
import { loadProfilePage } from '~/app/(worker)/worker/profile/profile-page';
import { CurrentOccupationForm } from './current-occupation-form';
import { EducationForm } from './education-form';
import { GenderForm } from './gender-form';
import { WorkHistory } from './work-history';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workerProfile.work'))('title') };
}

/** Current occupation (with what the employer passed on of the current job), work history, education level and, optionally, gender. */
export default async function WorkPage() {
  const { locale, me, completeness } = await loadProfilePage();
  const t = await getTranslations('workerProfile');
  const e = await getTranslations('equityFields');
  const { currentContractType: contract, currentWeeklyHours: hours } = me.profile;
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <ProfileNav current="work" />
      <h1>{t('work.title')}</h1>
      <p>{t('work.intro')}</p>
      <CompletenessSummary completeness={completeness} />

      <section className="card" id="current-occupation" aria-labelledby="current-occupation-title">
        <h2 id="current-occupation-title">{t('work.current')}</h2>
        <p className="why">{t('work.currentWhy')}</p>
        <CurrentOccupationForm
          current={me.occupation ? conceptLabel(locale, me.occupation.labelNl, me.occupation.labelEn) : null}
        />
        {(contract !== null || hours !== null) && (
          <p>
            {e('currentJob.given', {
              contract: contract === null ? e('currentJob.noContract') : e(`contractTypes.${contract}`),
              hours: hours === null ? e('currentJob.noHours') : e('currentJob.hours', { hours }),
            })}
          </p>
        )}
      </section>

      <section id="work-history" aria-labelledby="work-history-title">
        <h2 id="work-history-title" tabIndex={-1}>
          {t('work.history')}
        </h2>
        <p className="why">{t('work.historyWhy')}</p>
        <WorkHistory experiences={me.experiences} max={MAX_EXPERIENCES} />
      </section>

      <section className="card" aria-labelledby="education-title">
        <h2 id="education-title">{t('work.education')}</h2>
        <p className="why">{t('work.educationWhy')}</p>
        <EducationForm current={me.profile.educationLevel} />
      </section>

      <section className="card" aria-labelledby="gender-title">
        <h2 id="gender-title">{e('gender.title')}</h2>
        <GenderForm current={me.profile.gender} />
      </section>
    </>
  );
}
