import { useTranslations } from 'next-intl';
import { roleValues } from '~/db/schema/enums';
import type { AdminSearchParams } from './search-params';

/**
 * Which accounts to list, as a plain GET form: the filters end up in the URL, so a search can
 * be bookmarked and the pagers keep it. A new search starts at its first page.
 */
export function AccountSearch({ params }: { params: AdminSearchParams }) {
  const t = useTranslations();
  return (
    // Keyed by the search: a link to other filters (client-side navigation) shows their values, not the old ones.
    <form key={JSON.stringify(params)} method="get" action="/admin#accounts" role="search" className="filters">
      <div className="field">
        <label htmlFor="account-query">{t('admin.search')}</label>
        <input id="account-query" name="q" type="search" defaultValue={params.q ?? ''} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="account-role">{t('admin.role')}</label>
        <select id="account-role" name="role" defaultValue={params.role ?? ''}>
          <option value="">{t('admin.anyRole')}</option>
          {roleValues.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="account-status">{t('admin.status')}</label>
        <select id="account-status" name="status" defaultValue={params.status ?? ''}>
          <option value="">{t('admin.anyStatus')}</option>
          <option value="enabled">{t('accounts.enabled')}</option>
          <option value="disabled">{t('accounts.disabled')}</option>
        </select>
      </div>
      {params.region && <input type="hidden" name="region" value={params.region} />}
      {params.regionPage > 1 && <input type="hidden" name="regionPage" value={params.regionPage} />}
      <button type="submit">{t('admin.submitSearch')}</button>
    </form>
  );
}
