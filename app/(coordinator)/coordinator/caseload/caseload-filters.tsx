import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { workerStatusValues } from '~/db/schema/enums';
import { caseloadActions, caseloadSorts, caseloadWindows } from '~/server/services/caseload';
import type { CaseloadParams } from './caseload-params';

/** A plain GET form: the filters live in the URL, so a filtered caseload can be bookmarked and works without JavaScript. */
export function CaseloadFilters({ filter }: { filter: Omit<CaseloadParams, 'page'> }) {
  const t = useTranslations('coordinatorTools.caseload.filters');
  const select = (name: string, value: string, options: readonly string[], label: (o: string) => string) => (
    <div className="field">
      <label htmlFor={`caseload-${name}`}>{t(name as 'status')}</label>
      <select id={`caseload-${name}`} name={name} defaultValue={value}>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      key={JSON.stringify(filter)}
      method="get"
      action="/coordinator/caseload"
      role="search"
      aria-label={t('legend')}
      className="filters"
    >
      {select('status', filter.status, ['active', 'all', ...workerStatusValues], (o) =>
        t(`statusOptions.${o as 'active'}`),
      )}
      {select('window', filter.window ?? '', ['', ...caseloadWindows], (o) =>
        t(`windowOptions.${(o || 'any') as 'any'}`),
      )}
      {select('action', filter.action ?? '', ['', 'overdue', ...caseloadActions], (o) =>
        t(`actionOptions.${(o || 'any') as 'any'}`),
      )}
      <div className="field">
        <label htmlFor="caseload-query">{t('query')}</label>
        <input id="caseload-query" name="query" type="search" maxLength={100} defaultValue={filter.query ?? ''} />
      </div>
      {select('sort', filter.sort, caseloadSorts, (o) => t(`sortOptions.${o as 'name'}`))}
      {select('direction', filter.direction, ['asc', 'desc'], (o) => t(`directionOptions.${o as 'asc'}`))}
      <div>
        <button type="submit">{t('apply')}</button> <Link href="/coordinator/caseload">{t('reset')}</Link>
      </div>
    </form>
  );
}
