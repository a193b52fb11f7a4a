import { useTranslations } from 'next-intl';
import type { ApprovalStatus } from '~/server/auth/roles';

/**
 * What a firm that is not (or no longer) approved sees: its own status and what it means,
 * nothing of the region's candidates or figures.
 */
export function OrganisationStatus({ name, status }: { name: string; status: Exclude<ApprovalStatus, 'approved'> }) {
  const t = useTranslations();
  return (
    <section className="card" aria-labelledby="status-title">
      <h1 id="status-title">
        {t('employer.title')}: {name}
      </h1>
      <p>
        <strong>{t('employer.status.label')}:</strong> {t(`enums.approval.${status}`)}
      </p>
      <p className="notice" role="status">
        {t(`employer.status.${status}`)}
      </p>
    </section>
  );
}
