'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { DistanceBand } from '~/server/lib/distance-band';
import { useLanguage } from '~/i18n/language';
import { Pagination } from '~/app/_components/pagination';
import { useTRPC } from '~/trpc/react';
import { candidateLinkParams, type CandidateListParams } from './candidate-params';
import { CandidateTable } from './candidate-table';

const PAGE_SIZE = 20;

/**
 * The candidates themselves, asked for by the browser: each answer is written to the audit log
 * (and may give a worker a new pseudonym), and a page render must only read, so the list is
 * fetched through the API as the employer's own request.
 */
export function CandidateResults({ vacancyId, filters }: { vacancyId: string; filters: CandidateListParams }) {
  const t = useTranslations('market.candidates');
  const locale = useLanguage();
  const trpc = useTRPC();
  const list = useQuery(
    trpc.market.candidates.queryOptions({
      vacancyId,
      locale,
      text: filters.text || undefined,
      minScore: filters.minScore,
      distanceBands: filters.band.length ? (filters.band as DistanceBand[]) : undefined,
      availableBy: filters.availableBy,
      occupationId: filters.occupation,
      skillId: filters.skill,
      page: filters.page,
      pageSize: PAGE_SIZE,
    }),
  );
  return (
    <section aria-labelledby="candidate-list-title" aria-busy={list.isPending}>
      <h2 id="candidate-list-title">{list.data ? t('count', { total: list.data.total }) : t('table')}</h2>
      {list.error && (
        <p role="alert" className="error">
          {list.error.message}
        </p>
      )}
      {list.data && (
        <>
          <CandidateTable vacancyId={vacancyId} rows={list.data.rows} />
          <Pagination
            label={t('table')}
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            path={`/employer/vacancies/${vacancyId}/candidates`}
            params={candidateLinkParams(filters)}
            fragment="candidate-list-title"
          />
        </>
      )}
    </section>
  );
}
