import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireRole } from '~/app/_lib/require-role';
import { serverApi } from '~/trpc/server';
import { AssumptionsForm } from './assumptions-form';

export const metadata: Metadata = { title: 'Maatschappelijke waarde / Societal value' };

/** What placements before the deadline saved, with the assumptions beside the figures and editable. */
export default async function SocietalValue() {
  await requireRole('coordinator');
  const api = await serverApi();
  const [t, format, value] = await Promise.all([
    getTranslations('coordinatorTools.value'),
    getFormatter(),
    api.coordination.societalValue(),
  ]);
  const euros = (n: number) => format.number(n, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const a = value.assumptions;
  const placements = format.number(value.placementsBeforeDeadline);
  const figures = [
    { id: 'placements', label: t('placements'), value: placements },
    { id: 'benefit-days', label: t('benefitDays'), value: format.number(value.benefitDays) },
    {
      id: 'benefit-euros',
      label: t('benefitEuros'),
      value: euros(value.benefitEuros),
      detail: t('formula.benefit', {
        placements,
        days: format.number(a.benefitDays),
        daily: euros(a.dailyBenefitEuros),
      }),
    },
    {
      id: 'severance',
      label: t('severanceEuros'),
      value: euros(value.severanceEuros),
      detail: t('formula.severance', {
        placements,
        years: format.number(a.averageServiceYears),
        perYear: euros(a.severancePerServiceYearEuros),
      }),
    },
    { id: 'total', label: t('totalEuros'), value: euros(value.totalEuros) },
  ];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="value-figures">
        <h2 id="value-figures">{t('figures')}</h2>
        <ul className="tiles" aria-labelledby="value-figures">
          {figures.map((f) => (
            <li key={f.id} className="tile" data-testid={`value-${f.id}`}>
              <span className="tile-value">{f.value}</span>
              <span className="tile-label">{f.label}</span>
              {f.detail && <span className="cell-detail">{f.detail}</span>}
            </li>
          ))}
        </ul>
        {value.placementsAfterDeadline > 0 && <p>{t('placementsAfter', { count: value.placementsAfterDeadline })}</p>}
      </section>
      <AssumptionsForm assumptions={a} />
    </>
  );
}
