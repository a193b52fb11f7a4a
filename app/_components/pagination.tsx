import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { hrefWith } from '~/app/_lib/href';

/**
 * Previous / next links for a list that is read a page at a time. The page lives in the URL
 * (`param`, keeping the other parameters), so a page can be bookmarked and works without
 * JavaScript. Renders nothing when everything fits on one page.
 */
export function Pagination({
  label,
  page,
  pageSize,
  total,
  path,
  params,
  param = 'page',
  fragment,
}: {
  /** Names the list, for the navigation landmark: two lists on one page get two pagers. */
  label: string;
  page: number;
  pageSize: number;
  total: number;
  /** The page's path and its current search parameters. */
  path: string;
  params: Record<string, string | undefined>;
  param?: string;
  /** Where on the page to land, e.g. the list's section. */
  fragment?: string;
}) {
  const t = useTranslations('pagination');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1 && page === 1) return null;
  const hrefOf = (target: number) =>
    hrefWith(path, { ...params, [param]: target > 1 ? String(target) : undefined }, fragment);
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t('label', { list: label })}>
      {page > 1 ? (
        <Link href={hrefOf(Math.min(page - 1, pages))} rel="prev">
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>
        {t('pageOf', { page, pages })}
        {page <= pages && <span className="pagination-range"> · {t('range', { from, to, total })}</span>}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next">
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
