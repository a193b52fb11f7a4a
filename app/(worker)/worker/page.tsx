import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { calendarDate, conceptLabel } from '~/i18n/config';
import { ConceptName } from '~/app/_components/concept-name';
import { getLanguage } from '~/i18n/server';
import { daysBetween, toIsoDate } from '~/server/lib/dates';
import { serverApi } from '~/trpc/server';
import { requireRole } from '~/app/_lib/require-role';
import { CompletenessMeter } from './profile/completeness';
import { profileSections } from './profile/profile-nav';
import { visibilityChoiceOf } from './profile/visibility/choice';

export const metadata: Metadata = { title: 'Werknemer / Worker' };

export default async function WorkerHome() {
  await requireRole('worker');
  const api = await serverApi();
  const [locale, t] = await Promise.all([getLanguage(), getTranslations()]);
  const [me, completeness] = await Promise.all([api.worker.me(), api.worker.completeness({ locale })]);
  const { profile } = me;
  const daysLeft = daysBetween(toIsoDate(new Date()), profile.guidanceDeadline);
  return (
    <>
      <h1>{t('worker.title')}</h1>
      <p className="actions">
        <Link href="/worker/matches" className="button-link">
          {t('matches.link')}
        </Link>
        <Link href="/worker/paths" className="button-link button-link-secondary">
          {t('transitionPaths.link')}
        </Link>
        <Link href="/worker/introductions" className="button-link button-link-secondary">
          {t('introductions.link')}
        </Link>
        <Link href="/worker/search" className="button-link button-link-secondary">
          {t('market.search.title')}
        </Link>
        <Link href="/worker/saved" className="button-link button-link-secondary">
          {t('market.saved.title')}
        </Link>
        <Link href={profileSections.overview} className="button-link button-link-secondary">
          {t('workerProfile.link')}
        </Link>
        <Link href="/worker/my-data" className="button-link button-link-secondary">
          {t('myData.link')}
        </Link>
      </p>
      <CompletenessMeter completeness={completeness} />
      <div className="grid-2">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">{t('worker.profile')}</h2>
          <dl className="facts">
            <dt>{t('worker.currentEmployer')}</dt>
            <dd>{me.employer?.name ?? '—'}</dd>
            <dt>{t('worker.occupation')}</dt>
            <dd>{me.occupation ? conceptLabel(locale, me.occupation.labelNl, me.occupation.labelEn) : '—'}</dd>
            <dt>{t('worker.status')}</dt>
            <dd>{t(`enums.status.${profile.status}`)}</dd>
            <dt>{t('worker.preferences')}</dt>
            <dd>
              {t('worker.hours', { min: profile.hoursMin, max: profile.hoursMax })};{' '}
              {t('worker.commute', { km: profile.maxCommuteKm })}
            </dd>
            <dt>{t('worker.contracts')}</dt>
            <dd>{profile.contractPreferences.map((c) => t(`enums.contract.${c}`)).join(', ')}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="guidance-title">
          <h2 id="guidance-title">{t('worker.guidance')}</h2>
          <p>{t('worker.guidanceUntil', { date: calendarDate(profile.guidanceDeadline) })}</p>
          {daysLeft >= 0 && <p className="big-number">{t('worker.daysLeft', { days: daysLeft })}</p>}
        </section>
      </div>

      <section className="card" aria-labelledby="visibility-title">
        <h2 id="visibility-title">{t('worker.visibility')}</h2>
        <p>{t('worker.visibilityIntro')}</p>
        <p>
          <strong>
            {t('worker.visibilityNow', { choice: t(`workerProfile.visibility.${visibilityChoiceOf(profile)}`) })}
          </strong>{' '}
          <Link href={profileSections.visibility}>{t('worker.editVisibility')}</Link>
        </p>
      </section>

      <section aria-labelledby="skills-title">
        <h2 id="skills-title">{t('worker.skills')}</h2>
        <p>
          <Link href={profileSections.skills}>{t('worker.editSkills')}</Link>
        </p>
        {me.skills.length === 0 ? (
          <p>{t('worker.noSkills')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('worker.skill')}</th>
                  <th scope="col">{t('worker.level')}</th>
                  <th scope="col">{t('worker.source')}</th>
                </tr>
              </thead>
              <tbody>
                {me.skills.map((s) => (
                  <tr key={s.skillId}>
                    <th scope="row">
                      <ConceptName labelNl={s.labelNl} labelEn={s.labelEn} />
                    </th>
                    <td>
                      <meter min={0} max={4} value={s.level} aria-label={`${t('worker.level')} ${s.level} / 4`} />{' '}
                      {s.level}/4
                    </td>
                    <td>{t(`enums.source.${s.source}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
