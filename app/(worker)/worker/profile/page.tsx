import type { Metadata } from 'next';
import Link from 'next/link';
import { getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { calendarDate, conceptLabel } from '~/i18n/config';
import { CompletenessMeter } from './completeness';
import { languageName } from './languages/language-name';
import { ProfileNav, profileSections } from './profile-nav';
import { loadProfilePage } from './profile-page';
import { visibilityChoiceOf } from './visibility/choice';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('workerProfile'))('title') };
}

/** The worker's whole profile at a glance: how complete it is, each part in short, and where to change it. */
export default async function ProfileOverview() {
  const { locale, me, completeness } = await loadProfilePage();
  const [t, messages] = await Promise.all([getTranslations(), getMessages()]);
  const { profile } = me;
  const lastJob = me.experiences[0];
  return (
    <>
      <p>
        <Link href="/worker">← {t('workerProfile.back')}</Link>
      </p>
      <ProfileNav current="overview" />
      <h1>{t('workerProfile.title')}</h1>
      <p>{t('workerProfile.intro')}</p>
      <CompletenessMeter completeness={completeness} />

      <div className="profile-parts">
        <Part
          id="overview-work"
          title={t('workerProfile.overview.work')}
          href={profileSections.work}
          edit={t('workerProfile.overview.editWork')}
        >
          <dl className="facts">
            <dt>{t('workerProfile.overview.currentOccupation')}</dt>
            <dd>
              {me.occupation
                ? conceptLabel(locale, me.occupation.labelNl, me.occupation.labelEn)
                : t('workerProfile.notSet')}
            </dd>
            <dt>{t('workerProfile.overview.education')}</dt>
            <dd>{t(`workerProfile.educationLevels.${profile.educationLevel}`)}</dd>
            {lastJob && (
              <>
                <dt>{t('workerProfile.overview.lastJob')}</dt>
                <dd>{t('workerProfile.overview.jobAt', { title: lastJob.title, employer: lastJob.employerName })}</dd>
              </>
            )}
          </dl>
          <p>{t('workerProfile.overview.jobs', { count: me.experiences.length })}</p>
        </Part>

        <Part
          id="overview-occupations"
          title={t('workerProfile.overview.occupations')}
          href={profileSections.occupations}
          edit={t('workerProfile.overview.editOccupations')}
        >
          {me.desiredOccupations.length === 0 ? (
            <p>{t('workerProfile.overview.noOccupations')}</p>
          ) : (
            <ol>
              {me.desiredOccupations.map((d) => (
                <li key={d.occupationId}>{conceptLabel(locale, d.labelNl, d.labelEn)}</li>
              ))}
            </ol>
          )}
        </Part>

        <Part
          id="overview-skills"
          title={t('workerProfile.overview.skills')}
          href={profileSections.skills}
          edit={t('workerProfile.overview.editSkills')}
        >
          <p>{t('workerProfile.overview.skillCount', { count: me.skills.length })}</p>
        </Part>

        <Part
          id="overview-languages"
          title={t('workerProfile.overview.languages')}
          href={profileSections.languages}
          edit={t('workerProfile.overview.editLanguages')}
        >
          {me.languages.length === 0 ? (
            <p>{t('workerProfile.overview.noLanguages')}</p>
          ) : (
            <ul className="plain-list">
              {me.languages.map((l) => (
                <li key={l.language}>
                  {languageName(messages.workerProfile.languageNames, l.language, locale)}:{' '}
                  {t(`workerProfile.languageLevels.${l.level}`)}
                </li>
              ))}
            </ul>
          )}
        </Part>

        <Part
          id="overview-preferences"
          title={t('workerProfile.overview.preferences')}
          href={profileSections.preferences}
          edit={t('workerProfile.overview.editPreferences')}
        >
          <dl className="facts">
            <dt>{t('workerProfile.overview.hours')}</dt>
            <dd>{t('worker.hours', { min: profile.hoursMin, max: profile.hoursMax })}</dd>
            <dt>{t('workerProfile.overview.contracts')}</dt>
            <dd>{profile.contractPreferences.map((c) => t(`enums.contract.${c}`)).join(', ')}</dd>
            <dt>{t('workerProfile.overview.commute')}</dt>
            <dd>
              {t('workerProfile.overview.commuteFrom', {
                km: profile.maxCommuteKm,
                postcode: profile.homePostcode,
                place: profile.homeCity,
              })}
            </dd>
            <dt>{t('workerProfile.overview.remote')}</dt>
            <dd>{profile.remotePreferences.map((r) => t(`enums.remote.${r}`)).join(', ')}</dd>
            <dt>{t('workerProfile.overview.available')}</dt>
            <dd>
              {profile.availableFrom
                ? t('workerProfile.overview.availableFrom', { date: calendarDate(profile.availableFrom) })
                : t('workerProfile.overview.availableNow')}
            </dd>
            <dt>{t('workerProfile.overview.salary')}</dt>
            <dd>
              {profile.salaryFloor === null
                ? t('workerProfile.overview.salaryNone')
                : t('workerProfile.overview.salaryFloor', { amount: profile.salaryFloor })}
            </dd>
          </dl>
        </Part>

        <Part
          id="overview-visibility"
          title={t('workerProfile.overview.visibility')}
          href={profileSections.visibility}
          edit={t('workerProfile.overview.editVisibility')}
        >
          <p>{t(`workerProfile.visibility.${visibilityChoiceOf(profile)}`)}</p>
        </Part>
      </div>
    </>
  );
}

/** One part of the profile in short, with the link to its own page. */
function Part({
  id,
  title,
  href,
  edit,
  children,
}: {
  id: string;
  title: string;
  href: string;
  edit: string;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <p>
        <Link href={href}>{edit}</Link>
      </p>
    </section>
  );
}
