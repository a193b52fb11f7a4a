import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import type { AppRouter } from '~/server/api/root';
import type { ApprovalStatus } from '~/server/auth/roles';

type OwnOrganisation = inferRouterOutputs<AppRouter>['organisation']['mine'];

/**
 * What a firm that is not (or no longer) approved sees: its own status and what it means, the
 * coordinator's reason when there is one, and what it registered; nothing of the region's
 * candidates or figures.
 */
export function OrganisationStatus({
  organisation,
}: {
  organisation: OwnOrganisation & { approvalStatus: Exclude<ApprovalStatus, 'approved'> };
}) {
  const t = useTranslations();
  const s = useTranslations('employer.status');
  const format = useFormatter();
  const status = organisation.approvalStatus;
  return (
    <>
      <section className="card" aria-labelledby="status-title">
        <h1 id="status-title">
          {t('employer.title')}: {organisation.name}
        </h1>
        <p>
          <strong>{s('label')}:</strong> {t(`enums.approval.${status}`)}
        </p>
        <p className="notice" role="status">
          {s(status)}
        </p>
        {status !== 'pending' && organisation.decisionReason && (
          <>
            <h2>{s('reason')}</h2>
            <p className="reason-text">{organisation.decisionReason}</p>
          </>
        )}
        {status !== 'pending' && organisation.decidedAt && <p>{s('decidedOn', { date: organisation.decidedAt })}</p>}
      </section>
      <section className="card" aria-labelledby="status-registered">
        <h2 id="status-registered">{s('registered')}</h2>
        <dl className="facts">
          <dt>{s('organisation')}</dt>
          <dd>{organisation.name}</dd>
          <dt>{s('kvkNumber')}</dt>
          <dd>{organisation.kvkNumber}</dd>
          <dt>{s('sector')}</dt>
          <dd>
            {t.has(`enums.sector.${organisation.sector}`)
              ? t(`enums.sector.${organisation.sector}`)
              : organisation.sector}
          </dd>
          <dt>{s('sizeBand')}</dt>
          <dd>{t(`enums.sizeBand.${organisation.sizeBand}`)}</dd>
          <dt>{s('address')}</dt>
          <dd>
            {organisation.street}, {organisation.postalCode} {organisation.city}
          </dd>
          <dt>{s('region')}</dt>
          <dd>{organisation.region.name}</dd>
          <dt>{s('registeredOn')}</dt>
          <dd>{format.dateTime(organisation.registeredAt, 'medium')}</dd>
        </dl>
      </section>
    </>
  );
}
