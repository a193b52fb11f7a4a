import Link from 'next/link';
import { hrefWith } from '~/app/_lib/href';
import { format } from '~/i18n/config';
import type { Messages } from '~/i18n/messages/nl';

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
  t,
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
  t: Messages;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1 && page === 1) return null;
  const hrefOf = (target: number) =>
    hrefWith(path, { ...params, [param]: target > 1 ? String(target) : undefined }, fragment);
  const p = t.pagination;
  const from = Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={format(p.label, { list: label })}>
      {page > 1 ? (
        <Link href={hrefOf(Math.min(page - 1, pages))} rel="prev">
          ← {p.previous}
        </Link>
      ) : (
        <span />
      )}
      <span>
        {format(p.pageOf, { page, pages })}
        {page <= pages && <span className="pagination-range"> · {format(p.range, { from, to, total })}</span>}
      </span>
      {page < pages ? (
        <Link href={hrefOf(page + 1)} rel="next">
          {p.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
