import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';
import { serverApi } from '~/trpc/server';
import { Pagination } from '~/app/_components/pagination';
import { VacancySearchHit } from '~/app/_components/vacancy-search-hit';
import { requireRole } from '~/app/_lib/require-role';
import { VacancyReactions } from '../_components/vacancy-reactions';
import { WorkerMarketNav } from '../_components/market-nav';
import { searchLinkParams, searchRadiiKm, vacancySearchParams } from './search-params';

export const metadata: Metadata = { title: 'Vacatures zoeken / Search vacancies' };

const PAGE_SIZE = 10;
const ISCO_MAJOR_GROUPS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/**
 * The worker's own vacancy search, besides the ranked matches: free text, filters with the
 * number of vacancies behind each choice (facets), pages. A plain GET form, so every search
 * is a link and works without JavaScript. Hidden vacancies stay out (search.vacancies).
 */
export default async function WorkerSearch({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('worker');
  const params = vacancySearchParams.parse(await searchParams);
  const api = await serverApi();
  const [t, me] = await Promise.all([getTranslations(), api.worker.me()]);
  const home = me.profile;
  const hours =
    params.hoursMin !== undefined || params.hoursMax !== undefined
      ? {
          min: params.hoursMin,
          max:
            params.hoursMax !== undefined && params.hoursMin !== undefined && params.hoursMax < params.hoursMin
              ? params.hoursMin
              : params.hoursMax,
        }
      : undefined;
  const found = await api.search.vacancies({
    text: params.text || undefined,
    iscoGroup: params.isco,
    contractTypes: params.contract.length ? params.contract : undefined,
    remote: params.remote.length ? params.remote : undefined,
    hours,
    near: params.km ? { lat: home.homeLat, lon: home.homeLon, radiusKm: params.km } : undefined,
    facets: ['contractType', 'remote', 'iscoPath'],
    sort: params.sort === 'distance' && !params.km ? 'relevance' : params.sort,
    page: params.page,
    pageSize: PAGE_SIZE,
  });
  const saved = new Set('savedVacancyIds' in found ? found.savedVacancyIds : []);
  const interested = new Set('interestedVacancyIds' in found ? found.interestedVacancyIds : []);
  const facet = (name: string, value: string) => found.facets[name]?.[value] ?? 0;
  const withCount = (label: string, name: string, value: string) =>
    t('market.search.facetCount', { label, count: facet(name, value) });

  return (
    <>
      <WorkerMarketNav current="search" />
      <h1>{t('market.search.title')}</h1>
      <p>{t('market.search.intro')}</p>
      <form method="get" className="card form market-filters" role="search" aria-label={t('market.search.title')}>
        <div className="field">
          <label htmlFor="search-text">{t('market.search.text')}</label>
          <input id="search-text" name="text" type="search" defaultValue={params.text ?? ''} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="search-isco">{t('market.search.occupation')}</label>
          <select id="search-isco" name="isco" defaultValue={params.isco ?? ''}>
            <option value="">{t('market.search.anyOccupation')}</option>
            {ISCO_MAJOR_GROUPS.filter((g) => facet('iscoPath', g) > 0 || g === params.isco).map((g) => (
              <option key={g} value={g}>
                {withCount(t(`market.isco.${g}`), 'iscoPath', g)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t('market.search.contract')}</legend>
          {contractTypeValues.map((c) => (
            <label key={c} className="checkbox">
              <input type="checkbox" name="contract" value={c} defaultChecked={params.contract.includes(c)} />
              {withCount(t(`enums.contract.${c}`), 'contractType', c)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('market.search.remote')}</legend>
          {remotePolicyValues.map((r) => (
            <label key={r} className="checkbox">
              <input type="checkbox" name="remote" value={r} defaultChecked={params.remote.includes(r)} />
              {withCount(t(`enums.remote.${r}`), 'remote', r)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="search-hours-min">{t('market.search.hoursMin')}</label>
          <input
            id="search-hours-min"
            name="hoursMin"
            type="number"
            min={0}
            max={60}
            inputMode="numeric"
            defaultValue={params.hoursMin ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor="search-hours-max">{t('market.search.hoursMax')}</label>
          <input
            id="search-hours-max"
            name="hoursMax"
            type="number"
            min={0}
            max={60}
            inputMode="numeric"
            defaultValue={params.hoursMax ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor="search-km">{t('market.search.distance')}</label>
          <select id="search-km" name="km" defaultValue={params.km?.toString() ?? ''}>
            <option value="">{t('market.search.anyDistance')}</option>
            {searchRadiiKm.map((km) => (
              <option key={km} value={km}>
                {t('market.search.withinKm', { km })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-sort">{t('market.search.sort')}</label>
          <select id="search-sort" name="sort" defaultValue={params.sort}>
            <option value="relevance">{t('market.search.sortRelevance')}</option>
            <option value="newest">{t('market.search.sortNewest')}</option>
            <option value="distance">{t('market.search.sortDistance')}</option>
          </select>
        </div>
        <p className="actions">
          <button type="submit">{t('market.search.submit')}</button>
          <Link href="/worker/search" className="button-link button-link-secondary">
            {t('market.search.reset')}
          </Link>
        </p>
      </form>

      <section aria-labelledby="search-results-title">
        <h2 id="search-results-title">
          {found.totalCapped
            ? t('searchTotals.vacanciesCapped', { total: found.total })
            : t('market.search.results', { total: found.total })}
        </h2>
        {found.hits.length === 0 ? (
          <p>{t('market.search.none')}</p>
        ) : (
          <ol className="match-list">
            {found.hits.map((hit) => (
              <li key={hit.document.id}>
                <VacancySearchHit hit={hit} headingLevel={3} />
                <VacancyReactions
                  vacancy={{ id: hit.document.id, title: hit.document.title }}
                  saved={saved.has(hit.document.id)}
                  interested={interested.has(hit.document.id)}
                />
              </li>
            ))}
          </ol>
        )}
        <Pagination
          label={t('market.search.list')}
          page={found.page}
          pageSize={found.pageSize}
          total={found.total}
          path="/worker/search"
          params={searchLinkParams(params)}
          fragment="search-results-title"
        />
      </section>
    </>
  );
}
