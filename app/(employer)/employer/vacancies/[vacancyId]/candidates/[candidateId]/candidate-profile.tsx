'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { calendarDate } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import { DataTable } from '~/app/_components/data-table';
import { languageName } from '~/app/(worker)/worker/profile/languages/language-name';
import { useTRPC } from '~/trpc/react';
import { occupationOf } from '../candidate-summary';

/**
 * The candidate's anonymised profile, asked for by the browser: opening it is written to the
 * audit log (the worker's "who looked at my profile"), and a page render must only read.
 */
export function CandidateProfile({ vacancyId, candidateId }: { vacancyId: string; candidateId: string }) {
  const t = useTranslations();
  const locale = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.market.candidate.queryOptions({ vacancyId, candidateId, locale }));
  if (query.error)
    return (
      <p role="alert" className="error">
        {query.error.data?.code === 'NOT_FOUND' ? t('errors.notFound') : query.error.message}
      </p>
    );
  const detail = query.data;
  if (!detail) return <h1>{t('market.candidate.title', { code: candidateId })}</h1>;
  const c = detail.candidate;
  const code = c.candidateId;
  return (
    <>
      <h1>{t('market.candidate.title', { code })}</h1>
      <p>{t('market.candidate.forVacancy', { title: detail.vacancyTitle })}</p>
      {detail.identity ? (
        <p className="notice notice-success">
          {t('market.candidate.revealed', { name: detail.identity.name, email: detail.identity.email })}
        </p>
      ) : (
        <p className="notice">{t('market.candidate.anonymous')}</p>
      )}
      {detail.interested && <p className="status-badge">{t('market.candidates.interestedNote')}</p>}

      <div className="grid-2">
        <section className="card" aria-labelledby="summary-title">
          <h2 id="summary-title">{t('market.candidate.summary')}</h2>
          <dl className="facts">
            <dt>{t('market.candidates.occupation')}</dt>
            <dd>{occupationOf(c.occupationLabels, locale) ?? t('market.candidates.occupationNone')}</dd>
            <dt>{t('market.candidates.distance')}</dt>
            <dd>{t(`candidateDistance.${c.distanceBand}`)}</dd>
            <dt>{t('market.candidate.education')}</dt>
            <dd>{t(`workerProfile.educationLevels.${detail.educationLevel}`)}</dd>
            <dt>{t('market.candidates.fit')}</dt>
            <dd>{detail.match ? `${Math.round(detail.match.score * 100)}%` : t('market.candidates.noScore')}</dd>
            <dt>{t('market.candidates.details')}</dt>
            <dd>
              {c.availableFrom
                ? t('market.candidates.availableFrom', { date: calendarDate(c.availableFrom) })
                : t('market.candidates.availableNow')}
              {' · '}
              {t('market.candidates.guidanceDaysLeft', { days: c.guidanceDaysLeft })}
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="preferences-title">
          <h2 id="preferences-title">{t('market.candidate.preferences')}</h2>
          <dl className="facts">
            <dt>{t('worker.preferences')}</dt>
            <dd>
              {t('market.candidates.hours', { min: detail.preferences.hoursMin, max: detail.preferences.hoursMax })}
              {' · '}
              {t('market.candidate.commute', { km: detail.preferences.maxCommuteKm })}
            </dd>
            <dt>{t('market.candidate.contracts')}</dt>
            <dd>{detail.preferences.contractPreferences.map((k) => t(`enums.contract.${k}`)).join(', ')}</dd>
            <dt>{t('market.candidate.workplace')}</dt>
            <dd>{detail.preferences.remotePreferences.map((r) => t(`enums.remote.${r}`)).join(', ')}</dd>
          </dl>
        </section>
      </div>

      {detail.match && (
        <section className="card" aria-labelledby="why-title">
          <h2 id="why-title">{t('market.candidate.why')}</h2>
          <ul>
            {detail.match.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="skills-title">
        <h2 id="skills-title">{t('market.candidate.skills')}</h2>
        <DataTable
          caption={t('market.candidate.skills')}
          rows={detail.skills}
          rowKey={(s) => s.skillId}
          empty={t('market.candidate.noSkills')}
          columns={[
            { key: 'skill', header: t('market.candidate.skill'), rowHeader: true, cell: (s) => s.label },
            {
              key: 'level',
              header: t('market.candidate.level'),
              cell: (s) => t(`enums.level.${String(s.level) as '1' | '2' | '3' | '4'}`),
            },
            { key: 'source', header: t('market.candidate.source'), cell: (s) => t(`enums.source.${s.source}`) },
          ]}
        />
      </section>

      <div className="grid-2">
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('market.candidate.workHistory')}</h2>
          {detail.workHistory.length === 0 ? (
            <p>{t('market.candidate.noHistory')}</p>
          ) : (
            <ul>
              {detail.workHistory.map((job, i) => (
                <li key={i}>
                  {job.occupation} · {t('market.candidate.years', { years: job.years })}
                  {job.current && ` (${t('market.candidate.current')})`}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="languages-title">
          <h2 id="languages-title">{t('market.candidate.languages')}</h2>
          {detail.languages.length === 0 ? (
            <p>{t('market.candidate.noLanguages')}</p>
          ) : (
            <ul>
              {detail.languages.map((l) => (
                <li key={l.language}>
                  {languageName({}, l.language, locale)} · {l.level}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
