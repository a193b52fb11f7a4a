import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import { calendarDate, conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import type { AppRouter } from '~/server/api/root';

type VacancyRow = inferRouterOutputs<AppRouter>['vacancy']['listMine'][number];

/** The organisation's vacancies; `highlightId` marks one that was just posted. */
export function VacancyTable({ vacancies, highlightId }: { vacancies: VacancyRow[]; highlightId?: string }) {
  const locale = useLanguage();
  const t = useTranslations();
  const format = useFormatter();
  if (vacancies.length === 0) return <p>{t('employer.noVacancies')}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('employer.columns.title')}</th>
            <th scope="col">{t('employer.columns.occupation')}</th>
            <th scope="col">{t('employer.columns.place')}</th>
            <th scope="col">{t('employer.columns.hours')}</th>
            <th scope="col">{t('employer.columns.contract')}</th>
            <th scope="col">{t('employer.columns.status')}</th>
            <th scope="col">{t('employer.columns.closesAt')}</th>
            <th scope="col">{t('employer.columns.retraining')}</th>
          </tr>
        </thead>
        <tbody>
          {vacancies.map((v) => (
            <tr
              key={v.id}
              className={v.id === highlightId ? 'row-highlight' : undefined}
              aria-current={v.id === highlightId ? 'true' : undefined}
            >
              <th scope="row">{v.title}</th>
              <td>
                {v.occupationLabelNl || v.occupationLabelEn
                  ? conceptLabel(locale, v.occupationLabelNl, v.occupationLabelEn)
                  : '—'}
              </td>
              <td>{v.city}</td>
              <td>{v.hoursMin === v.hoursMax ? v.hoursMax : `${v.hoursMin}–${v.hoursMax}`}</td>
              <td>{t(`enums.contract.${v.contractType}`)}</td>
              <td>{t(`enums.vacancyStatus.${v.status}`)}</td>
              <td>{v.closesAt ? format.dateTime(calendarDate(v.closesAt), 'medium') : '—'}</td>
              <td>{v.openToRetraining ? t('enums.yes') : t('enums.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
