'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { PAGE_SIZE } from '~/server/lib/pagination';

/** A list held in the browser (an answer to an upload, say), read a page at a time. */
export function usePagedRows<Row>(rows: readonly Row[], pageSize = PAGE_SIZE) {
  const [wanted, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(wanted, pages);
  return {
    page,
    pages,
    pageSize,
    total: rows.length,
    rows: rows.slice((page - 1) * pageSize, page * pageSize),
    setPage,
  };
}

/**
 * Previous / next for a list paged in the browser (usePagedRows): the same navigation as the
 * link-based Pagination, with buttons, since there is no URL to link to. Renders nothing when
 * everything fits on one page.
 */
export function PageButtons({ label, paged }: { label: string; paged: ReturnType<typeof usePagedRows<unknown>> }) {
  const t = useTranslations('pagination');
  const { page, pages, pageSize, total, setPage } = paged;
  if (pages === 1) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('label', { list: label })}>
      {page > 1 ? (
        <button type="button" className="button-secondary button-small" onClick={() => setPage(page - 1)}>
          ← {t('previous')}
        </button>
      ) : (
        <span />
      )}
      <span aria-live="polite">
        {t('pageOf', { page, pages })}
        <span className="pagination-range"> · {t('range', { from, to, total })}</span>
      </span>
      {page < pages ? (
        <button type="button" className="button-secondary button-small" onClick={() => setPage(page + 1)}>
          {t('next')} →
        </button>
      ) : (
        <span />
      )}
    </nav>
  );
}
