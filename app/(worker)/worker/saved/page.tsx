import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { serverApi } from '~/trpc/server';
import { Pagination } from '~/app/_components/pagination';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { WorkerMarketNav } from '../_components/market-nav';
import { ReactionTable } from './reaction-table';

export const metadata: Metadata = { title: 'Bewaard en verborgen / Saved and hidden' };

const params = z.object({ saved: pageParam, hidden: pageParam });

/** The vacancies the worker saved, and those hidden as "not for me" (which can be shown again here). */
export default async function WorkerSaved({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireRole('worker');
  const { saved: savedPage, hidden: hiddenPage } = params.parse(await searchParams);
  const api = await serverApi();
  const [t, saved, hidden] = await Promise.all([
    getTranslations(),
    api.market.listSaved({ page: savedPage }),
    api.market.listHidden({ page: hiddenPage }),
  ]);
  const pageParams = {
    saved: savedPage > 1 ? String(savedPage) : undefined,
    hidden: hiddenPage > 1 ? String(hiddenPage) : undefined,
  };
  return (
    <>
      <WorkerMarketNav current="saved" />
      <h1>{t('market.saved.title')}</h1>
      <p>{t('market.saved.intro')}</p>
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t('market.saved.savedTitle')}</h2>
        <ReactionTable kind="saved" rows={saved.rows} />
        <Pagination
          label={t('market.saved.savedTitle')}
          page={saved.page}
          pageSize={saved.pageSize}
          total={saved.total}
          path="/worker/saved"
          params={pageParams}
          param="saved"
          fragment="saved-title"
        />
      </section>
      <section aria-labelledby="hidden-title">
        <h2 id="hidden-title">{t('market.saved.hiddenTitle')}</h2>
        <ReactionTable kind="hidden" rows={hidden.rows} />
        <Pagination
          label={t('market.saved.hiddenTitle')}
          page={hidden.page}
          pageSize={hidden.pageSize}
          total={hidden.total}
          path="/worker/saved"
          params={pageParams}
          param="hidden"
          fragment="hidden-title"
        />
      </section>
    </>
  );
}
