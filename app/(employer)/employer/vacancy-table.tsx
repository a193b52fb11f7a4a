import type { inferRouterOutputs } from '@trpc/server';
import { conceptLabel, formatDate, type Locale } from '~/i18n/config';
import type { Messages } from '~/i18n/messages/nl';
import type { AppRouter } from '~/server/api/root';

type VacancyRow = inferRouterOutputs<AppRouter>['vacancy']['listMine'][number];

/** The organisation's vacancies; `highlightId` marks one that was just posted. */
export function VacancyTable({
  vacancies,
  locale,
  t,
  highlightId,
}: {
  vacancies: VacancyRow[];
  locale: Locale;
  t: Messages;
  highlightId?: string;
}) {
  const c = t.employer.columns;
  if (vacancies.length === 0) return <p>{t.employer.noVacancies}</p>;
  return (
    <div className="table-scroll" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">{c.title}</th>
            <th scope="col">{c.occupation}</th>
            <th scope="col">{c.place}</th>
            <th scope="col">{c.hours}</th>
            <th scope="col">{c.contract}</th>
            <th scope="col">{c.status}</th>
            <th scope="col">{c.closesAt}</th>
            <th scope="col">{c.retraining}</th>
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
              <td>{t.enums.contract[v.contractType]}</td>
              <td>{t.enums.vacancyStatus[v.status]}</td>
              <td>{formatDate(locale, v.closesAt)}</td>
              <td>{v.openToRetraining ? t.enums.yes : t.enums.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
